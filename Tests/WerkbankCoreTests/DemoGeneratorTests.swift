import XCTest
@testable import WerkbankCore

/// One large demo dataset shared by the distribution tests (generating it takes a while in debug).
enum DemoFixture {
    static let today = Day(year: 2025, month: 3, day: 14)!
    static let large = DemoGenerator(seed: 42, clients: 20_000, today: today).generate()
    static let small = DemoGenerator(seed: 7, clients: 2_000, today: today).generate()
}

final class DemoGeneratorTests: XCTestCase {
    func testSameSeedAndDayGiveTheSameDataset() {
        let first = DemoGenerator(seed: 99, clients: 300, today: DemoFixture.today).generate()
        let second = DemoGenerator(seed: 99, clients: 300, today: DemoFixture.today).generate()
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.clients.count, 300)
    }

    func testDifferentSeedGivesADifferentDataset() {
        let first = DemoGenerator(seed: 1, clients: 300, today: DemoFixture.today).generate()
        let second = DemoGenerator(seed: 2, clients: 300, today: DemoFixture.today).generate()
        XCTAssertNotEqual(first.clients, second.clients)
        let sameNames = first.clients.values.filter { second.clients[$0.id]?.fullName == $0.fullName }.count
        XCTAssertLessThan(sameNames, 30, "two seeds should give mostly different people")
    }

    func testEveryBSNPassesTheElfproefAndIsUnique() {
        let bsns = DemoFixture.large.clients.values.compactMap(\.bsn)
        XCTAssertTrue(bsns.allSatisfy(BSN.isValid), "invalid: \(bsns.filter { !BSN.isValid($0) }.prefix(5))")
        XCTAssertEqual(Set(bsns).count, bsns.count, "BSNs must be unique")
        let withoutBSN = DemoFixture.large.clients.count - bsns.count
        XCTAssertGreaterThan(withoutBSN, 0, "some clients have no BSN yet")
        XCTAssertLessThan(withoutBSN, DemoFixture.large.clients.count / 20)
    }

    func testStartRungsFollowTheHengeloDistribution() {
        let clients = Array(DemoFixture.large.clients.values)
        let expected: [Rung: Double] = [.research: 1.3, .isolated: 9.2, .socialContacts: 48.3, .organisedActivities: 20.9,
                                        .unpaidWork: 9.1, .paidWorkWithSupport: 11.1, .paidWork: 0.3]
        let total = expected.values.reduce(0, +)
        for (rung, share) in expected {
            let count = clients.filter { $0.ladderPosition.start?.rung == rung }.count
            XCTAssertEqual(percent(count, of: clients.count), share / total * 100, accuracy: 1.2, "start rung \(rung.rawValue)")
        }
    }

    func testStepsBetweenStartAndExpectedFollowThePaper() {
        let clients = Array(DemoFixture.large.clients.values)
        let steps = clients.map { $0.ladderPosition.steps }
        let expected: [Int?: Double] = [0: 34, 1: 31, 2: 16, 3: 10, 4: 5, nil: 2]
        for (step, share) in expected {
            XCTAssertEqual(percent(steps.filter { $0 == step }.count, of: clients.count), share, accuracy: 3,
                           "steps \(step.map(String.init) ?? "onbekend")")
        }
    }

    func testBarrierSharesFollowTheDivosaList() {
        let clients = Array(DemoFixture.large.clients.values)
        XCTAssertEqual(percent(clients.filter(\.barriers.isEmpty).count, of: clients.count), 28, accuracy: 2.5, "geen")
        let expected: [Barrier: Double] = [.education: 32, .physical: 24, .psychological: 24, .social: 23,
                                           .noWorkExperience: 25, .age: 21, .careTasks: 15]
        for (barrier, share) in expected {
            let count = clients.filter { $0.barriers.contains(barrier) }.count
            XCTAssertEqual(percent(count, of: clients.count), share, accuracy: 2.5, barrier.rawValue)
        }
        for barrier in [Barrier.language, .debts, .addiction, .transport] {
            XCTAssertTrue(clients.contains { $0.barriers.contains(barrier) }, "some clients have \(barrier.rawValue)")
        }
    }

    func testAboutFortyTwoPercentHaveAnExemptionWithReasonAndEndDate() {
        let clients = Array(DemoFixture.large.clients.values)
        let exempted = clients.filter { $0.workObligation == .partialExemption || $0.workObligation == .fullExemption }
        XCTAssertEqual(percent(exempted.count, of: clients.count), 42, accuracy: 2.5)
        XCTAssertTrue(exempted.allSatisfy { !$0.exemptionReason.isEmpty && $0.exemptionEnd != nil })
        XCTAssertTrue(clients.filter { $0.workObligation == .imposed }.allSatisfy { $0.exemptionReason.isEmpty && $0.exemptionEnd == nil })
    }

    func testYouthAndOver50MatchTheAge() {
        for client in DemoFixture.large.clients.values {
            guard let birthDate = client.birthDate else { return XCTFail("\(client.id) has no birth date") }
            let age = birthDate.age(on: DemoFixture.today)
            XCTAssertEqual(client.targetGroups.contains(.youth), age < 27, "\(client.id) age \(age)")
            XCTAssertEqual(client.targetGroups.contains(.over50), age >= 50, "\(client.id) age \(age)")
            XCTAssertEqual(client.targetGroups.contains(.parent), client.children > 0, client.id)
        }
    }

    func testClientsInTheCaseloadAreAdultsOfWorkingAge() {
        let inCaseload = DemoFixture.large.clients.values.filter { $0.runningBenefit(on: DemoFixture.today) != nil }
        XCTAssertFalse(inCaseload.isEmpty)
        for client in inCaseload {
            let age = client.birthDate?.age(on: DemoFixture.today) ?? -1
            XCTAssertTrue((18...66).contains(age), "\(client.id) is \(age)")
        }
    }

    func testStatusHoldersHaveCountryInburgeringAndMostlyALowDutchLevel() {
        let holders = DemoFixture.large.clients.values.filter { $0.targetGroups.contains(.statusHolder) }
        XCTAssertGreaterThan(percent(holders.count, of: DemoFixture.large.clients.count), 8)
        XCTAssertTrue(holders.allSatisfy { !$0.countryOfOrigin.isEmpty && !$0.inburgering.isEmpty })
        let below = holders.filter { ($0.languageLevel?.rank ?? 0) < LanguageLevel.b1.rank }.count
        XCTAssertGreaterThan(percent(below, of: holders.count), 60)
        XCTAssertTrue(Set(holders.map(\.countryOfOrigin)).isSuperset(of: ["Syrië", "Eritrea"]))
    }

    func testEveryClientsCoachIsAWerkcoach() {
        let dataset = DemoFixture.small
        let coaches = Set(dataset.users.values.filter { $0.role == .coach }.map(\.name))
        XCTAssertEqual(coaches.count, 7)
        XCTAssertTrue(dataset.clients.values.allSatisfy { coaches.contains($0.coach) })
        XCTAssertEqual(dataset.users.values.filter { $0.role == .intaker }.count, 1)
        XCTAssertEqual(dataset.users.values.filter { $0.role == .supervisor }.count, 1)
        XCTAssertNotNil(dataset.users["mvdberg"], "the example user name of the brief")
        XCTAssertEqual(dataset.users["mvdberg"]?.displayName, "M. van den Berg")
    }

    func testCaseloadsHoldSixtyToOneHundredFiftyClientsWithABenefitOrNone() {
        let dataset = DemoFixture.small
        for coach in dataset.users.values where coach.role == .coach {
            let caseload = dataset.clients(of: coach.name).filter { client in
                client.benefits.isEmpty || client.runningBenefit(on: DemoFixture.today) != nil
            }
            XCTAssertTrue((60...150).contains(caseload.count), "\(coach.name) has \(caseload.count)")
        }
    }

    func testLargeDatasetsGetMoreCoaches() {
        let coaches = DemoFixture.large.users.values.filter { $0.role == .coach }
        XCTAssertGreaterThan(coaches.count, 7)
        XCTAssertEqual(Set(coaches.map(\.name)).count, coaches.count)
    }

    func testTheTwelveHartwerkEmployersArePresentWithOneContactEach() {
        let employers = Array(DemoFixture.small.employers.values)
        let hartwerk = employers.filter(\.hartwerk)
        XCTAssertEqual(Set(hartwerk.map(\.name)), Set(DemoEmployers.hartwerk.map(\.name)))
        XCTAssertEqual(hartwerk.count, 12)
        for name in ["Welbions", "Voskamp Groep", "Dura Vermeer Hengelo", "Bribus", "Belderink", "Donkergroen",
                     "Boll", "Geas Energiewacht", "Klein Poelhuis", "Brok", "Slooijer Electro", "Van der Geest"] {
            XCTAssertTrue(hartwerk.contains { $0.name.contains(name) }, name)
        }
        XCTAssertGreaterThan(employers.count, 12)
        let accountManagers = Set(DemoFixture.small.users.values.map(\.name))
        for employer in employers {
            XCTAssertFalse(employer.contacts.isEmpty || employer.contacts[0].name.isEmpty || employer.contacts[0].phone.isEmpty || employer.city.isEmpty, employer.name)
            XCTAssertTrue(accountManagers.contains(employer.accountManager), employer.name)
        }
    }

    func testTwentyToFortyOpenVacanciesWithRequirements() {
        let dataset = DemoFixture.small
        let open = dataset.vacancies.values.filter(\.status.isOpen)
        XCTAssertTrue((20...40).contains(open.count), "\(open.count) open")
        XCTAssertTrue(open.allSatisfy { dataset.employers[$0.employerId] != nil && $0.hoursPerWeek > 0 })
        XCTAssertTrue(open.contains { $0.certificates.contains("VCA") })
        XCTAssertTrue(open.contains(where: \.drivingLicence))
        XCTAssertTrue(open.contains { $0.minimumLanguageLevel != nil && $0.minimumRung != nil })
    }

    func testNamesHaveTussenvoegselsDiacriticsAndSeveralOrigins() {
        let clients = Array(DemoFixture.small.clients.values)
        let infixes = Set(clients.map(\.infix))
        XCTAssertTrue(infixes.isSuperset(of: ["van", "de", "van den", "ter", "ten", "van der"]))
        let names = clients.map(\.fullName).joined()
        for mark in ["é", "ë", "ï", "ö"] { XCTAssertTrue(names.contains(mark), mark) }
        let countries = Set(clients.map(\.countryOfOrigin))
        XCTAssertTrue(countries.isSuperset(of: ["Syrië", "Eritrea", "Polen"]))
        XCTAssertTrue(clients.contains { ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Kaya"].contains($0.lastName) })
        XCTAssertTrue(clients.contains { ["El Amrani", "Bouzid", "Benali", "El Idrissi"].contains($0.lastName) })
    }

    func testAddressesArePostcodesInHengeloDistricts() {
        let districts = Set(DemoPlaces.districts.map(\.name))
        for client in DemoFixture.small.clients.values {
            XCTAssertNotNil(client.postcode.range(of: #"^[1-9][0-9]{3} [A-Z]{2}$"#, options: .regularExpression), client.postcode)
            XCTAssertTrue(districts.contains(client.district), client.district)
        }
    }

    private func percent(_ count: Int, of total: Int) -> Double { Double(count) / Double(total) * 100 }
}
