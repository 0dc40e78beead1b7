import TerminalUI
import WerkbankCore

/// One field of an intake form on screen: a toolkit control and the translation between the
/// control and the field's text in `IntakeForm` (a date as typed, a code, `ja`, a code list).
final class IntakeFieldControl {
    let field: IntakeField
    let control: any FormControl
    /// Lines the control takes (a list shows several options at once).
    let height: Int
    /// A line shown above the control (column titles of a list).
    var header: String?
    private let readValue: () -> String
    private let writeValue: (String) -> Void

    private init(field: IntakeField, control: any FormControl, height: Int = 1,
                 read: @escaping () -> String, write: @escaping (String) -> Void) {
        self.field = field
        self.control = control
        self.height = height
        self.readValue = read
        self.writeValue = write
    }

    var label: String { appText("intake.field.\(field.rawValue)") }
    var value: String { readValue() }

    /// The value as the screen shows it (an option's label, the ticked options, the checkbox's
    /// text when ticked); empty when nothing is filled in.
    var shownValue: String {
        switch control {
        case let field as TextField: return field.text
        case let select as Select: return select.selectedOption.map { $0 == "—" ? "" : $0 } ?? ""
        case let multi as MultiSelect: return multi.checkedIndexes.map { multi.options[$0] }.joined(separator: ", ")
        case let checkbox as Checkbox: return checkbox.isChecked ? checkbox.label : ""
        default: return value
        }
    }
    func setValue(_ text: String) { writeValue(text) }

    /// A value and its label in a list of choices.
    typealias Choice = (value: String, label: String)

    static func text(_ field: IntakeField, mask: InputMask? = nil, maxLength: Int? = nil, glyphs: Glyphs) -> IntakeFieldControl {
        let control = TextField(mask: mask, glyphs: glyphs)
        control.maxLength = maxLength
        return IntakeFieldControl(field: field, control: control, read: { control.text }, write: { control.text = $0 })
    }

    /// A single choice; `height` > 1 shows the options as a list.
    static func select(_ field: IntakeField, _ choices: [Choice], height: Int = 1, glyphs: Glyphs) -> IntakeFieldControl {
        let control = Select(options: choices.map(\.label), glyphs: glyphs)
        control.placeholder = appText("intake.choose")
        return IntakeFieldControl(field: field, control: control, height: height,
            read: { control.selectedIndex.map { choices[$0].value } ?? "" },
            write: { value in
                if let index = choices.firstIndex(where: { $0.value == value }) { control.choose(index) }
            })
    }

    static func multi(_ field: IntakeField, _ choices: [Choice], glyphs: Glyphs) -> IntakeFieldControl {
        let control = MultiSelect(options: choices.map(\.label), glyphs: glyphs)
        control.visibleOptions = choices.count
        return IntakeFieldControl(field: field, control: control, height: choices.count,
            read: { control.checkedIndexes.map { choices[$0].value }.joined(separator: ",") },
            write: { value in
                let wanted = Set(value.split(separator: ",").map(String.init))
                for (index, choice) in choices.enumerated() where wanted.contains(choice.value) != control.checked.contains(index) {
                    control.toggle(index)
                }
            })
    }

    static func checkbox(_ field: IntakeField) -> IntakeFieldControl {
        let control = Checkbox(appText("intake.check.\(field.rawValue)"))
        return IntakeFieldControl(field: field, control: control,
            read: { control.isChecked ? IntakeForm.yes : "" },
            write: { if (control.isChecked) != ($0 == IntakeForm.yes) { control.toggle() } })
    }

    /// The codes of a code list with their labels; `optional` puts "—" (nothing) first.
    static func choices<C: CodeList>(_ type: C.Type, optional: Bool = false) -> [Choice] {
        (optional ? [("", "—")] : []) + C.allCases.map { ($0.code, $0.label) }
    }

    static func rungChoices() -> [Choice] {
        Rung.allCases.map { (String($0.rawValue), "\($0.rawValue) \($0.label)") }
    }
}
