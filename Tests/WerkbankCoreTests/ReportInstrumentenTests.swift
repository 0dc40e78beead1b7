import XCTest
@testable import WerkbankCore

final class ReportInstrumentenTests: XCTestCase {
    typealias D = ReportData

    func testDeploymentsAndCostPerYear() {
        let instruments = [
            Instrument(id: "jobcoach", name: "Jobcoaching", side: .client, cost: 250, costPerMonth: true),
            Instrument(id: "cursus", name: "Cursus VCA", side: .client, cost: 400.5, costPerMonth: false),
        ]
        let data = D.dataset([
            Client(id: "a", deployments: [
                // 15-11-2016 .. 10-02-2017: 2 months in 2016, 2 in 2017.
                InstrumentDeployment(id: "1", instrumentId: "jobcoach", start: D.day("15-11-2016"), end: D.day("10-02-2017")),
                InstrumentDeployment(id: "2", instrumentId: "cursus", start: D.day("01-03-2017"), end: D.day("30-04-2017")),
                InstrumentDeployment(id: "3", instrumentId: "jobcoach", start: D.day("01-01-2017"), cancelled: true),
                InstrumentDeployment(id: "4", instrumentId: "cursus", start: D.day("01-09-2017")),   // after the peildatum
            ]),
            Client(id: "b", deployments: [
                // Open end runs to the peildatum (July): 7 months at the deployment's own amount.
                InstrumentDeployment(id: "5", instrumentId: "jobcoach", start: D.day("01-01-2017"), amount: 100),
                InstrumentDeployment(id: "6", instrumentId: "onbekend", start: D.day("01-06-2017"), end: D.day("30-06-2017")),
            ]),
        ], instruments: instruments)
        let report = InstrumentenReport(data, peildatum: D.day("31-07-2017"))
        XCTAssertEqual(report.years.map(\.year), [2016, 2017])
        XCTAssertEqual(report.years[0].lines.map(\.instrumentId), ["jobcoach"])
        XCTAssertEqual(report.years[0].lines.first?.costCents, 50_000)
        let y2017 = Dictionary(uniqueKeysWithValues: report.years[1].lines.map { ($0.instrumentId, $0) })
        XCTAssertEqual(y2017["jobcoach"]?.started, 1)
        XCTAssertEqual(y2017["jobcoach"]?.active, 2)
        XCTAssertEqual(y2017["jobcoach"]?.costCents, 2 * 25_000 + 7 * 10_000)
        XCTAssertEqual(y2017["cursus"]?.started, 1)
        XCTAssertEqual(y2017["cursus"]?.costCents, 40_050, "one-off cost")
        XCTAssertEqual(y2017["onbekend"]?.name, "onbekend")
        XCTAssertEqual(y2017["onbekend"]?.costCents, 0)
        XCTAssertEqual(report.years[1].totalCents, 50_000 + 70_000 + 40_050)
        XCTAssertTrue(report.json.text.contains(#"{"instrument":"cursus","naam":"Cursus VCA","inzetten":1,"lopend":1,"kosten":400.50}"#))
    }
}
