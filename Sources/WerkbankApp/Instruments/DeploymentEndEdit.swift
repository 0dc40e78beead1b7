import TerminalUI
import WerkbankCore

/// Ends a running or planned deployment ("beëindigen" on a date) or cancels it (it did not go
/// ahead). The date may not lie before the start nor past the instrument's legal maximum.
final class DeploymentEndEdit {
    let deployment: InstrumentDeployment
    private let instrument: Instrument?
    private let model: AppModel
    private let clientId: String
    private let outcomeInput: ChoiceInput<Outcome>
    private let dateInput: DateInput

    /// The two ways a deployment stops, in the order of the outcome field.
    private enum Outcome {
        case ended, cancelled
    }

    /// The end form, ready for `RootView.presentForm`; it keeps its edit alive.
    static func form(_ deployment: InstrumentDeployment, client: Client, model: AppModel, glyphs: Glyphs) -> EditForm {
        let edit = DeploymentEndEdit(deployment: deployment, client: client, model: model, glyphs: glyphs)
        let name = edit.instrument?.name ?? deployment.instrumentId
        let form = EditForm(title: appText("koffer.form.end", name, client.listName), glyphs: glyphs)
        form.origin = FormOrigin(kind: "deployment.end", context: ["client": client.id, "deployment": deployment.id])
        form.add(appText("koffer.field.outcome"), edit.outcomeInput, required: true)
        form.add(appText("koffer.field.end_date"), edit.dateInput, required: true)
        form.onSave = { edit.save() }
        return form
    }

    private init(deployment: InstrumentDeployment, client: Client, model: AppModel, glyphs: Glyphs) {
        self.deployment = deployment
        self.model = model
        clientId = client.id
        let instrument = model.data.instruments[deployment.instrumentId]
        self.instrument = instrument
        outcomeInput = ChoiceInput([(.ended, appText("koffer.outcome.ended")), (.cancelled, appText("koffer.outcome.cancelled"))],
                                   selected: .ended, glyphs: glyphs)
        let start = deployment.start
        let lastDay = instrument?.legalLastDay(startingOn: start)
        let months = instrument?.maxMonths
        dateInput = DateInput(max(model.today, start), glyphs: glyphs,
                              notAfter: lastDay.flatMap { lastDay in months.map { months in
                                  (lastDay, { _ in appText("koffer.error.end_past_maximum", months, lastDay.dutch) })
                              } },
                              notBefore: (start, { _ in appText("koffer.error.end_before_start", start.dutch) }))
    }

    private func save() -> Bool {
        guard let day = dateInput.day else { return false }
        let command = EndDeployment(client: clientId, deployment: deployment, on: day, cancelled: outcomeInput.value == .cancelled)
        return model.run(command) != nil
    }
}
