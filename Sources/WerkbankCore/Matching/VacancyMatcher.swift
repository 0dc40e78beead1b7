import Foundation

/// "Wie past op deze vacature?": ranks clients (of all caseloads, or one) for a vacancy, and open
/// vacancies for a client, on rung, certificates (a hard requirement), skills, tasks (job
/// carving), driving licence, language, hours, wishes, wijk and distance, with penalties for a
/// running placement or proposal, a full exemption, conflicting barriers and stale data (out of
/// view, profile not confirmed: "onzeker").
///
/// The facts of every client are prepared once (folded skills, place, freshness dates) so that
/// ranking is a numeric pass over all clients without text; only the returned fits are explained.
/// Ordering is deterministic: certificates held, score, then name (or title), then id.
public struct VacancyMatcher: Sendable {
    private let dataset: Dataset
    private let today: Day
    /// Every client, by Dutch name then id.
    private let clients: [Client]
    private let facts: [CandidateFacts]
    private let indexById: [String: Int]

    /// Prepares the clients in `prepared` (all by default; a coach's screen passes the caseload,
    /// so it does not fold 100,000 clients to rank 150).
    public init(dataset: Dataset, today: Day, prepared scope: CaseloadScope = .all) {
        self.dataset = dataset
        self.today = today
        let running = Dictionary(grouping: dataset.placements.values.filter { $0.end == nil }, by: \.clientId)
            .mapValues { $0.sorted { $0.id < $1.id } }
        let proposals = Dictionary(grouping: dataset.proposals.values.filter(\.isPending), by: \.clientId)
            .mapValues { $0.sorted { $0.id < $1.id } }
        let unsorted: [Client]
        if case .coach(let coach) = scope { unsorted = dataset.clients.values.filter { $0.coach == coach } } else { unsorted = Array(dataset.clients.values) }
        let chunks = Parallel.chunkCount(for: unsorted.count)
        let prepared = Parallel.map(chunks) { chunk in
            Parallel.range(chunk, of: chunks, total: unsorted.count).map { index in
                CandidateFacts(unsorted[index], running: running[unsorted[index].id] ?? [],
                               proposals: proposals[unsorted[index].id] ?? [], today: today,
                               outOfViewDays: dataset.settings.outOfViewWeeks * 7)
            }
        }.flatMap { (try? $0.get()) ?? [] }
        let order = prepared.indices.sorted { a, b in
            prepared[a].nameKey != prepared[b].nameKey ? prepared[a].nameKey < prepared[b].nameKey
                : unsorted[a].id < unsorted[b].id
        }
        let sortedClients = order.map { unsorted[$0] }
        clients = sortedClients
        facts = order.map { prepared[$0] }
        indexById = Dictionary(uniqueKeysWithValues: sortedClients.indices.map { (sortedClients[$0].id, $0) })
    }

    /// The clients in `scope` by fit, best first (at most `limit`). Clients with a full exemption
    /// of the work obligation are left out unless `includeExempt`.
    public func candidates(for vacancy: Vacancy, scope: CaseloadScope, limit: Int? = nil, includeExempt: Bool = false) -> [VacancyFit] {
        let profile = VacancyProfile(vacancy)
        let total = clients.count
        let chunks = Parallel.chunkCount(for: total, minimumChunk: 4096)
        let keyed = Parallel.map(chunks) { chunk -> [UInt64] in
            var keys: [UInt64] = []
            for index in Parallel.range(chunk, of: chunks, total: total) {
                let client = clients[index]
                if case .coach(let coach) = scope, client.coach != coach { continue }
                if !includeExempt, client.workObligation == .fullExemption { continue }
                let score = evaluate(client, facts[index], profile, explain: false)
                // Certificates held first, then the score, then the name order of `clients`.
                keys.append(UInt64(score.meetsHardRequirements ? 0 : 1) << 40 | UInt64(100 - score.percentage) << 32 | UInt64(index))
            }
            return keys
        }
        var keys = keyed.flatMap { (try? $0.get()) ?? [] }
        keys.sort()
        return keys.prefix(limit ?? keys.count).map { key in
            let index = Int(key & 0xFFFF_FFFF)
            return explained(clients[index], facts[index], profile)
        }
    }

