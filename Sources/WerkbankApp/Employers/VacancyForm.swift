import TerminalUI
import WerkbankCore

/// Adds or edits a vacancy (`SaveVacancy`): function, tasks (job carving: one task a line,
/// "naam | uren | vaardigheden"), hours and times, place, skills, certificates, licence,
/// language level, physical load, start date, candidates wanted, status. Core checks the rules.
final class VacancyForm {
    private let model: AppModel
    private let basis: Vacancy?
    private let employers: [Employer]
    let employer: ChoiceInput<String>
    let function: TextInput
    let tasks: TextAreaInput
    let hours: NumberInput
    let schedule: TextInput
    let place: TextInput
    let required: TextInput
    let desired: TextInput
    let certificates: TextInput
    let licence: FlagInput
    let language: ChoiceInput<LanguageLevel>
    let load: ChoiceInput<PhysicalLoad>
    let start: DateInput
    let wanted: NumberInput
    let status: ChoiceInput<VacancyStatus>
    /// Called with the saved vacancy.
    var onSaved: (Vacancy) -> Void = { _ in }

    /// The form for a new vacancy (at `employerId`, when given) or for editing `basis`.
    static func form(_ basis: Vacancy?, employerId: String? = nil, model: AppModel, glyphs: Glyphs,
                     onSaved: @escaping (Vacancy) -> Void = { _ in }) -> EditForm {
        let edit = VacancyForm(basis, employerId: employerId, model: model, glyphs: glyphs)
        edit.onSaved = onSaved
        let form = EditForm(title: basis.map { appText("vacancyform.edit", $0.title) } ?? appText("vacancyform.new"), glyphs: glyphs)
        form.add(appText("vacancyform.employer"), edit.employer, required: true)
        form.add(appText("vacancyform.function"), edit.function, required: true)
        form.add(appText("vacancyform.tasks"), edit.tasks)
        form.add(appText("vacancyform.hours"), edit.hours, required: true)
        form.add(appText("vacancyform.schedule"), edit.schedule)
        form.add(appText("vacancyform.place"), edit.place)
        form.add(appText("vacancyform.required"), edit.required)
        form.add(appText("vacancyform.desired"), edit.desired)
        form.add(appText("vacancyform.certificates"), edit.certificates)
        form.add(appText("vacancyform.licence"), edit.licence)
        form.add(appText("vacancyform.language"), edit.language)
        form.add(appText("vacancyform.load"), edit.load)
        form.add(appText("vacancyform.start"), edit.start)
        form.add(appText("vacancyform.wanted"), edit.wanted, required: true)
        form.add(appText("vacancyform.status"), edit.status, required: true)
        form.onSave = { edit.save() }
        return form
    }

    private init(_ basis: Vacancy?, employerId: String?, model: AppModel, glyphs: Glyphs) {
        self.model = model
        self.basis = basis
        employers = model.data.employers.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        employer = ChoiceInput(employers.map { ($0.id, $0.name) }, selected: basis?.employerId ?? employerId, glyphs: glyphs)
        function = TextInput(basis?.function ?? "", maxLength: 80, glyphs: glyphs)
        tasks = TextAreaInput((basis?.tasks ?? []).map(Self.line).joined(separator: "\n"), lines: 4, glyphs: glyphs)
        hours = NumberInput(basis?.hoursPerWeek ?? 32, range: 1...60, glyphs: glyphs)
        schedule = TextInput(basis?.schedule ?? "", maxLength: 80, glyphs: glyphs)
        place = TextInput(basis?.place ?? "", maxLength: 60, glyphs: glyphs)
        required = TextInput.list(basis?.requiredSkills ?? [], glyphs: glyphs)
        desired = TextInput.list(basis?.desiredSkills ?? [], glyphs: glyphs)
        certificates = TextInput.list(basis?.certificates ?? [], glyphs: glyphs)
        licence = FlagInput(appText("vacancyform.licence"), isOn: basis?.drivingLicence ?? false)
        language = ChoiceInput(LanguageLevel.self, selected: basis?.minimumLanguageLevel, noneLabel: appText("vacancyform.none"), glyphs: glyphs)
        load = ChoiceInput(PhysicalLoad.allCases.map { ($0, $0.label) }, selected: basis?.physicalLoad, noneLabel: appText("vacancyform.none"), glyphs: glyphs)
        start = DateInput(basis?.start, glyphs: glyphs)
        wanted = NumberInput(basis?.candidatesWanted ?? 3, range: 1...99, glyphs: glyphs)
        status = ChoiceInput(VacancyStatus.allCases.map { ($0, $0.label) }, selected: basis?.status ?? .open, glyphs: glyphs)
        tasks.addRule { [unowned self] in
            if case .failure(let message) = self.parsedTasks() { return message }
            return nil
        }
    }

    /// "Inpakken | 12 | inpakken, tillen"
    private static func line(_ task: VacancyTask) -> String {
        "\(task.name) | \(task.hoursPerWeek) | \(task.skills.joined(separator: ", "))"
    }

    private struct LineProblem: Error { let message: String }

    private enum Parsed { case success([VacancyTask]), failure(String) }

    /// The tasks typed, one a line: name, hours (empty: 0) and skills separated by `|`.
    private func parsedTasks() -> Parsed {
        var result: [VacancyTask] = []
        for (number, line) in tasks.text.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.allSatisfy(\.isEmpty) { continue }
            let hoursText = parts.count > 1 ? parts[1] : ""
            guard let hours = hoursText.isEmpty ? 0 : Int(hoursText) else {
                return .failure(appText("vacancyform.bad_task", number + 1, hoursText))
            }
            let skills = parts.count > 2 ? parts[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            result.append(VacancyTask(name: parts[0], skills: skills, hoursPerWeek: hours))
        }
        return .success(result)
    }

    private func save() -> Bool {
        guard let employerId = employer.value, case .success(let taskList) = parsedTasks() else { return false }
        var vacancy = basis ?? Vacancy(id: "", employerId: employerId, title: "", opened: model.today)
        vacancy.employerId = employerId
        if basis == nil || vacancy.title == vacancy.function { vacancy.title = function.text }
        vacancy.function = function.text
        vacancy.tasks = taskList
        vacancy.hoursPerWeek = hours.value ?? vacancy.hoursPerWeek
        vacancy.schedule = schedule.text
        vacancy.place = place.text
        vacancy.requiredSkills = required.items
        vacancy.desiredSkills = desired.items
        vacancy.certificates = certificates.items
        vacancy.drivingLicence = licence.isOn
        vacancy.minimumLanguageLevel = language.value
        vacancy.physicalLoad = load.value
        vacancy.start = start.day
        vacancy.candidatesWanted = wanted.value ?? vacancy.candidatesWanted
        vacancy.status = status.value ?? vacancy.status
        let command = SaveVacancy(basis: basis, vacancy)
        guard model.run(command) != nil else { return false }
        onSaved(command.vacancy)
        return true
    }
}
