import TerminalUI
import WerkbankCore

/// A field of an `EditForm`: wraps one toolkit control (text field, select, …), adds rules that
/// may look at other fields ("reden verplicht bij ontheffing"), and gives the typed value back
/// through its subclass (`TextInput.text`, `DateInput.day`, `ChoiceInput.value`, …).
///
/// The control's own check (mask complete, `Validate.…` validator) runs first; then the rules in
/// the order they were added. A rule returns a Dutch message, or nil when the value is fine; it
/// runs even when the field is empty, so "required when …" rules work.
class FormInput: FormControl {
    let control: any FormControl
    private var rules: [() -> String?] = []

    init(_ control: any FormControl) {
        self.control = control
    }

    /// Adds a check that runs after the control's own one (see the type's documentation).
    func addRule(_ rule: @escaping () -> String?) {
        rules.append(rule)
    }

    var isFocused: Bool {
        get { control.isFocused }
        set { control.isFocused = newValue }
    }

    var isDirty: Bool {
        get { control.isDirty }
        set { control.isDirty = newValue }
    }

    var isEmpty: Bool { control.isEmpty }
    var preferredHeight: Int { control.preferredHeight }

    func validationMessage() -> String? {
        if let own = control.validationMessage() { return own }
        for rule in rules {
            if let message = rule() { return message }
        }
        return nil
    }

    /// The raw value as text, for drafts: a text field's text, a choice's index, checked
    /// indexes joined by commas, `1`/`0` for a flag. Setting it marks the field changed.
    var draftValue: String {
        get {
            switch control {
            case let field as TextField: return field.text
            case let area as TextArea: return area.text
            case let select as Select: return select.selectedIndex.map(String.init) ?? ""
            case let multi as MultiSelect: return multi.checkedIndexes.map(String.init).joined(separator: ",")
            case let checkbox as Checkbox: return checkbox.isChecked ? "1" : "0"
            default: return ""
            }
        }
        set {
            guard newValue != draftValue else { return }
            switch control {
            case let field as TextField: field.text = newValue
            case let area as TextArea: area.text = newValue
            case let select as Select: if let index = Int(newValue) { select.choose(index) }
            case let multi as MultiSelect:
                let wanted = Set(newValue.split(separator: ",").compactMap { Int($0) })
                for index in Set(multi.checkedIndexes).symmetricDifference(wanted) { multi.toggle(index) }
            case let checkbox as Checkbox: checkbox.isChecked = newValue == "1"
            default: return
            }
            control.isDirty = true
        }
    }

    func render(_ area: Rect, into buffer: inout Buffer) { control.render(area, into: &buffer) }
    func handle(_ event: Event) -> Bool { control.handle(event) }
    var cursorPosition: (x: Int, y: Int)? { control.cursorPosition }
}

/// A one-line text. `text` is trimmed of surrounding spaces. The factory methods add the input
/// masks and `Validate` checks of Dutch values (postcode, BSN).
final class TextInput: FormInput {
    let field: TextField
    /// Normalises valid text (postcode `1234ab` → `1234 AB`); identity by default.
    private let normalise: (String) -> String

    init(_ text: String, mask: InputMask? = nil, maxLength: Int? = nil, glyphs: Glyphs,
         validator: ((String) -> String?)? = nil, normalise: @escaping (String) -> String = { $0 }) {
        field = TextField(text: text, mask: mask, glyphs: glyphs)
        field.maxLength = maxLength
        field.validator = validator
        field.incompleteMessage = appText("form.incomplete")
        self.normalise = normalise
        super.init(field)
    }

    var text: String {
        let trimmed = field.text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "" : normalise(trimmed)
    }

    /// A Dutch postcode (`1234 AB`), checked with `Validate.postcode`.
    static func postcode(_ text: String, glyphs: Glyphs) -> TextInput {
        TextInput(text, mask: .postcode, glyphs: glyphs,
                  validator: FormChecks.message { try Validate.postcode($0) },
                  normalise: { (try? Validate.postcode($0)) ?? $0 })
    }

    /// A BSN (nine digits, elfproef), checked with `Validate.bsn`.
    static func bsn(_ text: String, glyphs: Glyphs) -> TextInput {
        TextInput(text, mask: .bsn, glyphs: glyphs, validator: FormChecks.message { try Validate.bsn($0) })
    }

    /// An e-mail address: something@domain.tld.
    static func email(_ text: String, glyphs: Glyphs) -> TextInput {
        TextInput(text, maxLength: 120, glyphs: glyphs, validator: FormChecks.email)
    }

    /// A comma-separated list ("heftruck, VCA"): `items` gives the parts.
    static func list(_ items: [String], glyphs: Glyphs) -> TextInput {
        TextInput(items.joined(separator: ", "), glyphs: glyphs)
    }

