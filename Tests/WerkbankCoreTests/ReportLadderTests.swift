import XCTest
@testable import WerkbankCore

final class ReportLadderTests: XCTestCase {
    typealias D = ReportData

    func testPeildatumFiltersObservationsAndClients() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-01-2016")], ladder: [
                D.observation("01-03-2016", .start, .socialContacts),
                D.observation("01-02-2016", .start, .isolated),            // earliest start wins
                D.observation("01-03-2017", .actual, .organisedActivities),
                D.observation("01-05-2017", .actual, .unpaidWork),          // latest actual
                D.observation("01-03-2016", .expected, .unpaidWork),
                D.observation("01-08-2017", .expected, .paidWork),          // after the peildatum: ignored
            ]),
            Client(id: "b", benefits: [D.benefit("01-01-2016")], ladder: [
                D.observation("01-01-2016", .start, .research),
                D.observation("01-01-2016", .expected, .paidWork),
            ]),
            Client(id: "c", benefits: [D.benefit("01-01-2016", "30-06-2017", .work)], ladder: [
                D.observation("01-01-2016", .start, .paidWork),             // benefit ended: not counted
            ]),
            Client(id: "d", benefits: [D.benefit("01-07-2017", "31-07-2017", .work)], ladder: [
                D.observation("01-07-2017", .start, .paidWorkWithSupport),
                D.observation("01-07-2017", .expected, .paidWorkWithSupport),
            ]),
            Client(id: "e", benefits: [D.benefit("01-08-2017")], ladder: [D.observation("01-08-2017", .start, .isolated)]),
        ])
        let report = LadderReport(data, peildatum: D.day("31-07-2017"))
        XCTAssertEqual(report.clients, 3, "a, b and d (ending on the peildatum still runs); c ended, e starts later")
        XCTAssertEqual(report.start[.isolated], 1)
        XCTAssertEqual(report.start[.socialContacts], 0)
        XCTAssertEqual(report.start[.research], 1)
        XCTAssertEqual(report.actual[.unpaidWork], 1)
        XCTAssertEqual(report.actual[.organisedActivities], 0)
        XCTAssertEqual(report.expected[.unpaidWork], 1)
        XCTAssertEqual(report.expected[.paidWork], 1)
        XCTAssertEqual(report.steps, [3: 1, 0: 1], "a: 4 − 1; d: 5 − 5")
        XCTAssertEqual(report.unknownSteps, 1, "b starts in onderzoek")
        XCTAssertEqual(report.json.text,
                       #"{"peildatum":"2017-07-31","klanten":3,"start":{"0":1,"1":1,"2":0,"3":0,"4":0,"5":1,"6":0,"geen":0},"#
                       + #""actueel":{"0":0,"1":0,"2":0,"3":0,"4":1,"5":0,"6":0,"geen":2},"#
                       + #""verwacht":{"0":0,"1":0,"2":0,"3":0,"4":1,"5":1,"6":1,"geen":0},"#
                       + #""stappen":{"0":1,"3":1,"onbekend":1}}"#)
    }

    func testNegativeStepsAndOnbekendAlwaysPresent() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-01-2016")], ladder: [
                D.observation("01-01-2016", .start, .unpaidWork), D.observation("01-01-2016", .expected, .organisedActivities),
            ]),
        ])
        let report = LadderReport(data, peildatum: D.day("01-01-2016"))
        XCTAssertTrue(report.json.text.hasSuffix(#""stappen":{"-1":1,"onbekend":0}}"#))
    }

    func testEveryColumnOfThePositionTableSumsToTheClients() {
        let data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 400, today: D.day("23-11-2026")).generate()
        let report = LadderReport(data, peildatum: D.day("23-11-2026"))
        let table = report.tables[0]
        XCTAssertEqual(table.rows.last?.first, .text("geen trede vastgesteld"))
        for column in 1...3 {
            let sum = table.rows.reduce(0) { total, row in
                if case .integer(let value) = row[column] { return total + value }
                return total
            }
            XCTAssertEqual(sum, report.clients, "column \(table.columns[column])")
        }
        XCTAssertGreaterThan(report.noActual, 0, "the demo has clients without an actueel")
    }
}
