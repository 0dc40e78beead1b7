@testable import WerkbankCore

/// The matching rules computed the straightforward way, client by client from the `Client`
/// fields with text searches and a full sort: the oracle `VacancyMatcher`'s fast path (ids,
/// bitsets, scores without reasons, two cores) must agree with exactly.
struct MatchingReference {
    let dataset: Dataset
    let today: Day

    /// Every client in the caseload today (exempted ones too) by fit, best first.
    func ranking(for vacancy: Vacancy) -> [VacancyFit] {
        let fits = dataset.clients.values.filter { $0.isActive(on: today) }.map { (fit: fit(of: $0, for: vacancy), name: CaseloadRow.sortBytes($0), id: $0.id) }
        return fits.sorted { a, b in
            if a.fit.meetsHardRequirements != b.fit.meetsHardRequirements { return a.fit.meetsHardRequirements }
            if a.fit.score != b.fit.score { return a.fit.score > b.fit.score }
            if a.name != b.name { return a.name.lexicographicallyPrecedes(b.name) }
            return a.id < b.id
        }.map(\.fit)
    }

    func fit(of client: Client, for vacancy: Vacancy) -> VacancyFit {
        var score = MatchScore(explain: true)
        let profileDate = client.profileConfirmed
        if let minimum = vacancy.minimumRung {
            let position = client.ladderPosition
            let date = (position.actual ?? position.start)?.date
            if let rung = position.current, rung != .research {
                let earned = rung >= minimum ? MatchWeight.rung : rung.rawValue == minimum.rawValue - 1 ? MatchWeight.rungClose : 0
                score.criterion("trede", weight: MatchWeight.rung, earned: earned, confirmed: date,
                                for: rung >= minimum ? coreText("match.rung", rung.rawValue, minimum.rawValue) : nil,
                                against: rung >= minimum ? nil : rung.rawValue == minimum.rawValue - 1
                                    ? coreText("match.rung.close", rung.rawValue, minimum.rawValue)
                                    : coreText("match.rung.low", rung.rawValue, minimum.rawValue))
            } else {
                score.criterion("trede", weight: MatchWeight.rung, earned: 0, confirmed: date, for: nil,
                                against: coreText("match.rung.unknown", minimum.rawValue))
            }
        }
        let owned = client.skills + client.certificates
        let certificates = requirements(vacancy.certificates)
        if !certificates.isEmpty {
            let held = certificates.filter { has(client.certificates, $0) }
            let missing = certificates.filter { !has(client.certificates, $0) }
            if !missing.isEmpty { score.meetsHardRequirements = false }
            score.criterion("certificaten", weight: MatchWeight.certificates, earned: MatchWeight.certificates * held.count / certificates.count,
                            confirmed: profileDate, for: held.isEmpty ? nil : coreText("match.certificates", held.joined(separator: ", ")),
                            against: missing.isEmpty ? nil : coreText("match.certificates.missing", missing.joined(separator: ", ")))
        }
        let required = requirements(vacancy.requiredSkills)
        if !required.isEmpty {
            let present = required.filter { has(owned, $0) }, missing = required.filter { !has(owned, $0) }
            score.criterion("vaardigheden", weight: MatchWeight.requirements, earned: MatchWeight.requirements * present.count / required.count,
                            confirmed: profileDate, for: present.isEmpty ? nil : coreText("match.has", present.joined(separator: ", ")),
                            against: missing.isEmpty ? nil : coreText("match.missing", missing.joined(separator: ", ")))
        }
        let desired = requirements(vacancy.desiredSkills)
        if !desired.isEmpty {
            let present = desired.filter { has(owned, $0) }
            score.criterion("wensvaardigheden", weight: MatchWeight.desiredSkills, earned: MatchWeight.desiredSkills * present.count / desired.count,
                            confirmed: profileDate, for: present.isEmpty ? nil : coreText("match.desired", present.joined(separator: ", ")), against: nil)
        }
        if !vacancy.tasks.isEmpty {
            let fitting = vacancy.tasks.filter { task in requirements(task.skills).allSatisfy { has(owned, $0) } }.map(\.name)
            let other = vacancy.tasks.filter { task in !requirements(task.skills).allSatisfy { has(owned, $0) } }.map(\.name)
            score.criterion("taken", weight: MatchWeight.tasks, earned: MatchWeight.tasks * fitting.count / vacancy.tasks.count, confirmed: profileDate,
                            for: fitting.isEmpty ? nil : coreText("match.tasks", fitting.count, vacancy.tasks.count, fitting.joined(separator: ", ")),
                            against: other.isEmpty ? nil : coreText("match.tasks.missing", other.joined(separator: ", ")))
        }
        if vacancy.drivingLicence {
            score.criterion("rijbewijs", weight: MatchWeight.drivingLicence, earned: client.drivingLicence ? MatchWeight.drivingLicence : 0,
                            confirmed: profileDate, for: client.drivingLicence ? coreText("match.licence") : nil,
                            against: client.drivingLicence ? nil : coreText("match.licence.missing"))
        }
        if let minimum = vacancy.minimumLanguageLevel {
            if let level = client.languageLevel {
                let enough = level.rank >= minimum.rank
                score.criterion("taal", weight: MatchWeight.language, earned: enough ? MatchWeight.language : 0, confirmed: profileDate,
                                for: enough ? coreText("match.language", level.label, minimum.label) : nil,
                                against: enough ? nil : coreText("match.language.low", level.label, minimum.label))
            } else {
                score.criterion("taal", weight: MatchWeight.language, earned: 0, confirmed: profileDate, for: nil,
                                against: coreText("match.language.unknown", minimum.label))
            }
        }
        if let hours = client.hoursAvailable {
            let enough = hours >= vacancy.hoursPerWeek
            score.criterion("uren", weight: MatchWeight.hours,
                            earned: enough ? MatchWeight.hours : MatchWeight.hours * max(0, hours) / max(1, vacancy.hoursPerWeek),
                            confirmed: client.lastContact, for: enough ? coreText("match.hours", hours, vacancy.hoursPerWeek) : nil,
                            against: enough ? nil : coreText("match.hours.low", hours, vacancy.hoursPerWeek))
        } else {
            score.criterion("uren", weight: MatchWeight.hours, earned: MatchWeight.hours / 2, confirmed: client.lastContact, for: nil,
                            against: coreText("match.hours.unknown"))
        }
        let titleWords = (SearchText(vacancy.title).words + SearchText(vacancy.function).words).map(\.bytes).filter { $0.count >= 4 }
        let wishWords = SearchText(client.wishes).words.map(\.bytes).filter { $0.count >= 4 }
        let wished = titleWords.contains { title in wishWords.contains { title.starts(with: $0) || $0.starts(with: title) } }
        score.criterion("wensen", weight: MatchWeight.wishes, earned: wished ? MatchWeight.wishes : 0, confirmed: client.lastContact,
                        for: wished ? coreText("match.wishes", client.wishes) : nil, against: nil)
        let sameDistrict = SearchFolding.fold(client.district) == SearchFolding.fold(vacancy.district)
        if !vacancy.district.isEmpty {
            score.criterion("wijk", weight: MatchWeight.district, earned: sameDistrict ? MatchWeight.district : 0, confirmed: profileDate,
                            for: sameDistrict ? coreText("match.district", vacancy.district) : nil,
                            against: sameDistrict ? nil : coreText("match.district.other", client.district.isEmpty ? "?" : client.district))
        }
        let kilometres = vacancy.place.isEmpty ? nil : PlaceDistance.kilometres(fromPostcode: client.postcode, to: vacancy.place)
        if !vacancy.place.isEmpty, PlaceDistance.place(named: vacancy.place) != nil {
            if let kilometres {
                let points = PlaceDistance.points(kilometres: kilometres)
                score.criterion("afstand", weight: MatchWeight.distance, earned: points, confirmed: profileDate,
                                for: points * 2 >= MatchWeight.distance ? coreText("match.distance", kilometres, vacancy.place) : nil,
                                against: points * 2 < MatchWeight.distance ? coreText("match.distance.far", kilometres, vacancy.place) : nil)
            } else {
                score.criterion("afstand", weight: MatchWeight.distance, earned: MatchWeight.distance / 2, confirmed: profileDate, for: nil,
                                against: coreText("match.distance.unknown", client.postcode.isEmpty ? "?" : client.postcode))
            }
        }
        penalisePending(client, vacancy, into: &score)
        let farAway = kilometres.map { $0 > MatchWeight.farKilometres } ?? (!vacancy.district.isEmpty && !sameDistrict)
        if client.barriers.contains(.transport), vacancy.drivingLicence || (!client.drivingLicence && farAway) {
            score.penalty("belemmering", MatchWeight.transportBarrier, confirmed: profileDate, coreText("match.barrier.transport"))
        }
        if client.barriers.contains(.language), vacancy.minimumLanguageLevel != nil {
            score.penalty("belemmering", MatchWeight.languageBarrier, confirmed: profileDate, coreText("match.barrier.language"))
        }
        if client.barriers.contains(.careTasks) || client.barriers.contains(.childcare), vacancy.hoursPerWeek >= MatchWeight.fullTimeHours {
            score.penalty("belemmering", MatchWeight.careBarrier, confirmed: profileDate, coreText("match.barrier.care", vacancy.hoursPerWeek))
        }
        if client.barriers.contains(.physical), vacancy.physicalLoad == .heavy {
            score.penalty("belemmering", MatchWeight.physicalBarrier, confirmed: profileDate, coreText("match.barrier.physical"))
        }
        if client.workObligation == .fullExemption {
            score.penalty("ontheffing", MatchWeight.fullExemption, confirmed: nil, coreText("match.exempt"))
        }
        if client.hasNoContact(forMoreThan: dataset.settings.outOfViewWeeks * 7, on: today) {
            score.uncertain = true
            score.penalty("actualiteit", MatchWeight.outOfView, confirmed: client.lastContact,
                          client.lastContact.map { coreText("match.out_of_view", $0.days(until: today)) } ?? coreText("match.out_of_view.never"))
        }
        if !client.hasConfirmedProfile(on: today) {
            score.uncertain = true
            score.penalty("actualiteit", MatchWeight.profileUnconfirmed, confirmed: profileDate,
                          profileDate.map { coreText("match.profile_stale", $0.dutch) } ?? coreText("match.profile_never"))
        }
        return VacancyFit(clientId: client.id, clientName: client.listName, clientCoach: client.coach, vacancyId: vacancy.id,
                          vacancyTitle: vacancy.title, employerName: dataset.employers[vacancy.employerId]?.name ?? vacancy.employerId,
                          score: score.percentage, meetsHardRequirements: score.meetsHardRequirements, uncertain: score.uncertain,
                          factors: score.factors, instruments: MatchInstruments.applicable(for: client, catalogue: dataset.instruments, on: today),
                          kilometres: kilometres, lastContact: client.lastContact)
    }

