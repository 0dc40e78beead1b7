import Foundation

/// "Wie past op deze vacature?": ranks clients for a vacancy, and open vacancies for a client,
/// on rung, requirements, driving licence, language level, hours, wishes and wijk, with
/// penalties for a running placement, a full exemption and barriers that conflict.
/// Ordering is deterministic: score, then name (or title), then id.
public struct VacancyMatcher: Sendable {
    private let dataset: Dataset
    private let today: Day
    /// Placements that have not ended, per client.
    private let runningPlacements: [String: [Placement]]

    public init(dataset: Dataset, today: Day) {
        self.dataset = dataset
        self.today = today
        runningPlacements = Dictionary(grouping: dataset.placements.values.filter { $0.end == nil }, by: \.clientId)
            .mapValues { $0.sorted { $0.id < $1.id } }
    }

    /// The clients in `scope` by fit, best first (at most `limit`).
    public func candidates(for vacancy: Vacancy, scope: CaseloadScope, limit: Int? = nil) -> [VacancyFit] {
        let profile = VacancyProfile(vacancy)
        var ranked = dataset.clients.values
            .filter { if case .coach(let coach) = scope { return $0.coach == coach } else { return true } }
            .map { (fit: fit(of: $0, profile: profile), nameKey: FoldedName(bytes: CaseloadRow.sortBytes($0))) }
        ranked.sort { a, b in
            if a.fit.score != b.fit.score { return a.fit.score > b.fit.score }
            if a.nameKey != b.nameKey { return a.nameKey < b.nameKey }
            return a.fit.clientId < b.fit.clientId
        }
        return ranked.prefix(limit ?? ranked.count).map(\.fit)
    }

    /// Open vacancies (not closed before today) by fit for `client`, best first.
    public func vacancies(for client: Client, limit: Int? = nil) -> [VacancyFit] {
        var ranked = dataset.vacancies.values
            .filter { $0.status == .open && ($0.closes.map { $0 >= today } ?? true) }
            .map { (fit: fit(of: client, profile: VacancyProfile($0)), title: FoldedName(bytes: SearchFolding.fold($0.title))) }
        ranked.sort { a, b in
            if a.fit.score != b.fit.score { return a.fit.score > b.fit.score }
            if a.title != b.title { return a.title < b.title }
            return a.fit.vacancyId < b.fit.vacancyId
        }
        return ranked.prefix(limit ?? ranked.count).map(\.fit)
    }

    public func fit(of client: Client, for vacancy: Vacancy) -> VacancyFit {
        fit(of: client, profile: VacancyProfile(vacancy))
    }

    private func fit(of client: Client, profile: VacancyProfile) -> VacancyFit {
        var score = MatchScore()
        let vacancy = profile.vacancy
        scoreRung(client, vacancy, into: &score)
        scoreRequirements(client, profile, into: &score)
        if vacancy.drivingLicence {
            score.criterion(weight: MatchWeight.drivingLicence, earned: client.drivingLicence ? MatchWeight.drivingLicence : 0,
                            for: client.drivingLicence ? coreText("match.licence") : nil,
                            against: client.drivingLicence ? nil : coreText("match.licence.missing"))
        }
        scoreLanguage(client, vacancy, into: &score)
        scoreHours(client, vacancy, into: &score)
        let wished = profile.isWished(by: client)
        score.criterion(weight: MatchWeight.wishes, earned: wished ? MatchWeight.wishes : 0,
                        for: wished ? coreText("match.wishes", client.wishes) : nil, against: nil)
        if !vacancy.district.isEmpty {
            let same = SearchFolding.fold(client.district) == SearchFolding.fold(vacancy.district)
            score.criterion(weight: MatchWeight.district, earned: same ? MatchWeight.district : 0,
                            for: same ? coreText("match.district", vacancy.district) : nil,
                            against: same ? nil : coreText("match.district.other", client.district.isEmpty ? "?" : client.district))
        }
        penalisePlacements(client, vacancy, into: &score)
        penaliseBarriers(client, vacancy, into: &score)
        if client.workObligation == .fullExemption {
            score.penalty(MatchWeight.fullExemption, coreText("match.exempt"))
        }
        return VacancyFit(clientId: client.id, clientName: client.listName, vacancyId: vacancy.id, vacancyTitle: vacancy.title,
                          employerName: dataset.employers[vacancy.employerId]?.name ?? vacancy.employerId,
                          score: score.percentage, reasonsFor: score.reasonsFor, reasonsAgainst: score.reasonsAgainst)
    }

    private func scoreRung(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        guard let minimum = vacancy.minimumRung else { return }
        let weight = MatchWeight.rung
        guard let rung = client.ladderPosition.current, rung != .research else {
            score.criterion(weight: weight, earned: 0, for: nil, against: coreText("match.rung.unknown", minimum.rawValue))
            return
        }
        if rung >= minimum {
            score.criterion(weight: weight, earned: weight, for: coreText("match.rung", rung.rawValue, minimum.rawValue), against: nil)
        } else if rung.rawValue == minimum.rawValue - 1 {
            score.criterion(weight: weight, earned: MatchWeight.rungClose, for: nil,
                            against: coreText("match.rung.close", rung.rawValue, minimum.rawValue))
        } else {
            score.criterion(weight: weight, earned: 0, for: nil, against: coreText("match.rung.low", rung.rawValue, minimum.rawValue))
        }
    }

