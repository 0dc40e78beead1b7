import TerminalUI
import WerkbankCore

/// A modal form for editing a record, drawn as a box over the screen (present it with
/// `RootView.presentForm`). Built on the toolkit `Form`: add typed inputs with `add`, set
/// `onSave`, present.
///
/// The form opens with the cursor in the first empty required field (the first field when
/// every required one is filled in), so a note form opens on its text.
///
/// Keys: Tab/Shift-Tab move between fields; Enter moves on (on the last field it saves);
/// Ctrl-S saves from any field; Esc closes, asking first when something was typed;
/// Ctrl-Z undoes the last *saved* edit (asking first when the form is dirty) and closes.
/// Saving validates every field first: messages appear under the fields in Dutch and focus goes
/// to the first wrong one; `onSave` runs only when all fields pass. A message too long for the
/// room under its field is shown in full in the footer while that field has focus; a footer
/// wider than the box wraps onto more lines (the box grows) instead of being cut.
///
/// Options: `aside` shows help next to the fields (the rung descriptions of the ladder form);
/// `asksBeforeDiscarding = false` lets Esc drop typed input without asking (short forms);
/// `origin` says where the form was opened, so SIGTERM/SIGHUP keeps it as a draft (`FormDraft`).
/// The quit key (F10) asks before quitting when something was typed.
///
/// ```swift
/// let form = EditForm(title: "Persoon", glyphs: root.glyphs)
/// let postcode = form.add("Postcode", TextInput.postcode(client.postcode, glyphs: root.glyphs))
/// form.onSave = { commit(postcode.text) }   // true closes the form
/// root.presentForm(form)
/// ```
final class EditForm: View {
    let title: String
    let glyphs: Glyphs
    /// Runs after validation passed; returns true when saved (the form closes), false to stay
    /// open (e.g. the store refused; the status line says why).
    var onSave: (() -> Bool)?
    /// Set by the presenter: removes the form from the screen.
    var onClose: (() -> Void)?
    /// Ctrl-Z: undo the last saved edit. Set by the presenter (`RootView.presentForm`).
    var onUndo: (() -> Void)?
    /// A message under the fields (shown in the footer instead of the key hints).
    var message: StatusMessage?
    /// Help for filling in the form, drawn beside the fields when the terminal has room for
    /// both, else under them; `width` and `height` are the room it wants. Display only: keys
    /// and the cursor stay with the fields.
    var aside: (view: any View, width: Int, height: Int)?
    /// When false, Esc and Ctrl-Z close at once, dropping what was typed (short forms that are
    /// quickly filled in again); by default they ask first.
    var asksBeforeDiscarding = true
    /// Where the form was opened (to keep it as a draft and open it again); nil: no draft.
    var origin: FormOrigin?
    /// When true, choosing an option of a list field by typing (its first letter or number) moves
    /// the cursor on to the next empty required field, e.g. the reason after the rung.
    var advancesAfterTypedChoice = false
    /// Keys that quit the program from inside the form (F10), and how (set by `presentForm`).
    var quitKeys: Set<Key> = []
    var onQuit: (() -> Void)?
    private var fields: [FormField] = []
    /// The inputs in the order they were added.
    private(set) var inputs: [FormInput] = []
    private var confirmation: Dialog?
    private var builtForm: Form?

    init(title: String, glyphs: Glyphs) {
        self.title = title
        self.glyphs = glyphs
    }

    /// Adds a labelled input (in order) and returns it, so the caller keeps the typed handle.
    /// Add every field before the form is first shown.
    @discardableResult
    func add<Input: FormInput>(_ label: String, _ input: Input, required: Bool = false) -> Input {
        fields.append(FormField(label, input, required: required))
        inputs.append(input)
        return input
    }

    /// The toolkit form holding the fields (made on first use).
    var form: Form {
        if let builtForm { return builtForm }
        let made = Form(fields: fields, glyphs: glyphs)
        made.requiredMessage = appText("form.required")
        made.onSubmit = { [unowned self] in self.save() }
        made.focus(firstEmptyRequired(after: -1) ?? 0)
        builtForm = made
        return made
    }

