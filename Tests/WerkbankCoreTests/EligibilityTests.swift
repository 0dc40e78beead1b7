import XCTest
@testable import WerkbankCore

final class EligibilityTests: XCTestCase {
    private let today = CaseloadFixture.today

    private func instrument(_ id: String) throws -> Instrument {
        try XCTUnwrap(CaseloadFixture.instruments[id])
    }

    private func evaluate(_ instrumentId: String, _ clientId: String, on date: Day? = nil) throws -> Eligibility {
        InstrumentEligibility.evaluate(try instrument(instrumentId), for: CaseloadFixture.client(clientId), on: date ?? today)
    }

    func testWrongRungNamesTheAllowedRungs() throws {
        let vries = try evaluate("lks", "k1")
        XCTAssertFalse(vries.isEligible)
        XCTAssertEqual(vries.reasons, [.wrongRung(allowed: [.paidWorkWithSupport, .paidWork], actual: .organisedActivities),
                                       .missingWageValueAssessment])
        XCTAssertEqual(vries.messages, ["alleen voor trede 5-6 (nu trede 3)", "eerst een loonwaardemeting nodig"])
        XCTAssertEqual(try evaluate("lks", "k5").messages.first, "alleen voor trede 5-6 (trede nog niet vastgesteld)")
        XCTAssertEqual(try evaluate("taal", "k3").messages, ["alleen voor trede 1-3 (nu trede 5)"])
    }

    func testLoonkostensubsidieNeedsAWageValueAssessmentDoneBefore() throws {
        XCTAssertTrue(try evaluate("lks", "k3").isEligible, "rung 5 and a loonwaardemeting of 01-10-2026")
        XCTAssertEqual(try evaluate("lks", "k3", on: CaseloadFixture.day("01-09-2026")).reasons, [.missingWageValueAssessment])
    }

    func testTargetGroupAndRegister() throws {
        XCTAssertEqual(try evaluate("beschut", "k1").messages, ["alleen voor doelgroep beschut werk"])
        let register = Instrument(id: "ba", name: "Banenafspraak", side: .employer, prerequisites: [.targetRegister])
        XCTAssertTrue(InstrumentEligibility.evaluate(register, for: CaseloadFixture.client("k5"), on: today).isEligible)
        XCTAssertEqual(InstrumentEligibility.evaluate(register, for: CaseloadFixture.client("k1"), on: today).messages,
                       ["niet in het doelgroepregister"])
    }

    func testProefplaatsingNeedsARunningBenefit() throws {
        XCTAssertTrue(try evaluate("proefplaatsing", "k1").isEligible)
        XCTAssertEqual(try evaluate("proefplaatsing", "k5").reasons, [.noRunningBenefit], "benefit ended in 2025")
    }

    func testAlreadyActive() throws {
        XCTAssertEqual(try evaluate("jobcoaching", "k1").messages, ["al actief t/m 10-12-2026"])
        XCTAssertTrue(try evaluate("jobcoaching", "k1", on: CaseloadFixture.day("11-12-2026")).isEligible)
    }

    func testCatalogueOptionsByNameWithTheirVerdict() {
        let options = InstrumentEligibility.options(catalogue: CaseloadFixture.instruments, for: CaseloadFixture.client("k1"), on: today)
        XCTAssertEqual(options.map(\.instrument.name),
                       ["Beschut werk", "Jobcoaching", "Leren en werken", "Loonkostensubsidie", "Proefplaatsing", "Taalcursus NT2"])
        XCTAssertEqual(options.map(\.eligibility.isEligible), [false, false, true, false, true, true])
    }

    func testEnglishMessages() throws {
        let reason = IneligibilityReason.wrongRung(allowed: [.isolated, .organisedActivities, .paidWork], actual: .socialContacts)
        XCTAssertEqual(coreStrings.text("eligibility.rung", [RungList.text([.isolated, .organisedActivities, .paidWork]), "2"], language: .en),
                       "only for rungs 1, 3, 6 (now rung 2)")
        XCTAssertEqual(reason.message, "alleen voor trede 1, 3, 6 (nu trede 2)")
    }
}
