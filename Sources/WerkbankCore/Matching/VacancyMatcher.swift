import Foundation

/// "Wie past op deze vacature?": ranks clients (of all caseloads, or one) for a vacancy, and open
/// vacancies for a client, on rung, certificates (a hard requirement), skills, tasks (job
/// carving), driving licence, language, hours, wishes, wijk and distance, with penalties for a
/// running placement or proposal, a full exemption, conflicting barriers and stale data (out of
/// view, profile not confirmed: "onzeker").
///
/// The clients are prepared once (`CandidatePool`: plain facts, skills and wishes as ids) and a
/// vacancy once per ranking (`VacancyProfile`), so that ranking is a numeric pass over all
/// clients on both cores without text; only the returned fits are explained.
/// Ordering is deterministic: certificates held, score, then name (or title), then id.
public struct VacancyMatcher: Sendable {
    private let dataset: Dataset
    private let today: Day
    private let pool: CandidatePool

    /// Prepares the candidates in `prepared` (all caseloads by default; a coach's screen passes
    /// the caseload, so it does not prepare 100,000 clients to rank 150). Only clients in the
    /// caseload today are candidates: one whose benefit ended (left for work, a partner's income,
    /// study) is not available, however well they once fitted.
    public init(dataset: Dataset, today: Day, prepared scope: CaseloadScope = .all) {
        self.dataset = dataset
        self.today = today
        let clients = dataset.clients.values.filter { client in
            if case .coach(let coach) = scope, client.coach != coach { return false }
            return VacancyMatcher.isCandidate(client, on: today)
        }
        pool = CandidatePool(clients, dataset: dataset, today: today)
    }

    /// In the caseload on `date` (on a running benefit, or a jobseeker without benefit).
    public static func isCandidate(_ client: Client, on date: Day) -> Bool { client.isActive(on: date) }

    /// The clients in `scope` by fit, best first (at most `limit`). Clients with a full exemption
    /// of the work obligation are left out unless `includeExempt`. Every client is scored without
    /// text on both cores; only the returned fits are explained.
    public func candidates(for vacancy: Vacancy, scope: CaseloadScope, limit: Int? = nil, includeExempt: Bool = false) -> [VacancyFit] {
        let coach: Int32?
        if case .coach(let name) = scope {
            guard let id = pool.coaches[name] else { return [] }
            coach = id
        } else {
            coach = nil
        }
        let profile = VacancyProfile(vacancy, pool: pool)
        let pool = self.pool
        let total = pool.facts.count
        let chunks = Parallel.chunkCount(for: total, minimumChunk: 4096)
        let keyed = Parallel.map(chunks) { chunk -> [UInt64] in
            var holdings = Holdings(profile)
            var keys: [UInt64] = []
            for index in Parallel.range(chunk, of: chunks, total: total) {
                let facts = pool.facts[index]
                if let coach, facts.coach != coach { continue }
                if !includeExempt, facts.fullExemption { continue }
                holdings.collect(facts, in: pool, for: profile)
                let score = evaluate(index, in: pool, holdings, profile, explain: false)
                // Certificates held first, then the score, then the name order of the pool.
                keys.append(UInt64(score.meetsHardRequirements ? 0 : 1) << 40 | UInt64(100 - score.percentage) << 32 | UInt64(index))
            }
            keys.sort()
            return limit.map { Array(keys.prefix($0)) } ?? keys
        }
        var keys = keyed.flatMap { (try? $0.get()) ?? [] }
        keys.sort()
        return keys.prefix(limit ?? keys.count).map { key in explained(Int(key & 0xFFFF_FFFF), in: pool, profile) }
    }

    /// Open vacancies (status open or voorgesteld, not closed before today) by fit for `client`, best first.
    public func vacancies(for client: Client, limit: Int? = nil) -> [VacancyFit] {
        let pool = CandidatePool([client], dataset: dataset, today: today)
        var ranked = dataset.vacancies.values
            .filter { $0.isOpen(on: today) }
            .map { vacancy -> (fit: VacancyFit, title: FoldedName) in
                (explained(0, in: pool, VacancyProfile(vacancy, pool: pool), instruments: false), FoldedName(bytes: SearchFolding.fold(vacancy.title)))
            }
        ranked.sort { a, b in
            if a.fit.meetsHardRequirements != b.fit.meetsHardRequirements { return a.fit.meetsHardRequirements }
            if a.fit.score != b.fit.score { return a.fit.score > b.fit.score }
            if a.title != b.title { return a.title < b.title }
            return a.fit.vacancyId < b.fit.vacancyId
        }
        let profiles = ranked.prefix(limit ?? ranked.count)
        return profiles.map { entry in
            var fit = entry.fit
            fit.instruments = instruments(client)
            return fit
        }
    }

