import Foundation
import TerminalUI
import WerkbankCore

/// The intake form's commands.
enum IntakeFormCommand: String, ScreenCommand {
    case save, nextStep, previousStep, summary, link

    static let scope = "intake-form"

    var defaultKeys: [Key] {
        switch self {
        case .save: [.ctrl("s")]
        case .nextStep: [.pageDown]
        case .previousStep: [.pageUp]
        case .summary: [.ctrl("o")]
        case .link: [.alt("k")]
        }
    }
}

/// One of the intake forms (new melding, aanvraag en besluit, intake wizard) as a screen.
/// Every field is checked by `IntakeRules` as it is typed; a problem shows under its field once
/// the person left the field or completed a masked value, and all of them on save. The form is
/// kept as a journaled draft when the person leaves a changed field, on every step change, once
/// typing pauses (`autosaveTicks`), before the person leaves for another screen or quits, and
/// at SIGTERM/SIGHUP (`RootView.keepOpenFormsAsDrafts`).
final class IntakeFormScreen: CommandScreen {
    unowned let root: RootView
    var model: AppModel { root.model }
    var form: IntakeForm
    /// The draft record holding this form, once saved.
    private(set) var draftId: String?
    /// The form as the draft on disk holds it.
    private var savedDraft: IntakeForm?
    /// The values the form was opened with (today's date, what the melding already holds, a draft).
    private let initialValues: [IntakeField: String]
    private(set) var controls: [IntakeField: IntakeFieldControl] = [:]
    let view: IntakeFormView
    /// Fields whose problems are shown.
    private var shown: Set<IntakeField> = []
    /// Problems of the step on screen (shown or not).
    private(set) var problems: [IntakeField: String] = [:]
    /// Timer ticks since the last keystroke.
    private var ticks = 0
    /// Set once the form is saved or discarded: nothing is left to lose.
    private var closing = false
    /// The selected line of the summary step.
    var summarySelection = 0
    /// The duplicate last offered, so the same question is not asked twice.
    var offeredMatch: String?

    /// Ticks (seconds) without typing after which a changed form is kept as a draft.
    static let autosaveTicks = 2

    init(root: RootView, form: IntakeForm, draftId: String? = nil) {
        self.root = root
        self.form = form
        self.draftId = draftId
        self.savedDraft = draftId == nil ? nil : form
        self.initialValues = form.values
        view = IntakeFormView(glyphs: root.glyphs)
        for field in Set(form.kind.steps.flatMap(\.fields)) {
            guard let control = IntakeControls.make(field, model: root.model, glyphs: root.glyphs) else { continue }
            control.setValue(form[field])
            controls[field] = control
        }
        view.onSubmit = { [unowned self] in
            if self.steps.count == 1 { self.save() } else { self.nextStep() }
        }
        showStep()
    }

    var steps: [IntakeStep] { form.kind.steps }
    var step: IntakeStep { steps[form.step] }

    var title: String { appText("intake.title.\(form.kind.rawValue)") }
    var capturesText: Bool { !closing }
    var hasUnsavedChanges: Bool { !closing && isChanged && form != savedDraft }

    /// True when the person changed something since the form was opened.
    var isChanged: Bool { form.values != initialValues }
    var statusHint: String { appText(steps.count > 1 ? "intake.hint.wizard" : "intake.hint.form") }

    // MARK: commands

    func perform(_ command: IntakeFormCommand) {
        switch command {
        case .save: save()
        case .nextStep: nextStep()
        case .previousStep: go(toStep: form.step - 1)
        case .summary: go(toStep: steps.count - 1)
        case .link: toggleLink()
        }
    }

    func intercept(_ command: GlobalCommand) -> Bool {
        switch command {
        case .back:
            askBeforeClosing()
            return true
        case .help, .palette:
            return false
        case .intake, .search, .filter, .ladder, .instruments, .vacancies, .dashboard, .today, .quit, .undo, .redo, .caseload,
             .messages:
            // Leaving for another screen or quitting: keep what was typed.
            saveDraft()
            return false
        }
    }

    // MARK: events

    func handle(_ event: Event) -> Bool {
        switch event {
        case .tick:
            ticks += 1
            if ticks >= IntakeFormScreen.autosaveTicks { saveDraft() }
            return false
        case .key(let key):
            if let command = root.command(for: key), command.scope == scope { return false }
            if step == .summary { return handleSummary(key) }
            let before = view.focusedField
            let handled = view.handle(event)
            afterEdit(left: before != view.focusedField ? before : nil)
            // Letters never reach the global keys while a form is open.
            if case .char = key { return true }
            return handled
        case .mouse:
            if step == .summary { return false }
            let before = view.focusedField
            let handled = view.handle(event)
            afterEdit(left: before != view.focusedField ? before : nil)
            return handled
        case .resize:
            return false
        }
    }