    /// The parts of a comma-separated value, trimmed, empty ones dropped.
    var items: [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A date typed as `dd-mm-jjjj` (input mask), checked with `Validate.day`, optionally bounded:
/// `notAfter` (e.g. today for a birth date) and `notBefore`, each with its own message.
final class DateInput: FormInput {
    let field: TextField

    init(_ day: Day?, glyphs: Glyphs, notAfter: (Day, (Day) -> String)? = nil, notBefore: (Day, (Day) -> String)? = nil) {
        field = TextField(text: day?.dutch ?? "", mask: .date, glyphs: glyphs)
        field.incompleteMessage = appText("form.incomplete")
        field.validator = { text in
            let day: Day
            do throws(FieldProblem) { day = try Validate.day(text) } catch { return error.message }
            if let (limit, message) = notAfter, day > limit { return message(day) }
            if let (limit, message) = notBefore, day < limit { return message(day) }
            return nil
        }
        super.init(field)
    }

    /// The date, nil when empty (or not valid: read it only after the form validated).
    var day: Day? { try? Validate.day(field.text) }
}

/// A whole number within `range` ("uren beschikbaar").
final class NumberInput: FormInput {
    let field: TextField

    init(_ value: Int?, range: ClosedRange<Int>, glyphs: Glyphs) {
        field = TextField(text: value.map(String.init) ?? "", glyphs: glyphs)
        field.maxLength = 6
        field.validator = { text in
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
                return appText("form.number_range", text, range.lowerBound, range.upperBound)
            }
            return nil
        }
        super.init(field)
    }

    var value: Int? { Int(field.text.trimmingCharacters(in: .whitespaces)) }
}

/// A number as people type amounts and hours (`12,5`, `1.234,50`, `€ 40`); may stay empty.
final class DecimalInput: FormInput {
    let field: TextField

    init(_ value: Double?, glyphs: Glyphs) {
        field = TextField(text: value.map(DutchDecimal.text) ?? "", glyphs: glyphs)
        field.maxLength = 20
        field.validator = { text in DutchDecimal.parse(text) == nil ? appText("form.decimal") : nil }
        super.init(field)
    }

    /// The number; nil when empty (or not a number, which the field reports).
    var value: Double? { field.isEmpty ? nil : DutchDecimal.parse(field.text) }
}

/// One choice from a list of values with Dutch labels; with `noneLabel` the first option means
/// "nothing chosen" (`value` nil), so an optional field can be emptied again.
final class ChoiceInput<Value: Equatable>: FormInput {
    let select: Select
    private let values: [Value?]

    init(_ options: [(value: Value, label: String)], selected: Value?, noneLabel: String? = nil, glyphs: Glyphs) {
        values = (noneLabel == nil ? [] : [nil]) + options.map { $0.value }
        let labels = (noneLabel.map { [$0] } ?? []) + options.map(\.label)
        let index = values.firstIndex { $0 == selected }
        select = Select(options: labels, selectedIndex: index, glyphs: glyphs)
        select.placeholder = appText("form.choose")
        super.init(select)
    }

    var value: Value? { select.selectedIndex.flatMap { values[$0] } }
}

extension ChoiceInput where Value: CodeList {
    /// Every code of the list with its screen label.
    convenience init(_ type: Value.Type, selected: Value?, noneLabel: String? = nil, glyphs: Glyphs) {
        self.init(Value.allCases.map { ($0, $0.label) }, selected: selected, noneLabel: noneLabel, glyphs: glyphs)
    }
}

/// Several codes of a code list, ticked in a checkbox list with Dutch labels.
final class CodesInput<Value: CodeList>: FormInput {
    let multiSelect: MultiSelect
    private let all = Array(Value.allCases)

    init(_ checked: [Value], visibleOptions: Int = 5, glyphs: Glyphs) {
        let options = Array(Value.allCases)
        multiSelect = MultiSelect(options: options.map(\.label),
                                  checked: Set(checked.compactMap { options.firstIndex(of: $0) }), glyphs: glyphs)
        multiSelect.visibleOptions = visibleOptions
        super.init(multiSelect)
    }

    /// The ticked codes in code-list order.
    var values: [Value] { multiSelect.checkedIndexes.map { all[$0] } }
}

/// A yes/no field ("[x] rijbewijs B").
final class FlagInput: FormInput {
    let checkbox: Checkbox

    init(_ label: String, isOn: Bool) {
        checkbox = Checkbox(label, isChecked: isOn)
        super.init(checkbox)
    }

    var isOn: Bool { checkbox.isChecked }
}

/// Several lines of free text (a contact note); Enter starts a new line.
final class TextAreaInput: FormInput {
    let area: TextArea

    init(_ text: String, lines: Int = 5, glyphs: Glyphs) {
        area = TextArea(text: text, lines: lines, glyphs: glyphs)
        super.init(area)
    }

    /// The text without leading and trailing blank space.
    var text: String { area.text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Turns `Validate` calls into field messages.
enum FormChecks {
    /// A validator that runs `check` and gives its `FieldProblem` message (nil when it passes).
    static func message<T>(_ check: @escaping (String) throws -> T) -> (String) -> String? {
        { text in
            do {
                _ = try check(text)
                return nil
            } catch let problem as FieldProblem {
                return problem.message
            } catch {
                return String(describing: error)
            }
        }
    }

    /// Something `@` something with a dot, no spaces.
    static func email(_ text: String) -> String? {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let fine = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(" ")
        return fine ? nil : appText("form.email", text)
    }
}