    /// The fit of one client for one vacancy, explained.
    public func fit(of client: Client, for vacancy: Vacancy) -> VacancyFit {
        let pool = CandidatePool([client], dataset: dataset, today: today)
        return explained(0, in: pool, VacancyProfile(vacancy, pool: pool))
    }

    private func explained(_ index: Int, in pool: CandidatePool, _ profile: VacancyProfile,
                           instruments withInstruments: Bool = true) -> VacancyFit {
        var holdings = Holdings(profile)
        holdings.collect(pool.facts[index], in: pool, for: profile)
        let score = evaluate(index, in: pool, holdings, profile, explain: true)
        let client = pool.clients[index]
        let vacancy = profile.vacancy
        return VacancyFit(clientId: client.id, clientName: client.listName, clientCoach: client.coach, vacancyId: vacancy.id,
                          vacancyTitle: vacancy.title, employerName: dataset.employers[vacancy.employerId]?.name ?? vacancy.employerId,
                          score: score.percentage, meetsHardRequirements: score.meetsHardRequirements, uncertain: score.uncertain,
                          factors: score.factors, instruments: withInstruments ? instruments(client) : [],
                          kilometres: profile.kilometres(from: pool.facts[index].place), lastContact: client.lastContact)
    }

    private func instruments(_ client: Client) -> [MatchInstrument] {
        MatchInstruments.applicable(for: client, catalogue: dataset.instruments, on: today)
    }

    /// Scores client `index` of `pool`. The reasons (made only with `explain`) read the client's
    /// texts; everything the score needs comes from its facts and holdings.
    private func evaluate(_ index: Int, in pool: CandidatePool, _ holdings: Holdings, _ profile: VacancyProfile, explain: Bool) -> MatchScore {
        let facts = pool.facts[index]
        var client: Client { pool.clients[index] }
        let vacancy = profile.vacancy
        var score = MatchScore(explain: explain)
        scoreRung(facts, vacancy, into: &score)
        scoreCertificates(facts, holdings, profile, into: &score)
        scoreSkills(facts, holdings, profile, into: &score)
        scoreTasks(facts, holdings, profile, into: &score)
        if vacancy.drivingLicence {
            let has = facts.drivingLicence
            score.criterion("rijbewijs", weight: MatchWeight.drivingLicence, earned: has ? MatchWeight.drivingLicence : 0,
                            confirmed: facts.profileConfirmed,
                            for: has ? coreText("match.licence") : nil, against: has ? nil : coreText("match.licence.missing"))
        }
        scoreLanguage(facts, profile, into: &score)
        scoreHours(facts, vacancy, into: &score)
        let wished = holdings.wished
        score.criterion("wensen", weight: MatchWeight.wishes, earned: wished ? MatchWeight.wishes : 0, confirmed: facts.lastContact,
                        for: wished ? coreText("match.wishes", client.wishes) : nil, against: nil)
        let kilometres = profile.kilometres(from: facts.place)
        if !vacancy.district.isEmpty {
            let same = facts.district == profile.district
            score.criterion("wijk", weight: MatchWeight.district, earned: same ? MatchWeight.district : 0, confirmed: facts.profileConfirmed,
                            for: same ? coreText("match.district", vacancy.district) : nil,
                            against: same ? nil : coreText("match.district.other", client.district.isEmpty ? "?" : client.district))
        }
        if profile.place != nil {
            scoreDistance(facts, kilometres, vacancy, postcode: client.postcode, into: &score)
        }
        if facts.pending >= 0 {
            penalisePlacements(pool.pending[Int(facts.pending)], vacancy, into: &score)
        }
        penaliseBarriers(facts, profile, kilometres: kilometres, into: &score)
        if facts.fullExemption {
            score.penalty("ontheffing", MatchWeight.fullExemption, confirmed: nil, coreText("match.exempt"))
        }
        penaliseStaleData(facts, into: &score)
        return score
    }

    private func scoreRung(_ facts: CandidateFacts, _ vacancy: Vacancy, into score: inout MatchScore) {
        guard let minimum = vacancy.minimumRung else { return }
        let weight = MatchWeight.rung
        let confirmed = facts.rungDate
        guard let rung = facts.rung, rung != .research else {
            score.criterion("trede", weight: weight, earned: 0, confirmed: confirmed, for: nil,
                            against: coreText("match.rung.unknown", minimum.rawValue))
            return
        }
        if rung >= minimum {
            score.criterion("trede", weight: weight, earned: weight, confirmed: confirmed,
                            for: coreText("match.rung", rung.rawValue, minimum.rawValue), against: nil)
        } else if rung.rawValue == minimum.rawValue - 1 {
            score.criterion("trede", weight: weight, earned: MatchWeight.rungClose, confirmed: confirmed, for: nil,
                            against: coreText("match.rung.close", rung.rawValue, minimum.rawValue))
        } else {
            score.criterion("trede", weight: weight, earned: 0, confirmed: confirmed, for: nil,
                            against: coreText("match.rung.low", rung.rawValue, minimum.rawValue))
        }
    }

