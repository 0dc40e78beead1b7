import TerminalUI
import WerkbankCore

/// Saving a completed intake form: a Core command journals the records and the removal of the
/// draft as one edit.
extension IntakeFormScreen {
    func save() {
        let problems = allProblems()
        if !problems.isEmpty {
            model.status = StatusMessage(appText("intake.incomplete", problems.count), severity: .error)
            if steps.count > 1 {
                go(toStep: steps.count - 1)
            } else if let first = step.fields.first(where: { problems[$0] != nil }) {
                view.focus(field: first)
            }
            return
        }
        switch form.kind {
        case .melding: saveMelding()
        case .decision: saveDecision()
        case .intake: saveIntake()
        }
    }

    private func saveMelding() {
        if model.run(RecordMelding(form, draftId: draftId)) != nil { close() }
    }

    private func saveDecision() {
        guard let id = form.meldingId, let melding = model.data.meldingen[id],
              let edit = model.run(DecideMelding(form, melding: melding, draftId: draftId)) else { return }
        close()
        guard let clientId = DecideMelding.decidedClient(in: edit), let client = model.client(clientId) else { return }
        root.confirm(title: appText("intake.start_intake.title"), message: appText("intake.start_intake.message", client.fullName),
                     defaultYes: true) { [unowned root] in
            root.push(IntakeFormScreen(root: root, form: IntakeRecords.intakeForm(for: client, meldingId: melding.id)))
        }
    }

    private func saveIntake() {
        if model.run(CompleteIntake(form, draftId: draftId)) != nil { close() }
    }
}
