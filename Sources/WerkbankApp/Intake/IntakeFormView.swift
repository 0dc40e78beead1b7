import Foundation
import TerminalUI
import WerkbankCore

/// The fields of one intake step, one under the other: label (with " *" when required), the
/// control, and the field's problem in Dutch on the line below. Tab/Shift-Tab move between
/// fields, Enter moves on (a checkbox is ticked with Space, `j` or `n`), a click focuses a field.
/// A list takes its option's first letter, or its number (1 = the first option after "—");
/// a checkbox list ticks the option with that letter or number. A choice the key settles
/// (a number, a letter only one option starts with, `j`/`n`) moves on by itself, so such a
/// field costs one key; a letter several options start with cycles through them. The messages come from the
/// owner (the intake rules), not from the controls.
final class IntakeFormView: View {
    private(set) var controls: [IntakeFieldControl] = []
    private(set) var focusedIndex = 0
    /// The problems to show, per field.
    var errors: [IntakeField: String] = [:]
    var required: Set<IntakeField> = []
    /// Enter on the last field.
    var onSubmit: (() -> Void)?
    private let glyphs: Glyphs
    private var firstRow = 0
    private var rects: [(field: Int, rect: Rect)] = []

    init(glyphs: Glyphs) { self.glyphs = glyphs }

    func show(_ controls: [IntakeFieldControl]) {
        self.controls = controls
        firstRow = 0
        focus(0)
    }

    /// Puts the cursor on the first empty required field, else the first empty one (once
    /// `required` is known).
    func focusFirstEmpty() {
        let empty = controls.indices.filter { controls[$0].control.isEmpty }
        focus(empty.first { required.contains(controls[$0].field) } ?? empty.first ?? 0)
    }

    var focusedField: IntakeField? { controls.indices.contains(focusedIndex) ? controls[focusedIndex].field : nil }

    func focus(_ index: Int) {
        guard controls.indices.contains(index) else { return }
        for (i, control) in controls.enumerated() { control.control.isFocused = i == index }
        focusedIndex = index
    }

    func focus(field: IntakeField) {
        if let index = controls.firstIndex(where: { $0.field == field }) { focus(index) }
    }

    // MARK: layout

    private func height(of index: Int) -> Int {
        let control = controls[index]
        return (control.header == nil ? 0 : 1) + control.height + (errors[control.field] == nil ? 0 : 1)
    }

    /// Lines all fields take.
    var contentHeight: Int { controls.indices.map(height(of:)).reduce(0, +) }

    private func labelText(_ control: IntakeFieldControl) -> String {
        control.label + (required.contains(control.field) ? " *" : "")
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        rects = []
        guard !area.isEmpty, !controls.isEmpty else { return }
        let top = (0..<focusedIndex).map(height(of:)).reduce(0, +)
        let bottom = top + height(of: focusedIndex)
        if top < firstRow { firstRow = top }
        if bottom > firstRow + area.height { firstRow = bottom - area.height }
        let labelWidth = min(controls.map { DisplayWidth.of(labelText($0)) }.max() ?? 0, area.width / 3)
        let controlX = area.x + labelWidth + 2
        let wide = area.maxX - controlX
        var row = -firstRow
        for (index, control) in controls.enumerated() {
            defer { row += height(of: index) }
            guard row >= 0, row + height(of: index) <= area.height else { continue }
            var y = area.y + row
            if let header = control.header {
                buffer.put(header, x: controlX, y: y, maxWidth: wide, style: Style(.muted, .bold))
                y += 1
            }
            let focused = index == focusedIndex
            let label = DisplayWidth.truncate(control.label, to: labelWidth, ellipsis: glyphs.ellipsis)
            let x = buffer.put(label, x: area.x, y: y, style: focused ? Style(.accent, .bold) : Style(.text))
            if required.contains(control.field) { buffer.put(" *", x: x, y: y, style: Style(.warning, .bold)) }
            let width = control.control is TextField || control.control is Select && control.height == 1 ? min(wide, 50) : wide
            let rect = Rect(x: controlX, y: y, width: max(0, width), height: control.height)
            control.control.render(rect, into: &buffer)
            rects.append((index, rect))
            if let error = errors[control.field] {
                buffer.put(glyphs.pointer + " " + error, x: controlX, y: y + control.height,
                           maxWidth: wide, style: Style(.error))
            }
        }
    }

    var cursorPosition: (x: Int, y: Int)? { controls.indices.contains(focusedIndex) ? controls[focusedIndex].control.cursorPosition : nil }

    // MARK: events

    /// A select shown as a list highlights a row before anything is chosen: Space or Enter
    /// chooses it. Returns whether it did.
    @discardableResult
    private func chooseHighlightedOption() -> Bool {
        guard let select = controls[focusedIndex].control as? Select, controls[focusedIndex].height > 1,
              select.selectedIndex == nil, !select.options.isEmpty else { return false }
        select.choose(select.scroll.selected)
        return true
    }

    /// One key per choice: a list's option by first letter or number, a checkbox by `j`/`n`.
    /// Returns false when the key is not such a choice (it then goes to the control).
    private func choose(by character: Character) -> Bool {
        let control = controls[focusedIndex].control
        switch control {
        case let checkbox as Checkbox:
            let yes = character == "j" || character == "J", no = character == "n" || character == "N"
            guard yes || no else { return false }
            if checkbox.isChecked != yes { checkbox.toggle() }
            moveOn()
            return true
        case let select as Select:
            let starting = select.options.indices.filter {
                select.options[$0].range(of: String(character), options: [.anchored, .caseInsensitive, .diacriticInsensitive]) != nil
            }
            guard let index = starting.count == 1 ? starting[0] : starting.isEmpty ? Self.option(numbered: character, in: select.options) : nil
            else { return false }
            select.choose(index)
            moveOn()
            return true
        case let multi as MultiSelect:
            let labels = multi.options
            let current = multi.scroll.selected
            guard let index = Self.option(numbered: character, in: labels)
                ?? TypeToJump.first(startingWith: String(character), count: labels.count, from: current, label: { labels[$0] })
            else { return false }
            multi.moveCursor(to: index)
            multi.toggle(index)
            return true
        default:
            return false
        }
    }

    /// To the next field; from the last one, on to what Enter there does (the next step).
    private func moveOn() {
        if focusedIndex == controls.count - 1 { onSubmit?() } else { focus(focusedIndex + 1) }
    }

    /// The option a digit stands for: 1 is the first option (after a leading "—").
    private static func option(numbered character: Character, in options: [String]) -> Int? {
        guard let number = character.wholeNumberValue, number > 0 else { return nil }
        let index = (options.first == "—" ? 1 : 0) + number - 1
        return options.indices.contains(index) ? index : nil
    }

    func handle(_ event: Event) -> Bool {
        guard !controls.isEmpty else { return false }
        switch event {
        case .key(.tab):
            focus((focusedIndex + 1) % controls.count)
        case .key(.backTab):
            focus((focusedIndex - 1 + controls.count) % controls.count)
        case .key(.char(" ")) where chooseHighlightedOption():
            break
        case .key(.enter):
            chooseHighlightedOption()
            if !(controls[focusedIndex].control is Checkbox), controls[focusedIndex].control.handle(event) { return true }
            moveOn()
        case .key(.char(let character)) where choose(by: character):
            break
        case .mouse(let mouse):
            guard let hit = rects.first(where: { $0.rect.contains(x: mouse.x, y: mouse.y) }) else { return false }
            focus(hit.field)
            return controls[hit.field].control.handle(event)
        default:
            return controls[focusedIndex].control.handle(event)
        }
        return true
    }
}