    var isDirty: Bool { form.isDirty }

    /// The first required field after `index` that is still empty.
    private func firstEmptyRequired(after index: Int) -> Int? {
        fields.indices.first { $0 > index && fields[$0].isRequired && fields[$0].control.isEmpty }
    }

    /// Passes a key to the form; a list option chosen by typing moves on (see `advancesAfterTypedChoice`).
    private func forward(_ event: Event) {
        let index = form.focusedIndex
        let select = advancesAfterTypedChoice ? (form.focusedControl as? FormInput)?.control as? Select : nil
        let before = select?.selectedIndex
        _ = form.handle(event)
        guard case .key(.char) = event, let select, select.selectedIndex != nil, select.selectedIndex != before else { return }
        form.focus(firstEmptyRequired(after: index) ?? min(index + 1, fields.count - 1))
    }

    /// Validates; when every field passes runs `onSave` and closes on success.
    func save() {
        if form.validate() != nil {
            message = StatusMessage(appText("form.fix_errors"), severity: .error)
            return
        }
        message = nil
        if onSave?() ?? true {
            form.markClean()
            onClose?()
        }
    }

    /// Esc: close, asking first when the form holds typed input.
    func cancel() {
        askIfDirty { [unowned self] in self.onClose?() }
    }

    /// Ctrl-Z: undo the last saved edit (after asking when the form is dirty) and close.
    func undoLastSave() {
        askIfDirty { [unowned self] in
            self.onClose?()
            self.onUndo?()
        }
    }

    /// The quit key: quit, asking first when the form holds typed input.
    func quit() {
        let leave = { [unowned self] in
            self.onClose?()
            self.onQuit?()
        }
        guard isDirty else { return leave() }
        ask(title: appText("shell.quit_title"), message: appText("shell.quit_dirty"), then: leave)
    }

    private func askIfDirty(then action: @escaping () -> Void) {
        guard isDirty, asksBeforeDiscarding else { return action() }
        ask(title: appText("shell.discard_title"), message: appText("shell.discard_dirty"), then: action)
    }

    private func ask(title: String, message: String, then action: @escaping () -> Void) {
        let dialog = Dialog(title: title, message: message,
                            buttons: [appText("shell.yes"), appText("shell.no")], defaultButton: 1, glyphs: glyphs)
        dialog.onAnswer = { [unowned self] answer in
            self.confirmation = nil
            if answer == 0 { action() }
        }
        confirmation = dialog
    }

    // MARK: Events

    func handle(_ event: Event) -> Bool {
        if let confirmation { return confirmation.handle(event) }
        switch event {
        case .key(.ctrl("s")): save()
        case .key(.escape): cancel()
        case .key(.ctrl("z")): undoLastSave()
        case .key(let key) where quitKeys.contains(key): quit()
        case .key: forward(event)
        case .mouse: _ = form.handle(event)
        case .resize, .tick: break
        }
        return true
    }

    // MARK: Drawing

    /// Rows the fields want: each control plus a message line where one is shown.
    private var contentHeight: Int {
        zip(fields, form.errors).map { max(1, $0.control.preferredHeight) + ($1 == nil ? 0 : 1) }.reduce(0, +)
    }

    /// The widest box without an aside beside it.
    private static let maxWidth = 78

    /// Whether the aside fits beside the fields in `area` (the whole terminal).
    private func asideBeside(in area: Rect) -> Bool {
        guard let aside else { return false }
        return area.width - 2 >= EditForm.maxWidth + aside.width + 2
    }

