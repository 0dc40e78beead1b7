/// What `werkbank check` finds: how many records each collection holds and every problem,
/// each line naming the record and field (`klant K00012: bsn: …`).
public struct CheckReport: Equatable, Sendable {
    /// Collection label (in the current language) and number of records, in a fixed order.
    public var counts: [Count]
    public var problems: [String]

    public struct Count: Equatable, Sendable {
        public var label: String
        public var count: Int
    }
}

/// Validates every record of a dataset: BSN, dates, postcodes, benefit periods, ladder history,
/// instrument durations against the catalogue, and references between records.
public enum DatasetCheck {
    public static func run(_ data: Dataset, today: Day) -> CheckReport {
        var problems: [String] = []
        var bsnOwners: [String: String] = [:]
        for id in data.clients.keys.sorted() {
            guard let client = data.clients[id] else { continue }
            problems += clientProblems(client, in: data, today: today)
            if let bsn = client.bsn, !bsn.isEmpty {
                if let owner = bsnOwners[bsn] {
                    problems.append(line(.client, client.id, "bsn", coreText("validation.bsn_shared", owner)))
                } else {
                    bsnOwners[bsn] = client.id
                }
            }
        }
        for vacancy in data.vacancies.values.sorted(by: { $0.id < $1.id }) where data.employers[vacancy.employerId] == nil {
            problems.append(line(.vacancy, vacancy.id, "werkgever", coreText("validation.unknown_employer", vacancy.employerId)))
        }
        for placement in data.placements.values.sorted(by: { $0.id < $1.id }) {
            problems += placementProblems(placement, in: data)
        }
        for melding in data.meldingen.values.sorted(by: { $0.id < $1.id }) {
            problems += meldingProblems(melding, in: data)
        }
        return CheckReport(counts: counts(of: data), problems: problems)
    }

    static func counts(of data: Dataset) -> [CheckReport.Count] {
        let clients = data.clients.values
        let figures: [(String, Int)] = [
            ("users", data.users.count),
            ("clients", data.clients.count),
            ("benefits", clients.reduce(0) { $0 + $1.benefits.count }),
            ("ladder", clients.reduce(0) { $0 + $1.ladder.count }),
            ("notes", clients.reduce(0) { $0 + $1.notes.count }),
            ("actions", clients.reduce(0) { $0 + $1.actions.count }),
            ("deployments", clients.reduce(0) { $0 + $1.deployments.count }),
            ("instruments", data.instruments.count),
            ("employers", data.employers.count),
            ("vacancies", data.vacancies.count),
            ("placements", data.placements.count),
            ("meldingen", data.meldingen.count),
            ("drafts", data.drafts.count),
        ]
        return figures.map { CheckReport.Count(label: coreText("check.count.\($0.0)"), count: $0.1) }
    }

    static func clientProblems(_ client: Client, in data: Dataset, today: Day) -> [String] {
        var problems: [String] = []
        func add(_ field: String, _ problem: FieldProblem) { problems.append(line(.client, client.id, field, problem.message)) }
        if let bsn = client.bsn, !bsn.isEmpty {
            do { _ = try Validate.bsn(bsn) } catch { add("bsn", error) }
        }
        if !client.postcode.isEmpty {
            do { _ = try Validate.postcode(client.postcode) } catch { add("postcode", error) }
        }
        if let birth = client.birthDate, birth > today {
            add("geboortedatum", FieldProblem(coreText("validation.birth_in_future", birth.dutch)))
        }
        if !client.coach.isEmpty, data.users[client.coach] == nil {
            add("coach", FieldProblem(coreText("validation.unknown_user", client.coach)))
        }
        // Field labels are only made when there is a problem: formatting them for every record
        // would cost more than the checks.
        for period in client.benefits {
            BenefitRules.problems(of: period).forEach {
                add(coreText("check.field.benefit", period.start.dutch) + ": " + $0.field, $0.problem)
            }
        }
        for overlap in BenefitRules.overlaps(in: client.benefits) {
            add(coreText("check.field.benefit", client.benefits[overlap.index].start.dutch), overlap.problem)
        }
        for observation in client.ladder {
            let field = { coreText("check.field.ladder", observation.kind.rawValue, observation.date.dutch) }
            if let birth = client.birthDate, observation.date < birth {
                add(field(), FieldProblem(coreText("validation.before_birth", observation.date.dutch)))
            }
            if let target = observation.targetDate, target < observation.date {
                add(field(), FieldProblem(coreText("validation.end_before_start", target.dutch, observation.date.dutch)))
            }
        }
        for deployment in client.deployments {
            let field = { coreText("check.field.deployment", deployment.id) }
            guard let instrument = data.instruments[deployment.instrumentId] else {
                add(field(), FieldProblem(coreText("validation.unknown_instrument", deployment.instrumentId)))
                continue
            }
            InstrumentRules.durationProblems(deployment, instrument: instrument, today: today).forEach { add(field(), $0) }
            if let employerId = deployment.employerId, !employerId.isEmpty, data.employers[employerId] == nil {
                add(field(), FieldProblem(coreText("validation.unknown_employer", employerId)))
            }
        }
        return problems
    }

    static func placementProblems(_ placement: Placement, in data: Dataset) -> [String] {
        var problems: [String] = []
        if data.clients[placement.clientId] == nil {
            problems.append(line(.placement, placement.id, "klant", coreText("validation.unknown_client", placement.clientId)))
        }
        if data.employers[placement.employerId] == nil {
            problems.append(line(.placement, placement.id, "werkgever", coreText("validation.unknown_employer", placement.employerId)))
        }
        if let vacancyId = placement.vacancyId, !vacancyId.isEmpty {
            if let vacancy = data.vacancies[vacancyId] {
                if vacancy.employerId != placement.employerId {
                    problems.append(line(.placement, placement.id, "vacature", coreText("validation.vacancy_of_other_employer", vacancyId, vacancy.employerId)))
                }
            } else {
                problems.append(line(.placement, placement.id, "vacature", coreText("validation.unknown_vacancy", vacancyId)))
            }
        }
        let stages = [placement.proposed, placement.trialStart, placement.temporaryStart, placement.permanentStart].compactMap { $0 }
        if let first = stages.first, let end = placement.end, end < first {
            problems.append(line(.placement, placement.id, "einde", coreText("validation.end_before_start", end.dutch, first.dutch)))
        }
        return problems
    }

    static func meldingProblems(_ melding: Melding, in data: Dataset) -> [String] {
        MeldingRules.problems(of: melding, clientExists: { data.clients[$0] != nil })
            .map { line(.melding, melding.id, $0.field, $0.problem.message) }
    }

    /// The kinds of record a problem line names ("klant C1: bsn: …").
    enum Subject: String, CaseIterable {
        case client, vacancy, placement, melding
    }

    static func line(_ subject: Subject, _ id: String, _ field: String, _ message: String) -> String {
        coreText("check.subject.\(subject.rawValue)", id) + ": " + field + ": " + message
    }
}
