import XCTest
@testable import WerkbankCore

final class RelapseAftercareTests: XCTestCase {
    private func day(_ text: String) -> Day { Day(parsing: text)! }

    func testBackOnBenefitWithinTwelveMonthsAfterLeavingForWork() {
        let client = Client(id: "k", benefits: [
            BenefitPeriod(id: "u1", start: day("01-01-2025"), end: day("05-05-2026"), endReason: .work),
            BenefitPeriod(id: "u2", start: day("29-08-2026")),
        ])
        XCTAssertEqual(Relapse.find(in: client), [Relapse(clientId: "k", leftOn: day("05-05-2026"), reason: .work,
                                                          backOn: day("29-08-2026"), benefitId: "u2")])
    }

    func testOnlyWorkReasonsAndOnlyWithinTwelveMonths() {
        let late = Client(id: "a", benefits: [
            BenefitPeriod(id: "u1", start: day("01-01-2020"), end: day("31-01-2021"), endReason: .selfEmployed),
            BenefitPeriod(id: "u2", start: day("01-02-2022")),   // 12 months + 1 day
        ])
        XCTAssertEqual(Relapse.find(in: late), [])
        let edge = Client(id: "b", benefits: [
            BenefitPeriod(id: "u2", start: day("31-01-2022")),
            BenefitPeriod(id: "u1", start: day("01-01-2020"), end: day("31-01-2021"), endReason: .workViaSWB),
        ])
        XCTAssertEqual(Relapse.find(in: edge).map(\.backOn), [day("31-01-2022")], "exactly 12 months counts; order of the list does not matter")
        let moved = Client(id: "c", benefits: [
            BenefitPeriod(id: "u1", start: day("01-01-2020"), end: day("31-01-2021"), endReason: .moved),
            BenefitPeriod(id: "u2", start: day("01-03-2021")),
        ])
        XCTAssertEqual(Relapse.find(in: moved), [])
    }

    func testPlaatsingenReportCountsRelapses() {
        var data = Dataset()
        data.clients["k"] = Client(id: "k", benefits: [
            BenefitPeriod(id: "u1", start: day("01-01-2025"), end: day("05-05-2026"), endReason: .work),
            BenefitPeriod(id: "u2", start: day("29-08-2026")),
        ])
        data.clients["j"] = Client(id: "j", benefits: [BenefitPeriod(id: "u1", start: day("01-01-2025"), end: day("05-05-2026"), endReason: .work)])
        let report = PlaatsingenReport(data, peildatum: day("01-12-2026"))
        XCTAssertEqual(report.relapses, 1)
        XCTAssertTrue(report.json.text.hasSuffix(#","terugval":1}"#), report.json.text)
        XCTAssertEqual(report.tables.last?.rows, [[.integer(1)]])
        XCTAssertEqual(PlaatsingenReport(data, peildatum: day("28-08-2026")).relapses, 0, "not yet back on the peildatum")
        XCTAssertEqual(PlaatsingenReport(data, period: ReportPeriod(from: .year(2025), to: .year(2025)),
                                         peildatum: day("01-12-2026")).relapses, 0, "outside the period")
    }

    func testAftercareAfterOneThreeSixAndTwelveMonths() {
        Language.current = .nl
        let steps = Aftercare.steps(startingOn: day("31-01-2026"), employerName: "Brok Interieurbouw")
        XCTAssertEqual(steps.map(\.months), [1, 3, 6, 12])
        XCTAssertEqual(steps.map(\.due), [day("28-02-2026"), day("30-04-2026"), day("31-07-2026"), day("31-01-2027")])
        XCTAssertEqual(steps[1].title, "Nazorg na 3 maand(en): contact met klant en Brok Interieurbouw")
        XCTAssertEqual(steps[3].title, "Nazorg na 12 maanden: nog aan het werk bij Brok Interieurbouw?")
    }
}
