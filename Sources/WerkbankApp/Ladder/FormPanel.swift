import TerminalUI

/// A form in a bordered box inside a pane (the ladder and instrument edits): Enter on the last
/// field or Ctrl-S saves once every field is valid, Esc cancels. The owner supplies the fields
/// and `onSave`; the panel stays open when saving fails (the status line says why).
/// Kept small until the dossier's shared form helper replaces it.
final class FormPanel {
    let title: String
    let form: Form
    private let glyphs: Glyphs
    /// Saves what the form holds; true when saved (the panel then closes).
    var onSave: () -> Bool = { false }
    private let close: () -> Void

    init(title: String, fields: [FormField], glyphs: Glyphs, close: @escaping () -> Void) {
        self.title = title
        self.glyphs = glyphs
        self.close = close
        form = Form(fields: fields, glyphs: glyphs)
        form.requiredMessage = appText("ladder.input.required")
        form.onSubmit = { [unowned self] in self.submit() }
    }

    var isDirty: Bool { form.isDirty }

    /// Lines the panel wants: the fields, their messages, the border and the hint.
    var preferredHeight: Int {
        form.fields.reduce(0) { $0 + max(1, $1.control.preferredHeight) } + form.errors.compactMap { $0 }.count + 3
    }

    /// Validates every field (messages appear next to them) and saves when all are fine.
    func submit() {
        guard form.validate() == nil else { return }
        if onSave() { close() }
    }

    func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.escape): close()
        case .key(.ctrl("s")): submit()
        default: return form.handle(event)
        }
        return true
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let inside = BorderBox(title: title, glyphs: glyphs).render(area, into: &buffer)
        guard inside.height >= 2, inside.width > 2 else { return }
        let parts = inside.rows([.fill, .length(1)])
        let formArea = Rect(x: parts[0].x + 1, y: parts[0].y, width: parts[0].width - 2, height: parts[0].height)
        form.render(formArea, into: &buffer)
        // The focused field's message in full when it is cut short under the field, else the keys.
        if let message = form.errors[form.focusedIndex], DisplayWidth.of(message) > controlWidth(in: formArea) {
            buffer.put(message, x: parts[1].x + 1, y: parts[1].y, maxWidth: parts[1].width - 2, style: Style(.error, .bold))
        } else {
            buffer.put(appText("ladder.input.hint"), x: parts[1].x + 1, y: parts[1].y, maxWidth: parts[1].width - 2, style: Style(.muted))
        }
    }

    /// The room `Form` gives a control (and its message) in `area`: right of the widest label.
    private func controlWidth(in area: Rect) -> Int {
        let labelWidth = form.fields.map { DisplayWidth.of($0.label) + ($0.isRequired ? 2 : 0) }.max() ?? 0
        return area.width - min(labelWidth, area.width / 2) - 2
    }

    var cursorPosition: (x: Int, y: Int)? { form.cursorPosition }
}

/// A form control with an extra rule from its owner (an employer the instrument needs, a
/// deployment longer than allowed): the control's own check first, then `rule`, which may look
/// at the whole form. Everything else is the wrapped control's.
final class CheckedControl: FormControl {
    let control: any FormControl
    private let rule: () -> String?

    init(_ control: any FormControl, rule: @escaping () -> String?) {
        self.control = control
        self.rule = rule
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
    func validationMessage() -> String? { control.validationMessage() ?? rule() }
    func render(_ area: Rect, into buffer: inout Buffer) { control.render(area, into: &buffer) }
    func handle(_ event: Event) -> Bool { control.handle(event) }
    var cursorPosition: (x: Int, y: Int)? { control.cursorPosition }
}
