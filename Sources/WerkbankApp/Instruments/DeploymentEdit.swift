import TerminalUI
import WerkbankCore

/// The deploy form of the Instrumenten tab: start, end, hours per month, amount, employer and a
/// note. Every field shows the rules of `DeploymentRules` that concern it as the person types
/// (end after start, at most the instrument's maximum duration, an employer where needed), and
/// saving appends the deployment to the client, journaled.
final class DeploymentEdit {
    let instrument: Instrument
    /// Built on first use: its fields check themselves against the whole form.
    private(set) lazy var panel: FormPanel = makePanel()
    private let close: () -> Void
    private let title: String
    private let glyphs: Glyphs
    private let model: AppModel
    private let clientId: String
    private let employers: [Employer]
    private let startField: TextField
    private let endField: TextField
    private let hoursField: TextField
    private let amountField: TextField
    private let employerSelect: Select
    private let noteField: TextField

    init(instrument: Instrument, client: Client, model: AppModel, glyphs: Glyphs, close: @escaping () -> Void) {
        self.instrument = instrument
        self.model = model
        self.close = close
        self.glyphs = glyphs
        title = appText("koffer.form.deploy", instrument.name, client.listName)
        clientId = client.id
        employers = model.data.employers.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let start = model.today
        startField = FormInputs.dateField(start, glyphs: glyphs)
        endField = FormInputs.dateField(instrument.legalLastDay(startingOn: start), glyphs: glyphs)
        hoursField = FormInputs.numberField(nil, glyphs: glyphs)
        amountField = FormInputs.numberField(instrument.cost, glyphs: glyphs)
        employerSelect = Select(options: [appText("koffer.no_employer")] + employers.map { $0.city.isEmpty ? $0.name : "\($0.name) (\($0.city))" },
                                selectedIndex: 0, glyphs: glyphs)
        noteField = TextField(glyphs: glyphs)
        noteField.maxLength = 300
    }

    private func makePanel() -> FormPanel {
        let fields = [
            FormField(appText("koffer.field.start"), checked(startField, .start, .instrument), required: true),
            FormField(appText("koffer.field.end"), checked(endField, .end)),
            FormField(appText("koffer.field.hours"), checked(hoursField, .hours)),
            FormField(appText(instrument.costPerMonth ? "koffer.field.amount_month" : "koffer.field.amount_once"), checked(amountField, .amount)),
            FormField(appText("koffer.field.employer"), checked(employerSelect, .employer), required: instrument.prerequisites.contains(.employer)),
            FormField(appText("koffer.field.note"), noteField),
        ]
        let panel = FormPanel(title: title, fields: fields, glyphs: glyphs, close: close)
        panel.onSave = { [unowned self] in self.save() }
        return panel
    }

    /// `control` with the messages `DeploymentRules` gives for `fields`.
    private func checked(_ control: any FormControl, _ fields: DeploymentField...) -> CheckedControl {
        CheckedControl(control) { [unowned self] in
            self.issues().first { fields.contains($0.field) }?.message
        }
    }

    private var employerId: String? {
        guard let index = employerSelect.selectedIndex, index > 0 else { return nil }
        return employers[index - 1].id
    }

    /// The deployment the form describes; nil while a date or number does not read (its own field says why).
    private func candidate(id: String = "") -> InstrumentDeployment? {
        guard let start = FormInputs.day(startField) else { return nil }
        let end = FormInputs.day(endField)
        if !endField.isEmpty && end == nil { return nil }
        let hours = FormInputs.number(hoursField), amount = FormInputs.number(amountField)
        if (!hoursField.isEmpty && hours == nil) || (!amountField.isEmpty && amount == nil) { return nil }
        return InstrumentDeployment(id: id, instrumentId: instrument.id, start: start, end: end, hoursPerMonth: hours,
                                    amount: amount, employerId: employerId,
                                    note: noteField.text.trimmingCharacters(in: .whitespaces), by: model.user.name)
    }

    private func issues() -> [DeploymentIssue] {
        guard let candidate = candidate(), let client = model.client(clientId) else { return [] }
        return DeploymentRules.validate(candidate, instrument: instrument, client: client)
    }

    private func save() -> Bool {
        guard var client = model.client(clientId),
              let deployment = candidate(id: FormInputs.nextId(prefix: clientId + "-i", existing: client.deployments.map(\.id))),
              DeploymentRules.validate(deployment, instrument: instrument, client: client).isEmpty else { return false }
        client.deployments.append(deployment)
        let until = deployment.end.map { appText("koffer.summary.until", $0.dutch) } ?? ""
        let summary = appText("koffer.summary.deploy", instrument.name, deployment.start.dutch, until)
        return model.commit([.putClient(client)], summary: summary, subject: client.id)
    }
}