    /// Certificates are a must: a candidate without one of them ranks below everyone who has all.
    private func scoreCertificates(_ facts: CandidateFacts, _ holdings: Holdings, _ profile: VacancyProfile, into score: inout MatchScore) {
        guard !profile.certificates.isEmpty else { return }
        let held = profile.certificates.count { holdings.certifies($0) }
        let count = profile.certificates.count
        if held < count { score.meetsHardRequirements = false }
        score.criterion("certificaten", weight: MatchWeight.certificates, earned: MatchWeight.certificates * held / count,
                        confirmed: facts.profileConfirmed,
                        for: held == 0 ? nil : coreText("match.certificates", Self.texts(profile.certificates) { holdings.certifies($0) }),
                        against: held == count ? nil : coreText("match.certificates.missing",
                            Self.texts(profile.certificates) { !holdings.certifies($0) }))
    }

    private func scoreSkills(_ facts: CandidateFacts, _ holdings: Holdings, _ profile: VacancyProfile, into score: inout MatchScore) {
        if !profile.requirements.isEmpty {
            let present = profile.requirements.count { holdings.owns($0) }
            let total = profile.requirements.count
            score.criterion("vaardigheden", weight: MatchWeight.requirements,
                            earned: MatchWeight.requirements * present / total, confirmed: facts.profileConfirmed,
                            for: present == 0 ? nil : coreText("match.has", Self.texts(profile.requirements) { holdings.owns($0) }),
                            against: present == total ? nil : coreText("match.missing", Self.texts(profile.requirements) { !holdings.owns($0) }))
        }
        if !profile.desired.isEmpty {
            let present = profile.desired.count { holdings.owns($0) }
            score.criterion("wensvaardigheden", weight: MatchWeight.desiredSkills,
                            earned: MatchWeight.desiredSkills * present / profile.desired.count, confirmed: facts.profileConfirmed,
                            for: present == 0 ? nil : coreText("match.desired", Self.texts(profile.desired) { holdings.owns($0) }), against: nil)
        }
    }

    /// The texts of the requirements that `included` selects, joined for a reason.
    private static func texts(_ requirements: [VacancyProfile.Requirement], _ included: (VacancyProfile.Requirement) -> Bool) -> String {
        requirements.filter(included).map(\.text).joined(separator: ", ")
    }

    /// Job carving: a candidate fits a task when they have every skill it needs, and earns the
    /// share of the tasks they fit.
    private func scoreTasks(_ facts: CandidateFacts, _ holdings: Holdings, _ profile: VacancyProfile, into score: inout MatchScore) {
        guard !profile.tasks.isEmpty else { return }
        let fitted = profile.tasks.count { holdings.fits($0) }
        let total = profile.tasks.count
        score.criterion("taken", weight: MatchWeight.tasks, earned: MatchWeight.tasks * fitted / total, confirmed: facts.profileConfirmed,
                        for: fitted == 0 ? nil : coreText("match.tasks", fitted, total,
                            profile.tasks.filter { holdings.fits($0) }.map(\.name).joined(separator: ", ")),
                        against: fitted == total ? nil : coreText("match.tasks.missing",
                            profile.tasks.filter { !holdings.fits($0) }.map(\.name).joined(separator: ", ")))
    }

    private func scoreLanguage(_ facts: CandidateFacts, _ profile: VacancyProfile, into score: inout MatchScore) {
        let vacancy = profile.vacancy
        guard let minimum = vacancy.minimumLanguageLevel else { return }
        let weight = MatchWeight.language
        guard let level = facts.languageLevel else {
            score.criterion("taal", weight: weight, earned: 0, confirmed: facts.profileConfirmed, for: nil,
                            against: coreText("match.language.unknown", minimum.label))
            return
        }
        let enough = facts.languageRank >= profile.minimumLanguageRank
        score.criterion("taal", weight: weight, earned: enough ? weight : 0, confirmed: facts.profileConfirmed,
                        for: enough ? coreText("match.language", level.label, minimum.label) : nil,
                        against: enough ? nil : coreText("match.language.low", level.label, minimum.label))
    }

    private func scoreHours(_ facts: CandidateFacts, _ vacancy: Vacancy, into score: inout MatchScore) {
        let weight = MatchWeight.hours
        guard let hours = facts.hoursAvailable else {
            score.criterion("uren", weight: weight, earned: weight / 2, confirmed: facts.lastContact, for: nil,
                            against: coreText("match.hours.unknown"))
            return
        }
        if hours >= vacancy.hoursPerWeek {
            score.criterion("uren", weight: weight, earned: weight, confirmed: facts.lastContact,
                            for: coreText("match.hours", hours, vacancy.hoursPerWeek), against: nil)
        } else {
            score.criterion("uren", weight: weight, earned: weight * max(0, hours) / max(1, vacancy.hoursPerWeek),
                            confirmed: facts.lastContact, for: nil, against: coreText("match.hours.low", hours, vacancy.hoursPerWeek))
        }
    }

