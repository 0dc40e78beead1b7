import XCTest
@testable import WerkbankCore

final class MatchingTests: XCTestCase {
    private let today = CaseloadFixture.today

    private var warehouse: Vacancy {
        Vacancy(id: "v1", employerId: "w1", title: "Magazijnmedewerker", hoursPerWeek: 32, requirements: ["heftruck", "VCA"],
                drivingLicence: true, minimumLanguageLevel: .a2, minimumRung: .unpaidWork, district: "Berflo Es",
                opened: CaseloadFixture.day("01-11-2026"))
    }

    /// A fixture client whose profile was confirmed today, so only the factors under test move the score.
    private func client(_ id: String) -> Client {
        var client = CaseloadFixture.client(id)
        client.profileConfirmed = today
        return client
    }

    private func dataset(placements: [Placement] = []) -> Dataset {
        var dataset = CaseloadFixture.dataset
        for id in dataset.clients.keys { dataset.clients[id]?.profileConfirmed = today }
        dataset.employers = ["w1": Employer(id: "w1", name: "Bakker Logistiek"), "w2": Employer(id: "w2", name: "Schoon BV")]
        let opened = CaseloadFixture.day("01-11-2026")
        for vacancy in [
            warehouse,
            Vacancy(id: "v2", employerId: "w2", title: "Schoonmaker", hoursPerWeek: 20, minimumRung: .organisedActivities,
                    district: "Hasseler Es", opened: opened),
            Vacancy(id: "v3", employerId: "w2", title: "Gesloten", opened: opened, status: .withdrawn),
            Vacancy(id: "v4", employerId: "w2", title: "Verlopen", opened: opened, closes: CaseloadFixture.day("01-11-2026")),
        ] { dataset.vacancies[vacancy.id] = vacancy }
        for placement in placements { dataset.placements[placement.id] = placement }
        return dataset
    }

    func testScoreAndReasonsInCriterionOrder() {
        let fit = VacancyMatcher(dataset: dataset(), today: today).fit(of: client("k1"), for: warehouse)
        XCTAssertEqual(fit.score, 75, "85 of 100 points, minus 5 for the language barrier and 5 for care duties at 32 hours")
        XCTAssertEqual(fit.reasonsFor, ["heeft: heftruck, VCA", "rijbewijs", "taalniveau B1 (gevraagd A2)",
                                        "beschikbaar 32 uur (gevraagd 32)", "wens: werken in een magazijn", "woont in Berflo Es"])
        XCTAssertEqual(fit.reasonsAgainst, ["trede 3, net onder de gevraagde 4", "belemmering taal", "zorgtaken bij 32 uur per week"])
        XCTAssertEqual(fit.employerName, "Bakker Logistiek")
        XCTAssertEqual(fit.clientName, "Vries, J. de")
    }

    func testPartialRequirementsAndMissingLicence() {
        let matcher = VacancyMatcher(dataset: dataset(), today: today)
        let berg = matcher.fit(of: client("k3"), for: warehouse)
        XCTAssertEqual(berg.score, 77)
        XCTAssertEqual(berg.reasonsFor.first, "trede 5 (gevraagd minimaal 4)")
        XCTAssertEqual(berg.reasonsAgainst, ["mist: VCA"])
        let jansen = matcher.fit(of: client("k2"), for: warehouse)
        XCTAssertEqual(jansen.score, 0, "6 points minus 10 for the transport barrier, never below 0")
        XCTAssertEqual(jansen.reasonsAgainst, ["trede 2, gevraagd minimaal 4", "mist: heftruck, VCA", "geen rijbewijs (gevraagd)",
                                               "taalniveau onbekend (gevraagd A2)", "beschikbaar 20 uur, gevraagd 32",
                                               "woont in een andere wijk (Hasseler Es)", "belemmering vervoer",
                                               "uit beeld: nog geen contact"])
    }

    func testCandidatesRankedByScoreThenName() {
        let matcher = VacancyMatcher(dataset: dataset(), today: today)
        let ranked = matcher.candidates(for: warehouse, scope: .all)
        // k5 left for work at the end of 2025: not in the caseload, no candidate.
        XCTAssertEqual(ranked.map(\.clientId), ["k3", "k1", "k4", "k2", "k6"], "k4 and k6 are out of view (−15): ties at 0 by name")
        XCTAssertEqual(ranked.map(\.score), [77, 75, 0, 0, 0])
        XCTAssertEqual(ranked.map(\.uncertain), [false, false, true, true, true])
        XCTAssertEqual(matcher.candidates(for: warehouse, scope: .coach("mvdberg"), limit: 2).map(\.clientId), ["k1", "k2"])
    }

    func testRunningPlacementWeighsAgainst() {
        let placed = Placement(id: "p1", clientId: "k3", employerId: "w2", stage: .trial, trialStart: CaseloadFixture.day("01-11-2026"))
        let matcher = VacancyMatcher(dataset: dataset(placements: [placed]), today: today)
        let berg = matcher.fit(of: client("k3"), for: warehouse)
        XCTAssertEqual(berg.score, 37)
        XCTAssertEqual(berg.reasonsAgainst.last, "heeft al een plaatsing (proefplaatsing) bij Schoon BV")
        XCTAssertEqual(matcher.candidates(for: warehouse, scope: .all).map(\.clientId).prefix(2), ["k1", "k3"])

        let ended = Placement(id: "p1", clientId: "k3", employerId: "w2", stage: .trial, end: CaseloadFixture.day("01-11-2026"))
        XCTAssertEqual(VacancyMatcher(dataset: dataset(placements: [ended]), today: today)
            .fit(of: client("k3"), for: warehouse).score, 77)
    }

    func testEqualScoresOrderByDutchName() {
        var data = Dataset()
        for (id, first, infix, last) in [("z1", "Jan", "de", "Vries"), ("z2", "Els", "van", "Dijk"), ("z3", "Bob", "", "Aa")] {
            data.clients[id] = Client(id: id, firstName: first, infix: infix, lastName: last)
        }
        let vacancy = Vacancy(id: "v", employerId: "w", title: "Hulp", opened: today)
        XCTAssertEqual(VacancyMatcher(dataset: data, today: today).candidates(for: vacancy, scope: .all).map(\.clientId),
                       ["z3", "z2", "z1"])
    }

    func testOpenVacanciesForAClient() {
        let fits = VacancyMatcher(dataset: dataset(), today: today).vacancies(for: client("k1"))
        XCTAssertEqual(fits.map(\.vacancyId), ["v1", "v2"], "closed and expired vacancies are left out")
        XCTAssertEqual(fits.map(\.score), [75, 64])
        XCTAssertEqual(fits[1].reasonsFor, ["trede 3 (gevraagd minimaal 3)", "beschikbaar 32 uur (gevraagd 20)"])
    }
}
