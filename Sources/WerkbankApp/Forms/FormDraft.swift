import Foundation
import TerminalUI
import WerkbankCore

/// Where a modal form was opened, so that its draft can open the same form again after a
/// restart. A form with an origin is kept as a `Draft` (kind `form.<kind>`) when the program
/// is ended by SIGTERM or SIGHUP while it is open (`RootView.keepOpenFormsAsDrafts`).
struct FormOrigin: Equatable {
    /// `dossier`, `ladder.move`, `ladder.expect`, `deployment`, `deployment.end`.
    var kind: String
    /// What the form is about: `client`, and per kind `tab`, `command`, `select`, `focus`,
    /// `instrument`, `deployment`.
    var context: [String: String]

    /// A form a dossier tab opens with `command` (on the row `select`, the section `focus`).
    static func dossier(client: String, command: some ScreenCommand, select: String? = nil, focus: Int? = nil) -> FormOrigin {
        var context = ["client": client, "tab": type(of: command).scope, "command": command.name]
        context["select"] = select
        context["focus"] = focus.map(String.init)
        return FormOrigin(kind: "dossier", context: context)
    }

    static let draftPrefix = "form."
    static let titleKey = "form.title"
    static func valueKey(_ index: Int) -> String { "form.field.\(index)" }

    /// The origin a form draft was saved with; nil for other drafts (intake forms).
    init?(draft: Draft) {
        guard draft.kind.hasPrefix(FormOrigin.draftPrefix) else { return nil }
        kind = String(draft.kind.dropFirst(FormOrigin.draftPrefix.count))
        context = draft.fields.filter { !$0.key.hasPrefix(FormOrigin.draftPrefix) }
    }

    init(kind: String, context: [String: String]) {
        self.kind = kind
        self.context = context
    }
}

extension EditForm {
    /// The form's typed values as a draft record, nil when it has no origin or nothing typed.
    func draft(id: String, user: String, updated: String) -> Draft? {
        guard let origin, isDirty else { return nil }
        var fields = origin.context
        fields[FormOrigin.titleKey] = title
        for (index, input) in inputs.enumerated() { fields[FormOrigin.valueKey(index)] = input.draftValue }
        return Draft(id: id, user: user, kind: FormOrigin.draftPrefix + origin.kind, updated: updated, fields: fields)
    }

    /// Puts the values of `draft` back into the fields (in order).
    func restore(_ draft: Draft) {
        for (index, input) in inputs.enumerated() {
            if let value = draft.fields[FormOrigin.valueKey(index)] { input.draftValue = value }
        }
    }
}

extension RootView {
    /// SIGTERM/SIGHUP: journals what is typed in the open forms (the modal form, intake forms)
    /// as drafts, offered again at the next start.
    func keepOpenFormsAsDrafts() {
        if let form = overlayView as? EditForm,
           let draft = form.draft(id: SaveDraft.newId(), user: model.user.name, updated: IntakeFormScreen.timestamp()) {
            if model.run(SaveDraft(draft)) != nil {
                model.status = StatusMessage(appText("draft.kept", form.title), severity: .success)
            }
        }
        for case let intake as IntakeFormScreen in stack { intake.saveDraft() }
    }

    /// Opens the form `draft` was saved from again, with its values, and removes the draft.
    /// False (the draft stays) when the form cannot be opened (the client is gone).
    @discardableResult
    func reopen(_ draft: Draft) -> Bool {
        guard let origin = FormOrigin(draft: draft), let clientId = origin.context["client"],
              let client = model.client(clientId) else { return false }
        let context = origin.context
        switch origin.kind {
        case "dossier":
            guard let command = context["command"], let tab = context["tab"] else { return false }
            let dossier = DossierScreen(root: self, clientId: clientId)
            push(dossier)
            guard let index = dossier.tabs.firstIndex(where: { $0.scope == tab }) else { return false }
            dossier.perform(DossierCommand.tab(index + 1))
            select(context, in: dossier.tabs[index])
            _ = dossier.perform(command)
        case "ladder.move", "ladder.expect":
            presentForm(LadderEdit.form(origin.kind == "ladder.move" ? .move : .expect, client: client, model: model, glyphs: glyphs))
        case "deployment":
            guard let instrument = context["instrument"].flatMap({ model.data.instruments[$0] }) else { return false }
            presentForm(DeploymentEdit.form(instrument, client: client, model: model, glyphs: glyphs))
        case "deployment.end":
            guard let deployment = client.deployments.first(where: { $0.id == context["deployment"] }) else { return false }
            presentForm(DeploymentEndEdit.form(deployment, client: client, model: model, glyphs: glyphs))
        default:
            return false
        }
        guard let form = overlayView as? EditForm, form.origin == origin else { return false }
        form.restore(draft)
        if model.run(DiscardDraft(draft.id)) != nil {
            model.status = StatusMessage(appText("draft.resumed", form.title), severity: .success)
        }
        return true
    }

    /// Selects the row or section a dossier form was opened on.
    private func select(_ context: [String: String], in tab: DossierTab) {
        if let focus = context["focus"].flatMap(Int.init), let overview = tab as? OverviewTab { overview.focus(focus) }
        guard let id = context["select"] else { return }
        if let plan = tab as? PlanTab, let row = plan.actions.firstIndex(where: { $0.id == id }) { plan.table.select(row) }
        if let placements = tab as? PlacementsTab, let row = placements.placements.firstIndex(where: { $0.id == id }) {
            placements.table.select(row)
        }
    }
}
