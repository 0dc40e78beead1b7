import TerminalUI
import WerkbankCore

/// Adds or edits an employer (`SaveEmployer`): name, sector, place, size, accountmanager,
/// contact persons (one a line: "naam | rol | telefoon | e-mail"), Hartwerk, social return
/// (places from … by …) and banenafspraak jobs. Core checks the rules.
final class EmployerForm {
    private let model: AppModel
    private let basis: Employer?
    let name: TextInput, sector: TextInput, city: TextInput
    let size: NumberInput
    let manager: TextInput
    let contacts: TextAreaInput
    let hartwerk: FlagInput
    let sroiPlaces: NumberInput
    let sroiSince: DateInput, sroiDeadline: DateInput
    let jobs: NumberInput

    static func form(_ basis: Employer?, model: AppModel, glyphs: Glyphs) -> EditForm {
        let edit = EmployerForm(basis, model: model, glyphs: glyphs)
        let form = EditForm(title: basis.map { appText("employers.form.edit", $0.name) } ?? appText("employers.form.new"), glyphs: glyphs)
        form.add(appText("employers.field.name"), edit.name, required: true)
        form.add(appText("employers.field.sector"), edit.sector)
        form.add(appText("employers.field.city"), edit.city)
        form.add(appText("employers.field.size"), edit.size)
        form.add(appText("employers.field.manager"), edit.manager)
        form.add(appText("employers.field.contacts"), edit.contacts)
        form.add(appText("employers.field.hartwerk"), edit.hartwerk)
        form.add(appText("employers.field.sroi_places"), edit.sroiPlaces)
        form.add(appText("employers.field.sroi_since"), edit.sroiSince)
        form.add(appText("employers.field.sroi_deadline"), edit.sroiDeadline)
        form.add(appText("employers.field.job_agreement"), edit.jobs)
        form.onSave = { edit.save() }
        return form
    }

    private init(_ basis: Employer?, model: AppModel, glyphs: Glyphs) {
        self.model = model
        self.basis = basis
        name = TextInput(basis?.name ?? "", maxLength: 80, glyphs: glyphs)
        sector = TextInput(basis?.sector ?? "", maxLength: 60, glyphs: glyphs)
        city = TextInput(basis?.city ?? "", maxLength: 60, glyphs: glyphs)
        size = NumberInput(basis?.size, range: 0...1_000_000, glyphs: glyphs)
        manager = TextInput(basis?.accountManager ?? model.user.name, maxLength: 40, glyphs: glyphs)
        contacts = TextAreaInput((basis?.contacts ?? []).map { [$0.name, $0.role, $0.phone, $0.email].joined(separator: " | ") }
            .joined(separator: "\n"), lines: 3, glyphs: glyphs)
        hartwerk = FlagInput(appText("employers.field.hartwerk"), isOn: basis?.hartwerk ?? false)
        sroiPlaces = NumberInput(basis?.socialReturn?.places, range: 0...10_000, glyphs: glyphs)
        sroiSince = DateInput(basis?.socialReturn?.since, glyphs: glyphs)
        sroiDeadline = DateInput(basis?.socialReturn?.deadline, glyphs: glyphs)
        jobs = NumberInput(basis?.jobAgreementJobs ?? 0, range: 0...10_000, glyphs: glyphs)
    }

    private func save() -> Bool {
        var employer = basis ?? Employer(id: "", name: "")
        employer.name = name.text
        employer.sector = sector.text
        employer.city = city.text
        employer.size = size.value
        employer.accountManager = manager.text
        employer.contacts = contacts.text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.contains(where: { !$0.isEmpty }) else { return nil }
            func part(_ index: Int) -> String { index < parts.count ? parts[index] : "" }
            return ContactPerson(name: part(0), role: part(1), phone: part(2), email: part(3))
        }
        employer.hartwerk = hartwerk.isOn
        if let places = sroiPlaces.value, places > 0 {
            employer.socialReturn = SocialReturn(places: places, since: sroiSince.day ?? model.today, deadline: sroiDeadline.day ?? model.today)
        } else {
            employer.socialReturn = nil
        }
        employer.jobAgreementJobs = jobs.value ?? 0
        return model.run(SaveEmployer(basis: basis, employer)) != nil
    }
}
