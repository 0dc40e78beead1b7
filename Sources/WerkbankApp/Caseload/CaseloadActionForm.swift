import TerminalUI
import WerkbankCore

/// A small form over the caseload: the title and due date (dd-mm-jjjj) of an action to add
/// to the chosen clients. Checks both fields before `onSave`; Esc cancels.
final class CaseloadActionForm: View {
    private let form: Form
    private let titleField: TextField
    private let dueField: TextField
    private let heading: String
    private let glyphs: Glyphs
    var onSave: ((String, Day) -> Void)?
    var onCancel: (() -> Void)?

    init(clientCount: Int, today: Day, glyphs: Glyphs) {
        self.glyphs = glyphs
        heading = appText("caseload.action_title", clientCount)
        titleField = TextField(glyphs: glyphs)
        titleField.maxLength = 80
        dueField = TextField(text: today.adding(days: 7).dutch, mask: .date, glyphs: glyphs)
        dueField.incompleteMessage = appText("caseload.action_incomplete")
        dueField.validator = { CaseloadActionForm.dueProblem($0, today: today) }
        form = Form(fields: [FormField(appText("caseload.action_field_title"), titleField, required: true),
                             FormField(appText("caseload.action_field_due"), dueField, required: true)], glyphs: glyphs)
        form.requiredMessage = appText("caseload.action_required")
        form.onSubmit = { [unowned self] in self.submit() }
    }

    /// Why `text` is no good as a due date, nil when it is.
    static func dueProblem(_ text: String, today: Day) -> String? {
        switch DayParser.parse(text) {
        case .day(let day): return day < today ? appText("caseload.date_past") : nil
        case .impossible, .notADate: return appText("caseload.date_invalid")
        }
    }

    private func submit() {
        guard form.validate() == nil, case .day(let due) = DayParser.parse(dueField.text) else { return }
        let title = titleField.text.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            titleField.text = ""
            form.validate()
            return
        }
        onSave?(title, due)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let width = min(64, area.width - 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - 9) / 2), width: width, height: 9)
        let inside = BorderBox(title: heading, glyphs: glyphs).render(box, into: &buffer)
        guard inside.height >= 3 else { return }
        form.render(Rect(x: inside.x + 1, y: inside.y + 1, width: inside.width - 2, height: inside.height - 3), into: &buffer)
        buffer.put(appText("caseload.action_hint"), x: inside.x + 1, y: inside.maxY - 1, maxWidth: inside.width - 2, style: Style(.muted))
    }

    var cursorPosition: (x: Int, y: Int)? { form.cursorPosition }

    func handle(_ event: Event) -> Bool {
        if case .key(.escape) = event {
            onCancel?()
            return true
        }
        _ = form.handle(event)
        return true
    }
}