    /// Open vacancies (status open or voorgesteld, not closed before today) by fit for `client`, best first.
    public func vacancies(for client: Client, limit: Int? = nil) -> [VacancyFit] {
        let facts = self.facts(of: client)
        var ranked = dataset.vacancies.values
            .filter { $0.isOpen(on: today) }
            .map { vacancy -> (fit: VacancyFit, title: FoldedName) in
                (explained(client, facts, VacancyProfile(vacancy), instruments: false), FoldedName(bytes: SearchFolding.fold(vacancy.title)))
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
        explained(client, facts(of: client), VacancyProfile(vacancy))
    }

    /// The prepared facts of a client of the dataset, else made now.
    private func facts(of client: Client) -> CandidateFacts {
        if let index = indexById[client.id], clients[index] == client { return facts[index] }
        return CandidateFacts(client, running: dataset.placements.values.filter { $0.clientId == client.id && $0.end == nil }.sorted { $0.id < $1.id },
                              proposals: dataset.proposals.values.filter { $0.clientId == client.id && $0.isPending }.sorted { $0.id < $1.id },
                              today: today, outOfViewDays: dataset.settings.outOfViewWeeks * 7)
    }

    private func explained(_ client: Client, _ facts: CandidateFacts, _ profile: VacancyProfile,
                           instruments withInstruments: Bool = true) -> VacancyFit {
        let score = evaluate(client, facts, profile, explain: true)
        let vacancy = profile.vacancy
        return VacancyFit(clientId: client.id, clientName: client.listName, clientCoach: client.coach, vacancyId: vacancy.id,
                          vacancyTitle: vacancy.title, employerName: dataset.employers[vacancy.employerId]?.name ?? vacancy.employerId,
                          score: score.percentage, meetsHardRequirements: score.meetsHardRequirements, uncertain: score.uncertain,
                          factors: score.factors, instruments: withInstruments ? instruments(client) : [])
    }

    private func instruments(_ client: Client) -> [MatchInstrument] {
        MatchInstruments.applicable(for: client, catalogue: dataset.instruments, on: today)
    }

    private func evaluate(_ client: Client, _ facts: CandidateFacts, _ profile: VacancyProfile, explain: Bool) -> MatchScore {
        let vacancy = profile.vacancy
        var score = MatchScore(explain: explain)
        scoreRung(client, facts, vacancy, into: &score)
        scoreCertificates(client, facts, profile, into: &score)
        scoreSkills(client, facts, profile, into: &score)
        scoreTasks(client, facts, profile, into: &score)
        if vacancy.drivingLicence {
            let has = client.drivingLicence
            score.criterion("rijbewijs", weight: MatchWeight.drivingLicence, earned: has ? MatchWeight.drivingLicence : 0,
                            confirmed: client.profileConfirmed,
                            for: has ? coreText("match.licence") : nil, against: has ? nil : coreText("match.licence.missing"))
        }
        scoreLanguage(client, vacancy, into: &score)
        scoreHours(client, vacancy, into: &score)
        let wished = profile.isWished(by: facts.wishWords)
        score.criterion("wensen", weight: MatchWeight.wishes, earned: wished ? MatchWeight.wishes : 0, confirmed: client.lastContact,
                        for: wished ? coreText("match.wishes", client.wishes) : nil, against: nil)
        let kilometres = profile.place.flatMap { place in facts.place.map { PlaceDistance.kilometres($0, place) } }
        if !vacancy.district.isEmpty {
            let same = facts.foldedDistrict == profile.foldedDistrict
            score.criterion("wijk", weight: MatchWeight.district, earned: same ? MatchWeight.district : 0, confirmed: client.profileConfirmed,
                            for: same ? coreText("match.district", vacancy.district) : nil,
                            against: same ? nil : coreText("match.district.other", client.district.isEmpty ? "?" : client.district))
        }
        if profile.place != nil {
            scoreDistance(client, kilometres, vacancy, into: &score)
        }
        penalisePlacements(client, facts, vacancy, into: &score)
        penaliseBarriers(client, vacancy, kilometres: kilometres, into: &score)
        if client.workObligation == .fullExemption {
            score.penalty("ontheffing", MatchWeight.fullExemption, confirmed: nil, coreText("match.exempt"))
        }
        penaliseStaleData(client, facts, into: &score)
        return score
    }

    private func scoreRung(_ client: Client, _ facts: CandidateFacts, _ vacancy: Vacancy, into score: inout MatchScore) {
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
    private func scoreCertificates(_ client: Client, _ facts: CandidateFacts, _ profile: VacancyProfile, into score: inout MatchScore) {
        guard !profile.certificates.isEmpty else { return }
        let held = profile.certificates.filter { VacancyProfile.has(facts.certificates, $0.folded) }
        let count = profile.certificates.count
        if held.count < count { score.meetsHardRequirements = false }
        score.criterion("certificaten", weight: MatchWeight.certificates, earned: MatchWeight.certificates * held.count / count,
                        confirmed: client.profileConfirmed,
                        for: held.isEmpty ? nil : coreText("match.certificates", held.map(\.text).joined(separator: ", ")),
                        against: held.count == count ? nil : coreText("match.certificates.missing",
                            profile.certificates.filter { !VacancyProfile.has(facts.certificates, $0.folded) }.map(\.text).joined(separator: ", ")))
    }

    private func scoreSkills(_ client: Client, _ facts: CandidateFacts, _ profile: VacancyProfile, into score: inout MatchScore) {
        func split(_ requirements: [VacancyProfile.Requirement]) -> (present: [String], missing: [String]) {
            var present: [String] = [], missing: [String] = []
            for requirement in requirements {
                if VacancyProfile.has(facts.owned, requirement.folded) { present.append(requirement.text) } else { missing.append(requirement.text) }
            }
            return (present, missing)
        }
        if !profile.requirements.isEmpty {
            let (present, missing) = split(profile.requirements)
            score.criterion("vaardigheden", weight: MatchWeight.requirements,
                            earned: MatchWeight.requirements * present.count / profile.requirements.count, confirmed: client.profileConfirmed,
                            for: present.isEmpty ? nil : coreText("match.has", present.joined(separator: ", ")),
                            against: missing.isEmpty ? nil : coreText("match.missing", missing.joined(separator: ", ")))
        }
        if !profile.desired.isEmpty {
            let (present, _) = split(profile.desired)
            score.criterion("wensvaardigheden", weight: MatchWeight.desiredSkills,
                            earned: MatchWeight.desiredSkills * present.count / profile.desired.count, confirmed: client.profileConfirmed,
                            for: present.isEmpty ? nil : coreText("match.desired", present.joined(separator: ", ")), against: nil)
        }
    }

    /// Job carving: a candidate fits a task when they have every skill it needs, and earns the
    /// share of the tasks they fit.
    private func scoreTasks(_ client: Client, _ facts: CandidateFacts, _ profile: VacancyProfile, into score: inout MatchScore) {
        guard !profile.tasks.isEmpty else { return }
        let fits = profile.tasks.map { task in task.skills.allSatisfy { VacancyProfile.has(facts.owned, $0) } }
        let fitted = fits.filter { $0 }.count
        let total = profile.tasks.count
        score.criterion("taken", weight: MatchWeight.tasks, earned: MatchWeight.tasks * fitted / total, confirmed: client.profileConfirmed,
                        for: fitted == 0 ? nil : coreText("match.tasks", fitted, total,
                            profile.tasks.indices.filter { fits[$0] }.map { profile.tasks[$0].name }.joined(separator: ", ")),
                        against: fitted == total ? nil : coreText("match.tasks.missing",
                            profile.tasks.indices.filter { !fits[$0] }.map { profile.tasks[$0].name }.joined(separator: ", ")))
    }

    private func scoreLanguage(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        guard let minimum = vacancy.minimumLanguageLevel else { return }
        let weight = MatchWeight.language
        guard let level = client.languageLevel else {
            score.criterion("taal", weight: weight, earned: 0, confirmed: client.profileConfirmed, for: nil,
                            against: coreText("match.language.unknown", minimum.label))
            return
        }
        let enough = level.rank >= minimum.rank
        score.criterion("taal", weight: weight, earned: enough ? weight : 0, confirmed: client.profileConfirmed,
                        for: enough ? coreText("match.language", level.label, minimum.label) : nil,
                        against: enough ? nil : coreText("match.language.low", level.label, minimum.label))
    }

    private func scoreHours(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        let weight = MatchWeight.hours
        guard let hours = client.hoursAvailable else {
            score.criterion("uren", weight: weight, earned: weight / 2, confirmed: client.lastContact, for: nil,
                            against: coreText("match.hours.unknown"))
            return
        }
        if hours >= vacancy.hoursPerWeek {
            score.criterion("uren", weight: weight, earned: weight, confirmed: client.lastContact,
                            for: coreText("match.hours", hours, vacancy.hoursPerWeek), against: nil)
        } else {
            score.criterion("uren", weight: weight, earned: weight * max(0, hours) / max(1, vacancy.hoursPerWeek),
                            confirmed: client.lastContact, for: nil, against: coreText("match.hours.low", hours, vacancy.hoursPerWeek))
        }
    }

    private func scoreDistance(_ client: Client, _ kilometres: Int?, _ vacancy: Vacancy, into score: inout MatchScore) {
        let weight = MatchWeight.distance
        guard let kilometres else {
            score.criterion("afstand", weight: weight, earned: weight / 2, confirmed: client.profileConfirmed, for: nil,
                            against: coreText("match.distance.unknown", client.postcode.isEmpty ? "?" : client.postcode))
            return
        }
        let points = PlaceDistance.points(kilometres: kilometres)
        score.criterion("afstand", weight: weight, earned: points, confirmed: client.profileConfirmed,
                        for: points * 2 >= weight ? coreText("match.distance", kilometres, vacancy.place) : nil,
                        against: points * 2 < weight ? coreText("match.distance.far", kilometres, vacancy.place) : nil)
    }

    private func penalisePlacements(_ client: Client, _ facts: CandidateFacts, _ vacancy: Vacancy, into score: inout MatchScore) {
        for placement in facts.running {
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
        for proposal in facts.proposals {
            if proposal.vacancyId == vacancy.id {
                score.note("voorstel", confirmed: proposal.date, coreText("match.proposed.here"))
            } else {
                score.penalty("voorstel", MatchWeight.proposedElsewhere, confirmed: proposal.date,
                              coreText("match.proposed", dataset.employers[proposal.employerId]?.name ?? proposal.employerId))
            }
        }
    }

    private func penaliseBarriers(_ client: Client, _ vacancy: Vacancy, kilometres: Int?, into score: inout MatchScore) {
        guard !client.barriers.isEmpty else { return }
        let farAway = kilometres.map { $0 > MatchWeight.farKilometres }
            ?? (!vacancy.district.isEmpty && SearchFolding.fold(client.district) != SearchFolding.fold(vacancy.district))
        let confirmed = client.profileConfirmed
        if client.barriers.contains(.transport), vacancy.drivingLicence || (!client.drivingLicence && farAway) {
            score.penalty("belemmering", MatchWeight.transportBarrier, confirmed: confirmed, coreText("match.barrier.transport"))
        }
        if client.barriers.contains(.language), vacancy.minimumLanguageLevel != nil {
            score.penalty("belemmering", MatchWeight.languageBarrier, confirmed: confirmed, coreText("match.barrier.language"))
        }
        if client.barriers.contains(where: { $0 == .careTasks || $0 == .childcare }), vacancy.hoursPerWeek >= MatchWeight.fullTimeHours {
            score.penalty("belemmering", MatchWeight.careBarrier, confirmed: confirmed, coreText("match.barrier.care", vacancy.hoursPerWeek))
        }
        if client.barriers.contains(.physical), vacancy.physicalLoad == .heavy {
            score.penalty("belemmering", MatchWeight.physicalBarrier, confirmed: confirmed, coreText("match.barrier.physical"))
        }
    }

    /// Out of view (no contact for more than the team's "uit beeld" weeks, `instellingen.json`) or a profile not confirmed within
    /// `ProfileConfirmation.months`: ranks lower and is marked "onzeker — eerst bellen".
    private func penaliseStaleData(_ client: Client, _ facts: CandidateFacts, into score: inout MatchScore) {
        if facts.outOfView {
            score.uncertain = true
            score.penalty("actualiteit", MatchWeight.outOfView, confirmed: client.lastContact,
                          client.lastContact.map { coreText("match.out_of_view", $0.days(until: today)) } ?? coreText("match.out_of_view.never"))
        }
        if !facts.profileConfirmed {
            score.uncertain = true
            score.penalty("actualiteit", MatchWeight.profileUnconfirmed, confirmed: client.profileConfirmed,
                          client.profileConfirmed.map { coreText("match.profile_stale", $0.dutch) } ?? coreText("match.profile_never"))
        }
    }
}

/// What ranking needs of one client, prepared once.
struct CandidateFacts: Sendable {
    let nameKey: FoldedName
    /// Skills and certificates, folded.
    let owned: [[UInt8]]
    let certificates: [[UInt8]]
    /// Words of the wishes of four letters or more.
    let wishWords: [[UInt8]]
    let foldedDistrict: [UInt8]
    /// The client's place in `PlaceDistance`, from the postcode.
    let place: Int?
    let rung: Rung?
    /// The date of the observation the rung comes from.
    let rungDate: Day?
    let outOfView: Bool
    let profileConfirmed: Bool
    /// Placements that have not ended; pending proposals.
    let running: [Placement]
    let proposals: [Proposal]

    init(_ client: Client, running: [Placement], proposals: [Proposal], today: Day, outOfViewDays: Int) {
        nameKey = FoldedName(bytes: CaseloadRow.sortBytes(client))
        certificates = client.certificates.map(SearchFolding.fold)
        owned = client.skills.map(SearchFolding.fold) + certificates
        wishWords = SearchText(client.wishes).words.map(\.bytes).filter { $0.count >= 4 }
        foldedDistrict = SearchFolding.fold(client.district)
        place = PlaceDistance.place(postcode: client.postcode)
        let position = client.ladderPosition
        rung = position.current
        rungDate = (position.actual ?? position.start)?.date
        outOfView = client.hasNoContact(forMoreThan: outOfViewDays, on: today)
        profileConfirmed = client.hasConfirmedProfile(on: today)
        self.running = running
        self.proposals = proposals
    }
}
