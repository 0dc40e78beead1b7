import TerminalUI
import WerkbankCore

/// Ends a running or planned deployment ("beëindigen" on a date) or cancels it (it did not go
/// ahead). The date may not lie before the start nor past the instrument's legal maximum.
final class DeploymentEndEdit {
    let deployment: InstrumentDeployment
    private(set) lazy var panel: FormPanel = makePanel()
    private let instrument: Instrument?
    private let model: AppModel
    private let clientId: String
    private let glyphs: Glyphs
    private let close: () -> Void
    private let title: String
    private let outcomeSelect: Select
    private let dateField: TextField

    /// The two ways a deployment stops, in the order of the outcome field.
    private static let outcomes = ["koffer.outcome.ended", "koffer.outcome.cancelled"]

    init(deployment: InstrumentDeployment, client: Client, model: AppModel, glyphs: Glyphs, close: @escaping () -> Void) {
        self.deployment = deployment
        self.model = model
        self.glyphs = glyphs
        self.close = close
        clientId = client.id
        let instrument = model.data.instruments[deployment.instrumentId]
        self.instrument = instrument
        title = appText("koffer.form.end", instrument?.name ?? deployment.instrumentId, client.listName)
        outcomeSelect = Select(options: DeploymentEndEdit.outcomes.map { appText($0) }, selectedIndex: 0, glyphs: glyphs)
        let lastDay = instrument?.legalLastDay(startingOn: deployment.start)
        let start = deployment.start
        dateField = FormInputs.dateField(max(model.today, start), glyphs: glyphs) { day in
            if day < start { return appText("koffer.error.end_before_start", start.dutch) }
            if let lastDay, day > lastDay, let months = instrument?.maxMonths {
                return appText("koffer.error.end_past_maximum", months, lastDay.dutch)
            }
            return nil
        }
    }

    private var cancels: Bool { outcomeSelect.selectedIndex == 1 }

    private func makePanel() -> FormPanel {
        let panel = FormPanel(title: title, fields: [
            FormField(appText("koffer.field.outcome"), outcomeSelect, required: true),
            FormField(appText("koffer.field.end_date"), dateField, required: true),
        ], glyphs: glyphs, close: close)
        panel.onSave = { [unowned self] in self.save() }
        return panel
    }

    private func save() -> Bool {
        guard var client = model.client(clientId), let day = FormInputs.day(dateField),
              let index = client.deployments.firstIndex(where: { $0.id == deployment.id }) else { return false }
        client.deployments[index].end = day
        client.deployments[index].cancelled = cancels
        let name = instrument?.name ?? deployment.instrumentId
        let summary = appText(cancels ? "koffer.summary.cancel" : "koffer.summary.end", name, day.dutch)
        return model.commit([.putClient(client)], summary: summary, subject: client.id)
    }
}