    private func scoreDistance(_ facts: CandidateFacts, _ kilometres: Int?, _ vacancy: Vacancy, postcode: @autoclosure () -> String,
                               into score: inout MatchScore) {
        let weight = MatchWeight.distance
        guard let kilometres else {
            score.criterion("afstand", weight: weight, earned: weight / 2, confirmed: facts.profileConfirmed, for: nil,
                            against: coreText("match.distance.unknown", postcode().isEmpty ? "?" : postcode()))
            return
        }
        let points = PlaceDistance.points(kilometres: kilometres)
        score.criterion("afstand", weight: weight, earned: points, confirmed: facts.profileConfirmed,
                        for: points * 2 >= weight ? coreText("match.distance", kilometres, vacancy.place) : nil,
                        against: points * 2 < weight ? coreText("match.distance.far", kilometres, vacancy.place) : nil)
    }

    private func penalisePlacements(_ pending: CandidatePool.Pending, _ vacancy: Vacancy, into score: inout MatchScore) {
        for placement in pending.running {
            let employer = dataset.employers[placement.employerId]?.name ?? placement.employerId
            let date = placement.permanentStart ?? placement.temporaryStart ?? placement.trialStart ?? placement.proposed
            if placement.stage > .proposed {
                score.penalty("plaatsing", MatchWeight.placed, confirmed: date, coreText("match.placed", placement.stage.label, employer))
            } else if placement.vacancyId == vacancy.id {
                score.note("plaatsing", confirmed: date, coreText("match.proposed.here"))
            } else {
                score.penalty("plaatsing", MatchWeight.proposedElsewhere, confirmed: date, coreText("match.proposed", employer))
            }
        }
        for proposal in pending.proposals {
            if proposal.vacancyId == vacancy.id {
                score.note("voorstel", confirmed: proposal.date, coreText("match.proposed.here"))
            } else {
                score.penalty("voorstel", MatchWeight.proposedElsewhere, confirmed: proposal.date,
                              coreText("match.proposed", dataset.employers[proposal.employerId]?.name ?? proposal.employerId))
            }
        }
    }

    private func penaliseBarriers(_ facts: CandidateFacts, _ profile: VacancyProfile, kilometres: Int?, into score: inout MatchScore) {
        let barriers = facts.barriers
        guard !barriers.isEmpty else { return }
        let vacancy = profile.vacancy
        let farAway = kilometres.map { $0 > MatchWeight.farKilometres } ?? (!vacancy.district.isEmpty && facts.district != profile.district)
        let confirmed = facts.profileConfirmed
        if barriers.contains(.transport), vacancy.drivingLicence || (!facts.drivingLicence && farAway) {
            score.penalty("belemmering", MatchWeight.transportBarrier, confirmed: confirmed, coreText("match.barrier.transport"))
        }
        if barriers.contains(.language), vacancy.minimumLanguageLevel != nil {
            score.penalty("belemmering", MatchWeight.languageBarrier, confirmed: confirmed, coreText("match.barrier.language"))
        }
        if barriers.contains(.care), vacancy.hoursPerWeek >= MatchWeight.fullTimeHours {
            score.penalty("belemmering", MatchWeight.careBarrier, confirmed: confirmed, coreText("match.barrier.care", vacancy.hoursPerWeek))
        }
        if barriers.contains(.physical), vacancy.physicalLoad == .heavy {
            score.penalty("belemmering", MatchWeight.physicalBarrier, confirmed: confirmed, coreText("match.barrier.physical"))
        }
    }

    /// Out of view (no contact for more than the team's "uit beeld" weeks, `instellingen.json`) or a profile not confirmed within
    /// `ProfileConfirmation.months`: ranks lower and is marked "onzeker — eerst bellen".
    private func penaliseStaleData(_ facts: CandidateFacts, into score: inout MatchScore) {
        if facts.outOfView {
            score.uncertain = true
            score.penalty("actualiteit", MatchWeight.outOfView, confirmed: facts.lastContact,
                          facts.lastContact.map { coreText("match.out_of_view", $0.days(until: today)) } ?? coreText("match.out_of_view.never"))
        }
        if !facts.profileIsConfirmed {
            score.uncertain = true
            score.penalty("actualiteit", MatchWeight.profileUnconfirmed, confirmed: facts.profileConfirmed,
                          facts.profileConfirmed.map { coreText("match.profile_stale", $0.dutch) } ?? coreText("match.profile_never"))
        }
    }
}
