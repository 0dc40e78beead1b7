/// The employer desk's records: employers (accountmanager, contacts, agreements) and their
/// vacancies, added or edited as a whole. `basis` is the record as the form was opened (nil:
/// a new one); when someone else changed it since, the save is refused with an `EditConflict`.

/// Adds an employer (`basis` nil) or replaces the one the form was opened on (admin only).
public struct SaveEmployer: EditCommand {
    public let basis: Employer?, employer: Employer
    public var subject: String? { nil }
    public var action: EditPolicy.Action { .employers }

    /// A new employer without an id gets one (`W` + a `RecordID`).
    public init(basis: Employer?, _ employer: Employer) {
        self.basis = basis
        var employer = employer
        if employer.id.isEmpty { employer.id = RecordID.make("W") }
        self.employer = employer
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        try DeskRecords.requireBasis(basis, current: data.employers[employer.id], id: employer.id, name: employer.name,
                                     state: { $0.name })
        if let problem = DeskRecords.problem(employer) { throw WerkbankError(problem) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        guard let basis else { return [.putEmployer(employer)] }
        return employer == basis ? [] : [.updateEmployer(old: basis, new: employer)]
    }
}

/// Adds a vacancy (`basis` nil) or replaces the one the form was opened on: admins, and coaches
/// for the vacancies employers give them.
public struct SaveVacancy: EditCommand {
    public let basis: Vacancy?, vacancy: Vacancy
    public var subject: String? { nil }
    public var action: EditPolicy.Action { .vacancies }

    /// A new vacancy without an id gets one (`V` + a `RecordID`).
    public init(basis: Vacancy?, _ vacancy: Vacancy) {
        self.basis = basis
        var vacancy = vacancy
        if vacancy.id.isEmpty { vacancy.id = RecordID.make("V") }
        self.vacancy = vacancy
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        try DeskRecords.requireBasis(basis, current: data.vacancies[vacancy.id], id: vacancy.id, name: vacancy.title,
                                     state: { "\($0.title) · \($0.status.label)" })
        guard data.employers[vacancy.employerId] != nil else {
            throw WerkbankError(coreText("desk.no_employer", vacancy.employerId))
        }
        if let problem = DeskRecords.problem(vacancy) { throw WerkbankError(problem) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        guard let basis else { return [.putVacancy(vacancy)] }
        return vacancy == basis ? [] : [.updateVacancy(old: basis, new: vacancy)]
    }
}

/// The rules of employer and vacancy records.
public enum DeskRecords {
    /// An employer's first problem (Dutch, naming the field), nil when none.
    public static func problem(_ employer: Employer) -> String? {
        if employer.name.trimmingCharacters(in: .whitespaces).isEmpty { return coreText("desk.name_required") }
        if let size = employer.size, size < 0 { return coreText("desk.negative", coreText("desk.field.size")) }
        if employer.jobAgreementJobs < 0 { return coreText("desk.negative", coreText("desk.field.job_agreement")) }
        if employer.contacts.contains(where: { $0.name.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return coreText("desk.contact_name_required")
        }
        if let agreement = employer.socialReturn {
            if agreement.places < 1 { return coreText("desk.sroi_places") }
            if agreement.deadline < agreement.since { return coreText("desk.sroi_deadline", agreement.deadline.dutch, agreement.since.dutch) }
        }
        return nil
    }

    /// A vacancy's first problem (Dutch, naming the field), nil when none.
    public static func problem(_ vacancy: Vacancy) -> String? {
        if vacancy.title.trimmingCharacters(in: .whitespaces).isEmpty { return coreText("desk.title_required") }
        if !(1...60).contains(vacancy.hoursPerWeek) { return coreText("desk.hours_range", vacancy.hoursPerWeek) }
        if vacancy.positions < 1 { return coreText("desk.at_least_one", coreText("desk.field.positions")) }
        if vacancy.candidatesWanted < 1 { return coreText("desk.at_least_one", coreText("desk.field.candidates_wanted")) }
        if let index = vacancy.tasks.firstIndex(where: { $0.name.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return coreText("desk.task_name_required", index + 1)
        }
        if let task = vacancy.tasks.first(where: { $0.hoursPerWeek < 0 || $0.hoursPerWeek > vacancy.hoursPerWeek }) {
            return coreText("desk.task_hours", task.name, vacancy.hoursPerWeek)
        }
        if let unknown = vacancy.certificates.first(where: { !Certificate.known.contains($0) }) {
            return coreText("desk.unknown_certificate", unknown, Certificate.known.joined(separator: ", "))
        }
        if let closes = vacancy.closes, closes < vacancy.opened { return coreText("desk.closes_before_opened", closes.dutch, vacancy.opened.dutch) }
        return nil
    }

    /// Refuses unless the record `id` still is what the form was opened on (`basis`; nil: a new
    /// record whose id must be free).
    static func requireBasis<Record: Equatable>(_ basis: Record?, current: Record?, id: String, name: String,
                                                state: (Record) -> String) throws {
        if basis == nil, current != nil { throw WerkbankError(coreText("command.id_taken", id)) }
        guard let basis else { return }
        guard let current else { throw EditConflict(subject: nil, what: name, theirs: coreText("change.gone"), yours: name, by: nil) }
        if current != basis { throw EditConflict(subject: nil, what: name, theirs: state(current), yours: name, by: nil) }
    }
}
