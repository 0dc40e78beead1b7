import XCTest
@testable import WerkbankCore

final class EligibilityDeploymentRulesTests: XCTestCase {
    private func issues(_ instrumentId: String, client: String = "k1", start: String, end: String?, employer: String? = "w1",
                        hours: Double? = nil, id: String = "new") throws -> [DeploymentIssue] {
        let instrument = try XCTUnwrap(CaseloadFixture.instruments[instrumentId])
        let deployment = InstrumentDeployment(id: id, instrumentId: instrumentId, start: CaseloadFixture.day(start),
                                              end: end.map(CaseloadFixture.day), hoursPerMonth: hours, employerId: employer)
        return DeploymentRules.validate(deployment, instrument: instrument, client: CaseloadFixture.client(client))
    }

    func testProefplaatsingAtMostThreeMonths() throws {
        XCTAssertEqual(try issues("proefplaatsing", start: "01-01-2027", end: "31-03-2027"), [])
        XCTAssertEqual(try issues("proefplaatsing", start: "01-01-2027", end: "01-04-2027"),
                       [DeploymentIssue(field: .end, message: "Proefplaatsing duurt maximaal 3 maanden: uiterlijk t/m 31-03-2027")])
        XCTAssertEqual(try issues("proefplaatsing", start: "30-11-2026", end: "28-02-2027"), [], "clamped to the end of February")
    }

    func testLerenEnWerkenAtMostSixMonths() throws {
        XCTAssertEqual(try issues("leren_werken", start: "01-01-2027", end: "30-06-2027"), [])
        XCTAssertEqual(try issues("leren_werken", start: "01-01-2027", end: "01-07-2027").map(\.field), [.end])
        XCTAssertEqual(try issues("leren_werken", start: "01-01-2027", end: nil).map(\.message),
                       ["einddatum verplicht: Leren en werken duurt maximaal 6 maanden"])
    }

    func testEndBeforeStart() throws {
        XCTAssertEqual(try issues("leren_werken", start: "01-01-2027", end: "31-12-2026").map(\.message),
                       ["einddatum ligt voor de startdatum"])
        XCTAssertEqual(try issues("taal", start: "01-01-2027", end: "01-01-2027"), [], "one day is fine")
    }

    func testEmployerAndNegativeHours() throws {
        XCTAssertEqual(try issues("proefplaatsing", start: "01-01-2027", end: "31-01-2027", employer: nil).map(\.field), [.employer])
        XCTAssertEqual(try issues("taal", start: "01-01-2027", end: nil, hours: -2).map(\.field), [.hours])
    }

    func testEligibilityOnTheStartDateComesFirst() throws {
        let lks = try issues("lks", start: "01-01-2027", end: nil, employer: nil)
        XCTAssertEqual(lks.map(\.field), [.instrument, .instrument, .employer])
        XCTAssertEqual(lks.first?.message, "alleen voor trede 5-6 (nu trede 3)")
    }

    func testEditingTheRunningDeploymentIsNotADuplicate() throws {
        XCTAssertEqual(try issues("jobcoaching", start: "01-09-2026", end: "31-12-2026", id: "d1"), [])
        XCTAssertEqual(try issues("jobcoaching", start: "01-11-2026", end: "31-12-2026").map(\.message), ["al actief t/m 10-12-2026"])
    }
}
