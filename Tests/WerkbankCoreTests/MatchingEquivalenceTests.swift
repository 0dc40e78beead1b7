import XCTest
@testable import WerkbankCore

/// `VacancyMatcher` ranks with interned ids, bitsets and scores without reasons on both cores;
/// on seeded random datasets it must give exactly what `MatchingReference` computes client by
/// client: the same order, scores, factors, reasons, dates and instruments.
final class MatchingEquivalenceTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    func testRankingEqualsTheReferenceOnRandomDatasets() {
        for seed in [1, 2] as [UInt64] {
            let dataset = RandomMatchData(seed: seed, today: today).dataset(clients: 250)
            let matcher = VacancyMatcher(dataset: dataset, today: today)
            let reference = MatchingReference(dataset: dataset, today: today)
            func client(_ fit: VacancyFit) -> Client { dataset.clients[fit.clientId]! }
            for vacancy in dataset.vacancies.values.sorted(by: { $0.id < $1.id }) {
                let all = reference.ranking(for: vacancy)
                let expected = all.filter { client($0).workObligation != .fullExemption }
                XCTAssertEqual(matcher.candidates(for: vacancy, scope: .all, includeExempt: true), all, "seed \(seed), \(vacancy.id)")
                XCTAssertEqual(matcher.candidates(for: vacancy, scope: .all, limit: 25), Array(expected.prefix(25)), "seed \(seed), \(vacancy.id)")
                XCTAssertEqual(matcher.candidates(for: vacancy, scope: .coach("bram"), limit: 5),
                               Array(expected.filter { client($0).coach == "bram" }.prefix(5)), "seed \(seed), \(vacancy.id)")
            }
        }
    }

    func testACoachPreparedMatcherAndSingleClientsEqualTheReference() throws {
        let dataset = RandomMatchData(seed: 4, today: today).dataset(clients: 120)
        let reference = MatchingReference(dataset: dataset, today: today)
        let caseload = VacancyMatcher(dataset: dataset, today: today, prepared: .coach("anna"))
        let matcher = VacancyMatcher(dataset: dataset, today: today)
        let vacancies = dataset.vacancies.values.sorted { $0.id < $1.id }
        for vacancy in vacancies {
            XCTAssertEqual(caseload.candidates(for: vacancy, scope: .coach("anna")), reference.ranking(for: vacancy).filter {
                dataset.clients[$0.clientId]!.coach == "anna" && dataset.clients[$0.clientId]!.workObligation != .fullExemption
            })
            XCTAssertEqual(matcher.candidates(for: vacancy, scope: .coach("niemand")), [])
        }
        for client in dataset.clients.values.sorted(by: { $0.id < $1.id }).prefix(10) {
            for vacancy in vacancies {
                XCTAssertEqual(matcher.fit(of: client, for: vacancy), reference.fit(of: client, for: vacancy), "\(client.id), \(vacancy.id)")
            }
            let open = vacancies.filter { $0.isOpen(on: today) }
            let fits = matcher.vacancies(for: client)
            XCTAssertEqual(Set(fits.map(\.vacancyId)), Set(open.map(\.id)))
            for fit in fits {
                let vacancy = try XCTUnwrap(dataset.vacancies[fit.vacancyId])
                XCTAssertEqual(fit, reference.fit(of: client, for: vacancy))
            }
        }
    }

    /// A client edited after the matcher was made is scored as edited, with skills the prepared
    /// clients never had.
    func testAnEditedClientIsScoredAsItIsNow() {
        let dataset = RandomMatchData(seed: 5, today: today).dataset(clients: 50)
        let matcher = VacancyMatcher(dataset: dataset, today: today)
        var client = dataset.clients.values.sorted { $0.id < $1.id }[0]
        client.skills = ["onbekende vaardigheid", "heftruckchauffeur"]
        client.certificates = ["Heftruckcertificaat"]
        client.wishes = "iets met magazijnen"
        for vacancy in dataset.vacancies.values {
            XCTAssertEqual(matcher.fit(of: client, for: vacancy), MatchingReference(dataset: dataset, today: today).fit(of: client, for: vacancy))
        }
    }
}

/// Seeded random clients and vacancies that exercise every rule: skills that cover each other
/// ("heftruck" / "Heftruckcertificaat"), letter case and accents, equal names, unknown places,
/// placements and proposals, stale profiles, and a vacancy of more than 64 skills.
struct RandomMatchData {
    private var state: UInt64
    let today: Day

    init(seed: UInt64, today: Day) {
        state = seed &* 0x9E37_79B9_7F4A_7C15
        self.today = today
    }