    private func penalisePending(_ client: Client, _ vacancy: Vacancy, into score: inout MatchScore) {
        for placement in dataset.placements.values.filter({ $0.clientId == client.id && $0.end == nil }).sorted(by: { $0.id < $1.id }) {
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
        for proposal in dataset.proposals.values.filter({ $0.clientId == client.id && $0.isPending }).sorted(by: { $0.id < $1.id }) {
            if proposal.vacancyId == vacancy.id {
                score.note("voorstel", confirmed: proposal.date, coreText("match.proposed.here"))
            } else {
                score.penalty("voorstel", MatchWeight.proposedElsewhere, confirmed: proposal.date,
                              coreText("match.proposed", dataset.employers[proposal.employerId]?.name ?? proposal.employerId))
            }
        }
    }

    /// Trimmed, non-empty requirement texts.
    private func requirements(_ texts: [String]) -> [String] {
        texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// One of `owned` contains the requirement, or (three letters or more) is contained in it.
    private func has(_ owned: [String], _ requirement: String) -> Bool {
        let needle = SearchFolding.fold(requirement)
        return owned.contains { skill in
            let folded = SearchFolding.fold(skill)
            guard !folded.isEmpty, !needle.isEmpty else { return false }
            return contains(folded, needle) || folded.count >= 3 && contains(needle, folded)
        }
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0...].starts(with: needle) }
    }
}
