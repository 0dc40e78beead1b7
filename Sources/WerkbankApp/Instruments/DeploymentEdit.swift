import TerminalUI
import WerkbankCore

/// The deploy form of the Instrumenten tab: start, end, hours per month, amount, employer and a
/// note. Every field shows the rules of `DeploymentRules` that concern it as the person types
/// (end after start, at most the instrument's maximum duration, an employer where needed), and
/// saving appends the deployment to the client, journaled.
final class DeploymentEdit {
    let instrument: Instrument
    private let model: AppModel
    private let clientId: String
    private let employers: [Employer]
    private let startInput: DateInput
    private let endInput: DateInput
    private let hoursInput: DecimalInput
    private let amountInput: DecimalInput
    private let employerInput: ChoiceInput<String>
    private let noteInput: TextInput

    /// The deploy form, ready for `RootView.presentForm`; it keeps its edit alive.
    static func form(_ instrument: Instrument, client: Client, model: AppModel, glyphs: Glyphs) -> EditForm {
        DeploymentEdit(instrument: instrument, client: client, model: model, glyphs: glyphs).makeForm(client: client, glyphs: glyphs)
    }

    private init(instrument: Instrument, client: Client, model: AppModel, glyphs: Glyphs) {
        self.instrument = instrument
        self.model = model
        clientId = client.id
        employers = model.data.employers.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let start = model.today
        startInput = DateInput(start, glyphs: glyphs)
        endInput = DateInput(instrument.legalLastDay(startingOn: start), glyphs: glyphs)
        hoursInput = DecimalInput(nil, glyphs: glyphs)
        amountInput = DecimalInput(instrument.cost, glyphs: glyphs)
        // An instrument that needs an employer offers no "geen werkgever": the field starts empty
        // (the form opens on it) and must be chosen.
        let needsEmployer = instrument.prerequisites.contains(.employer)
        employerInput = ChoiceInput(employers.map { ($0.id, $0.city.isEmpty ? $0.name : "\($0.name) (\($0.city))") },
                                    selected: nil, noneLabel: needsEmployer ? nil : appText("koffer.no_employer"), glyphs: glyphs)
        noteInput = TextInput("", maxLength: 300, glyphs: glyphs)
    }

    /// The form holds the edit through `onSave`; the fields' rules refer back to it unowned.
    private func makeForm(client: Client, glyphs: Glyphs) -> EditForm {
        let form = EditForm(title: appText("koffer.form.deploy", instrument.name, client.listName), glyphs: glyphs)
        form.origin = FormOrigin(kind: "deployment", context: ["client": client.id, "instrument": instrument.id])
        form.add(appText("koffer.field.start"), checked(startInput, .start, .instrument), required: true)
        form.add(appText("koffer.field.end"), checked(endInput, .end))
        form.add(appText("koffer.field.hours"), checked(hoursInput, .hours))
        form.add(appText(instrument.costPerMonth ? "koffer.field.amount_month" : "koffer.field.amount_once"), checked(amountInput, .amount))
        form.add(appText("koffer.field.employer"), checked(employerInput, .employer), required: instrument.prerequisites.contains(.employer))
        form.add(appText("koffer.field.note"), noteInput)
        form.onSave = { self.save() }
        return form
    }

    /// `input` with the messages `DeploymentRules` gives for `fields`.
    private func checked<Input: FormInput>(_ input: Input, _ fields: DeploymentField...) -> Input {
        input.addRule { [unowned self] in self.issues().first { fields.contains($0.field) }?.message }
        return input
    }

    /// The deployment the form describes; nil while a date or number does not read (its own field says why).
    private func candidate() -> InstrumentDeployment? {
        guard let start = startInput.day else { return nil }
        let end = endInput.day
        if !endInput.isEmpty && end == nil { return nil }
        let hours = hoursInput.value, amount = amountInput.value
        if (!hoursInput.isEmpty && hours == nil) || (!amountInput.isEmpty && amount == nil) { return nil }
        return InstrumentDeployment(id: "", instrumentId: instrument.id, start: start, end: end, hoursPerMonth: hours,
                                    amount: amount, employerId: employerInput.value, note: noteInput.text, by: model.user.name)
    }

    private func issues() -> [DeploymentIssue] {
        guard let candidate = candidate(), let client = model.client(clientId) else { return [] }
        return DeploymentRules.validate(candidate, instrument: instrument, client: client)
    }

    private func save() -> Bool {
        guard let deployment = candidate() else { return false }
        return model.run(StartDeployment(client: clientId, deployment)) != nil
    }
}