    private func scoreRequirements(_ client: Client, _ profile: VacancyProfile, into score: inout MatchScore) {
        guard !profile.requirements.isEmpty else { return }
        let owned = (client.skills + client.certificates).map(SearchFolding.fold)
        var present: [String] = []
        var missing: [String] = []
        for requirement in profile.requirements {
            let satisfied = owned.contains { VacancyProfile.covers($0, requirement.folded) }
            if satisfied { present.append(requirement.text) } else { missing.append(requirement.text) }
        }
        score.criterion(weight: MatchWeight.requirements, earned: MatchWeight.requirements * present.count / profile.requirements.count,
                        for: present.isEmpty ? nil : coreText("match.has", present.joined(separator: ", ")),
                        against: missing.isEmpty ? nil : coreText("match.missing", missing.joined(separator: ", ")))
    }

    private func scoreLanguage(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        guard let minimum = vacancy.minimumLanguageLevel else { return }
        let weight = MatchWeight.language
        guard let level = client.languageLevel else {
            score.criterion(weight: weight, earned: 0, for: nil, against: coreText("match.language.unknown", minimum.label))
            return
        }
        if level.rank >= minimum.rank {
            score.criterion(weight: weight, earned: weight, for: coreText("match.language", level.label, minimum.label), against: nil)
        } else {
            score.criterion(weight: weight, earned: 0, for: nil, against: coreText("match.language.low", level.label, minimum.label))
        }
    }

    private func scoreHours(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        let weight = MatchWeight.hours
        guard let hours = client.hoursAvailable else {
            score.criterion(weight: weight, earned: weight / 2, for: nil, against: coreText("match.hours.unknown"))
            return
        }
        if hours >= vacancy.hoursPerWeek {
            score.criterion(weight: weight, earned: weight, for: coreText("match.hours", hours, vacancy.hoursPerWeek), against: nil)
        } else {
            score.criterion(weight: weight, earned: weight * max(0, hours) / max(1, vacancy.hoursPerWeek), for: nil,
                            against: coreText("match.hours.low", hours, vacancy.hoursPerWeek))
        }
    }

    private func penalisePlacements(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        for placement in runningPlacements[client.id] ?? [] {
            let employer = dataset.employers[placement.employerId]?.name ?? placement.employerId
            if placement.stage > .proposed {
                score.penalty(MatchWeight.placed, coreText("match.placed", placement.stage.label, employer))
            } else if placement.vacancyId == vacancy.id {
                score.note(coreText("match.proposed.here"))
            } else {
                score.penalty(MatchWeight.proposedElsewhere, coreText("match.proposed", employer))
            }
        }
    }

    private func penaliseBarriers(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        let farAway = !vacancy.district.isEmpty && SearchFolding.fold(client.district) != SearchFolding.fold(vacancy.district)
        if client.barriers.contains(.transport), vacancy.drivingLicence || (!client.drivingLicence && farAway) {
            score.penalty(MatchWeight.transportBarrier, coreText("match.barrier.transport"))
        }
        if client.barriers.contains(.language), vacancy.minimumLanguageLevel != nil {
            score.penalty(MatchWeight.languageBarrier, coreText("match.barrier.language"))
        }
        if client.barriers.contains(where: { $0 == .careTasks || $0 == .childcare }), vacancy.hoursPerWeek >= MatchWeight.fullTimeHours {
            score.penalty(MatchWeight.careBarrier, coreText("match.barrier.care", vacancy.hoursPerWeek))
        }
    }
}

/// Accumulates points and reasons in the order the criteria are checked.
struct MatchScore {
    private var earned = 0
    private var possible = 0
    private var penalties = 0
    private(set) var reasonsFor: [String] = []
    private(set) var reasonsAgainst: [String] = []

    mutating func criterion(weight: Int, earned points: Int, for reasonFor: String?, against reasonAgainst: String?) {
        possible += weight
        earned += points
        if let reasonFor { reasonsFor.append(reasonFor) }
        if let reasonAgainst { reasonsAgainst.append(reasonAgainst) }
    }

    mutating func penalty(_ points: Int, _ reason: String) {
        penalties += points
        reasonsAgainst.append(reason)
    }

    /// A fact worth showing that does not change the score.
    mutating func note(_ reason: String) {
        reasonsFor.append(reason)
    }

    var percentage: Int {
        let base = possible == 0 ? 0 : (100 * earned + possible / 2) / possible
        return min(100, max(0, base - penalties))
    }
}

/// A vacancy's text folded once for matching many clients.
struct VacancyProfile {
    struct Requirement {
        var text: String
        var folded: [UInt8]
    }

    let vacancy: Vacancy
    let requirements: [Requirement]
    /// Words of the title of four letters or more ("magazijnmedewerker", "schoonmaak").
    private let titleWords: [[UInt8]]

    init(_ vacancy: Vacancy) {
        self.vacancy = vacancy
        requirements = vacancy.requirements
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { Requirement(text: $0, folded: SearchFolding.fold($0)) }
        titleWords = SearchText(vacancy.title).words.map(\.bytes).filter { $0.count >= 4 }
    }

    /// The client's wishes mention a word of the title (or a word of the wishes starts the title word:
    /// "magazijn" in the wishes fits "magazijnmedewerker").
    func isWished(by client: Client) -> Bool {
        let wishes = SearchText(client.wishes).words.map(\.bytes).filter { $0.count >= 4 }
        return titleWords.contains { title in
            wishes.contains { wish in title.starts(with: wish) || wish.starts(with: title) }
        }
    }

    /// A skill covers a requirement when one contains the other ("heftruckcertificaat" covers "heftruck").
    static func covers(_ skill: [UInt8], _ requirement: [UInt8]) -> Bool {
        guard !skill.isEmpty, !requirement.isEmpty else { return false }
        return contains(skill, requirement) || (skill.count >= 3 && contains(requirement, skill))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