    /// Reads the controls into the form and re-checks; `left` is the field focus just left.
    private func afterEdit(left: IntakeField?) {
        let before = form
        readControls()
        ticks = 0
        var settled = left != nil
        if let left { shown.insert(left) }
        for control in view.controls {
            guard let field = control.control as? TextField, let mask = field.mask else { continue }
            if field.text.count == mask.pattern.count, before[control.field] != form[control.field] {
                shown.insert(control.field)
                settled = true
            }
        }
        recheck()
        if settled { offerExistingClient() }
        if left != nil { saveDraft() }
    }

    private func readControls() {
        for control in view.controls { form[control.field] = control.value }
    }

    /// Puts `text` into a field and its control.
    func setField(_ field: IntakeField, _ text: String) {
        form[field] = text
        controls[field]?.setValue(text)
    }

    func recheck() {
        let result = IntakeRules.check(form, step: step, data: model.data, today: model.today)
        problems = result.problems
        view.required = result.required
        view.errors = problems.filter { shown.contains($0.key) }
    }

    // MARK: steps

    /// Shows the fields of the step on screen, the cursor on the first empty one.
    private func showStep() {
        view.show(step.fields.compactMap { controls[$0] })
        recheck()
        view.focusFirstEmpty()
    }

    /// PgDn (and Enter on a step's last field): the next step once this one is complete; else
    /// its problems show, the cursor goes to the first and the status line names them.
    func nextStep() {
        readControls()
        let missing = IntakeRules.problems(form, step: step, data: model.data, today: model.today)
        guard let first = step.fields.first(where: { missing[$0] != nil }) else { return go(toStep: form.step + 1) }
        shown.formUnion(step.fields)
        recheck()
        view.focus(field: first)
        model.status = StatusMessage(appText("intake.step_incomplete", appText("intake.step.\(step.rawValue)"),
                                             IntakeFormScreen.missingText(step.fields.filter { missing[$0] != nil }, missing)),
                                     severity: .warning)
    }

    /// Moves to step `index` (the previous step's problems stay visible when coming back)
    /// and saves the draft.
    func go(toStep index: Int, focus field: IntakeField? = nil) {
        guard steps.indices.contains(index) else { return }
        readControls()
        shown.formUnion(step.fields)
        form.step = index
        showStep()
        if let field { view.focus(field: field) }
        saveDraft()
    }

    /// Every problem of the whole form; all of them are shown from now on.
    func allProblems() -> [IntakeField: String] {
        readControls()
        let all = IntakeRules.problems(form, data: model.data, today: model.today)
        shown.formUnion(all.keys)
        recheck()
        return all
    }

    // MARK: drafts and closing

    /// Journals the form as a draft when it holds input not yet in the draft.
    func saveDraft() {
        guard !closing else { return }
        readControls()
        guard isChanged || savedDraft != nil, form != savedDraft else { return }
        let id = draftId ?? SaveDraft.newId()
        let draft = form.draft(id: id, user: model.user.name, updated: IntakeFormScreen.timestamp())
        if model.run(SaveDraft(draft)) != nil {
            model.status = StatusMessage(appText("intake.draft_saved", appText("intake.kind.\(form.kind.rawValue)"), subjectName), severity: .success)
            draftId = id
            savedDraft = form
        }
    }

    /// Esc: an untouched form closes (a resumed draft stays); otherwise keep it as a draft,
    /// throw it away, or go on.
    private func askBeforeClosing() {
        readControls()
        guard isChanged else {
            close()
            return
        }
        let dialog = Dialog(title: appText("intake.close.title"), message: appText("intake.close.message"),
                            buttons: [appText("intake.close.keep"), appText("intake.close.discard"), appText("intake.close.continue")],
                            defaultButton: 2, glyphs: root.glyphs)
        dialog.onAnswer = { [unowned self] answer in
            self.root.dismissOverlay()
            switch answer {
            case 0:
                self.saveDraft()
                if !self.hasUnsavedChanges { self.close() }
            case 1:
                if self.draftId.map({ self.model.run(DiscardDraft($0)) != nil }) ?? true {
                    self.model.status = StatusMessage(appText("intake.draft_discarded", self.subjectName), severity: .success)
                    self.close()
                }
            default: break
            }
        }
        root.present(dialog)
    }

    /// Leaves the screen without asking (saved or discarded).
    func close() {
        closing = true
        root.pop()
    }

    /// Who the form is about, for summaries: the person typed, else the client or melding.
    var subjectName: String { IntakeHomeScreen.name(of: form, in: model.data) }

    static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withInternetDateTime])
    }

    var cursorPosition: (x: Int, y: Int)? { step == .summary || root.hasOverlay ? nil : view.cursorPosition }
}