    /// The box inside `area` (the whole terminal): below the header line and above the status
    /// line and function bar, so "opgeslagen" and errors stay visible.
    func frame(in area: Rect) -> Rect {
        let room = area.height - 3
        var width = min(area.width - 2, EditForm.maxWidth)
        var rows = contentHeight
        if let aside {
            if asideBeside(in: area) {
                width += aside.width + 2
                rows = max(rows, aside.height)
            } else {
                rows += 1 + aside.height
            }
        }
        let height = min(room, rows + 3 + footerLines(boxWidth: width, area: area).count)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + 1 + max(0, (room - height) / 2),
                    width: width, height: height)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let box = frame(in: area)
        let shownTitle = title + (isDirty ? " " + glyphs.mark : "")
        let inside = BorderBox(title: shownTitle, glyphs: glyphs).render(box, into: &buffer)
        guard inside.height >= 3, inside.width > 4 else { return }
        let footer = footerLines(boxWidth: box.width, area: area)
        let footerRows = min(footer.count, inside.height - 2)
        let body = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height - 1 - footerRows)
        var fieldsArea = body
        if let aside {
            if asideBeside(in: area) {
                fieldsArea.width = fieldsWidth(boxWidth: box.width, area: area)
                aside.view.render(Rect(x: fieldsArea.maxX + 2, y: body.y, width: aside.width, height: min(aside.height, body.height)),
                                  into: &buffer)
            } else {
                fieldsArea.height = min(contentHeight, body.height)
                let top = fieldsArea.maxY + 1
                if top < body.maxY {
                    aside.view.render(Rect(x: body.x, y: top, width: body.width, height: min(aside.height, body.maxY - top)),
                                      into: &buffer)
                }
            }
        }
        form.render(fieldsArea, into: &buffer)
        let severity = footerMessage(fieldsWidth: fieldsArea.width).severity
        for (index, line) in footer.prefix(footerRows).enumerated() {
            buffer.put(line, x: body.x, y: inside.maxY - footerRows + index, maxWidth: body.width, style: Style(severity))
        }
        confirmation?.render(area, into: &buffer)
    }

    /// Width of the fields in a box `boxWidth` wide (less the aside when it stands beside them).
    private func fieldsWidth(boxWidth: Int, area: Rect) -> Int {
        let body = boxWidth - 4
        guard let aside, asideBeside(in: area) else { return body }
        return body - aside.width - 2
    }

    /// The footer: the focused field's message when it does not fit under the field, else the
    /// form's message, else the key hints.
    private func footerMessage(fieldsWidth: Int) -> StatusMessage {
        cutShortMessage(width: fieldsWidth).map { StatusMessage($0, severity: .error) }
            ?? message ?? StatusMessage(appText("form.hint"), severity: .muted)
    }

    /// The footer wrapped to the inside of a box `boxWidth` wide: every word shown.
    private func footerLines(boxWidth: Int, area: Rect) -> [String] {
        let text = footerMessage(fieldsWidth: fieldsWidth(boxWidth: boxWidth, area: area)).text
        return TextWrap.lines(text, width: max(1, boxWidth - 4))
    }

    /// The focused field's message when it does not fit under the field (fields `width` wide).
    private func cutShortMessage(width: Int) -> String? {
        guard form.errors.indices.contains(form.focusedIndex), let error = form.errors[form.focusedIndex],
              DisplayWidth.of(error) > form.controlWidth(in: width) else { return nil }
        return error
    }

    var cursorPosition: (x: Int, y: Int)? { confirmation == nil ? form.cursorPosition : nil }
}

extension RootView {
    /// Shows `form` as the overlay: closing removes it, Ctrl-Z undoes the last saved edit
    /// (`model.undo(client:)`, the dossier's client) and refreshes the screen underneath, unless the
    /// caller set `onUndo`; the quit key (F10) quits after asking when something was typed.
    func presentForm(_ form: EditForm) {
        form.onClose = { [unowned self] in self.dismissOverlay() }
        form.quitKeys = Set(keyMap.keys(for: GlobalCommand.quit.name, in: KeyMap.globalScope).filter {
            if case .char = $0 { return false }   // `q` is typed into the field
            return true
        })
        form.onQuit = { [unowned self] in self.onQuit() }
        if form.onUndo == nil {
            form.onUndo = { [unowned self] in
                self.model.undo(client: (self.top as? DossierScreen)?.clientId)
                self.top?.willAppear()
            }
        }
        present(form)
    }
}