    private static let skills = ["heftruck", "Heftruckcertificaat", "VCA", "vca-vol", "BHV", "orderpicken", "schoonmaak",
                                 "Schoonmaakwerk", "koken", "kassawerk", "verkoop", "timmeren", "schilderen", "  magazijnwerk ",
                                 "", "ab", "Café-ervaring", "cafe", "productiewerk", "rijbewijs C"]
    private static let wishes = ["", "werken in een magazijn", "iets in de schoonmaak", "Magazijnwerk of productie",
                                 "koken in een café", "verkoopmedewerker", "buiten werken", "productie"]
    private static let names = [("Jan", "de", "Vries"), ("Els", "van", "Dijk"), ("Émile", "", "Çelik"), ("Bob", "", "Aa"),
                                ("jan", "", "Vries"), ("Ada", "van den", "Berg"), ("Ada", "", "Bergen"), ("Özlem", "", "Yılmaz")]
    private static let districts = ["Berflo Es", "berflo es", "Hasseler Es", "Hengelose Es", ""]
    private static let postcodes = ["7556 AB", "7511 CD", "7941 AB", "7621 XX", "", "9999 ZZ", "1011 AA", "7602"]
    private static let places = ["Hengelo", "Borne", "Meppel", "", "Nergenshuizen", " enschede "]
    private static let coaches = ["anna", "bram", "carla"]
    private static let titles = ["Magazijnmedewerker", "Schoonmaker", "Kok", "Verkoper", "Productiemedewerker"]

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func chance(_ percent: Int) -> Bool { int(100) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    private mutating func some<T>(_ items: [T], upTo count: Int) -> [T] { (0..<int(count + 1)).map { _ in pick(items) } }
    private mutating func day(within days: Int) -> Day { today.adding(days: -int(days)) }

    func dataset(clients count: Int) -> Dataset {
        var generator = self
        return generator.generate(clients: count)
    }

    private mutating func generate(clients count: Int) -> Dataset {
        var data = Dataset()
        data.instruments = Dictionary(uniqueKeysWithValues: InstrumentCatalogue.standard.map { ($0.id, $0) })
        data.employers = ["w1": Employer(id: "w1", name: "Logistiek BV"), "w2": Employer(id: "w2", name: "Schoon BV")]
        for index in 0..<count {
            let client = randomClient(id: "k\(index)")
            data.clients[client.id] = client
        }
        for index in 0..<8 {
            let vacancy = randomVacancy(id: "v\(index)", manySkills: index == 7)
            data.vacancies[vacancy.id] = vacancy
        }
        for index in 0..<(count / 10) {
            let client = "k\(int(count))", vacancy = "v\(int(9))", employer = pick(["w1", "w2", "w3"])
            if chance(50) {
                data.placements["p\(index)"] = Placement(id: "p\(index)", clientId: client, employerId: employer, vacancyId: chance(70) ? vacancy : nil,
                                                         stage: pick(PlacementStage.allCases), proposed: day(within: 100),
                                                         trialStart: chance(50) ? day(within: 60) : nil, end: chance(30) ? day(within: 10) : nil)
            } else {
                data.proposals["q\(index)"] = Proposal(id: "q\(index)", clientId: client, vacancyId: vacancy, employerId: employer,
                                                       proposedBy: "anna", date: day(within: 60),
                                                       answer: chance(50) ? nil : pick(ProposalAnswer.allCases))
            }
        }
        return data
    }

    private mutating func randomClient(id: String) -> Client {
        let (first, infix, last) = pick(Self.names)
        var ladder: [LadderObservation] = []
        for index in 0..<int(3) {
            ladder.append(LadderObservation(id: "l\(index)", date: day(within: 900), kind: pick(LadderKind.allCases), rung: pick(Rung.allCases)))
        }
        let notes = (0..<int(3)).map { ContactNote(id: "n\($0)", date: day(within: 120), by: "anna", channel: .phone, text: "") }
        return Client(id: id, firstName: first, infix: infix, lastName: last, postcode: pick(Self.postcodes), district: pick(Self.districts),
                      languageLevel: chance(80) ? pick(LanguageLevel.allCases) : nil,
                      barriers: some(Barrier.allCases, upTo: 2), workObligation: chance(85) ? pick(WorkObligation.allCases) : nil,
                      skills: some(Self.skills, upTo: 4), certificates: some(["VCA", "heftruck", "BHV", "Vca"], upTo: 2),
                      drivingLicence: chance(50), wishes: pick(Self.wishes), hoursAvailable: chance(85) ? int(41) : nil,
                      coach: pick(Self.coaches), wageValueAssessment: chance(20) ? day(within: 400) : nil,
                      benefits: chance(80) ? [BenefitPeriod(id: "u", start: day(within: 1500))] : [], ladder: ladder, notes: notes,
                      profileConfirmed: chance(70) ? day(within: 300) : nil)
    }

    private mutating func randomVacancy(id: String, manySkills: Bool) -> Vacancy {
        let tasks = (0..<int(4)).map { VacancyTask(name: "taak \($0)", skills: some(Self.skills, upTo: 2)) }
        let required = manySkills ? (0..<70).map { "vaardigheid \($0)" } + Self.skills : some(Self.skills, upTo: 3)
        return Vacancy(id: id, employerId: pick(["w1", "w2", "w3"]), title: pick(Self.titles), tasks: tasks, hoursPerWeek: 8 + int(33),
                       requirements: required, desiredSkills: some(Self.skills, upTo: 2), certificates: some(["VCA", "heftruck", "BHV", "vca"], upTo: 2),
                       drivingLicence: chance(30), minimumLanguageLevel: chance(50) ? pick(LanguageLevel.allCases) : nil,
                       physicalLoad: chance(70) ? pick(PhysicalLoad.allCases) : nil, minimumRung: chance(80) ? pick(Rung.allCases) : nil,
                       place: pick(Self.places), district: pick(Self.districts), opened: today.adding(days: -30),
                       closes: chance(15) ? today.adding(days: -1) : nil, status: chance(90) ? .open : .withdrawn)
    }
}
