import TerminalUI
import WerkbankCore

/// Saving a completed intake form: the records and the removal of the draft go into one
/// journaled edit.
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
        let id = IntakeRecordIDs.next(prefix: "M", existing: model.data.meldingen.keys)
        let melding = IntakeRecords.melding(from: form, id: id, by: model.user.name)
        if model.commit([.putMelding(melding)] + draftRemoval, summary: appText("intake.saved.melding", id, melding.name),
                        subject: melding.clientId) {
            close()
        }
    }

    private func saveDecision() {
        guard let id = form.meldingId, let melding = model.data.meldingen[id] else { return }
        let changes = IntakeRecords.decide(form, melding: melding, data: model.data)
        var decided = melding
        var client: Client?
        for change in changes {
            if case .putMelding(let record) = change { decided = record }
            if case .putClient(let record) = change { client = record }
        }
        guard model.commit(changes + draftRemoval, summary: IntakeFormScreen.decisionSummary(decided),
                           subject: client?.id ?? decided.clientId) else { return }
        close()
        guard let client else { return }
        root.confirm(title: appText("intake.start_intake.title"), message: appText("intake.start_intake.message", client.fullName),
                     defaultYes: true) { [unowned root] in
            root.push(IntakeFormScreen(root: root, form: IntakeRecords.intakeForm(for: client, meldingId: decided.id)))
        }
    }

    /// "M000123: aanvraag 20-11-2026, besluit toegekend 23-11-2026 (uitkering vanaf 20-11-2026)".
    static func decisionSummary(_ melding: Melding) -> String {
        var parts: [String] = []
        if let reason = melding.noApplicationReason { parts.append(appText("intake.summary.no_application", reason.label)) }
        if let application = melding.applicationDate { parts.append(appText("intake.summary.application", application.dutch)) }
        if let decision = melding.decision {
            parts.append(appText("intake.summary.decision", decision.label, melding.decisionDate?.dutch ?? ""))
            if decision == .granted, let start = melding.applicationDate {
                parts.append(appText("intake.summary.benefit", start.dutch))
            }
        }
        return "\(melding.id) \(melding.name): " + parts.joined(separator: ", ")
    }

    private func saveIntake() {
        guard let id = form.clientId, let client = model.client(id) else { return }
        let updated = IntakeRecords.completeIntake(form, client: client, by: model.user.name, today: model.today)
        let position = updated.ladderPosition
        let summary = appText("intake.saved.intake", position.start?.rung.rawValue ?? 0, position.expected?.rung.rawValue ?? 0,
                              position.expected?.targetDate?.dutch ?? "", model.displayName(of: updated.coach))
        if model.commit([.putClient(updated)] + draftRemoval, summary: summary, subject: id) {
            close()
        }
    }
}
