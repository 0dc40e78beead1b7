import XCTest
@testable import WerkbankCore

final class ReportPreventieTests: XCTestCase {
    typealias D = ReportData

    func testRoundingIsHalfAwayFromZero() {
        XCTAssertEqual(Tenths.percentage(33, of: 80)?.description, "41.3", "41.25 rounds up")
        XCTAssertEqual(Tenths.percentage(47, of: 80)?.description, "58.8", "58.75 rounds up")
        XCTAssertEqual(Tenths.percentage(54, of: 131)?.description, "41.2")
        XCTAssertEqual(Tenths(-1, over: 4)?.description, "-0.3", "-0.25 rounds away from zero")
        XCTAssertEqual(Tenths(1, over: 3)?.description, "0.3")
        XCTAssertNil(Tenths.percentage(1, of: 0))
    }

    func testCohortByMeldingDateWithLastDayOfMonth() {
        let data = D.dataset([], meldingen: [
            D.melding("1", "31-01-2017", application: "02-02-2017", decision: .granted),  // last day of January
            D.melding("2", "01-02-2017", application: "03-02-2017", decision: .rejected),
            D.melding("3", "28-02-2017", application: "01-03-2017"),                      // undecided
            D.melding("4", "28-02-2017"),
            D.melding("5", "15-02-2017", application: "16-02-2017", decision: .withdrawn),
            D.melding("6", "20-02-2017", application: "21-02-2017", decision: .notProcessed),
            D.melding("7", "21-02-2017", application: "22-02-2017", decision: .granted),
        ])
        let report = PreventieReport(data)
        XCTAssertEqual(report.months.map(\.month.iso), ["2017-01", "2017-02"])
        let january = report.months[0].counts, february = report.months[1].counts
        XCTAssertEqual(january.meldingen, 1)
        XCTAssertEqual(january.granted, 1)
        XCTAssertEqual(january.preventionRate, Tenths(tenths: 0))
        XCTAssertEqual(february.meldingen, 6)
        XCTAssertEqual(february.applications, 5)
        XCTAssertEqual([february.granted, february.rejected, february.notProcessed, february.withdrawn, february.undecided], [1, 1, 1, 1, 1])
        XCTAssertEqual(february.grantedPercentage?.description, "16.7")
        XCTAssertEqual(february.preventionRate?.description, "83.3")
        XCTAssertEqual(report.total.meldingen, 7)
        XCTAssertEqual(report.total.grantedPercentage?.description, "28.6", "2 of 7")
    }

    func testPeriodBoundsAndEmptyMonths() {
        let data = D.dataset([], meldingen: [
            D.melding("1", "15-12-2016", decision: .granted),
            D.melding("2", "03-03-2017"),
            D.melding("future", "01-05-2017"),
        ])
        let report = PreventieReport(data, period: D.period("2017-01", "2017-03"))
        XCTAssertEqual(report.months.map(\.month.iso), ["2017-01", "2017-02", "2017-03"])
        XCTAssertEqual(report.months.map(\.counts.meldingen), [0, 0, 1])
        XCTAssertNil(report.months[0].counts.preventionRate, "no meldingen: no percentage")
        XCTAssertEqual(report.total.meldingen, 1, "a melding after the period does not count")
        XCTAssertTrue(report.json.text.contains(#"{"maand":"2017-01","meldingen":0,"aanvragen":0,"toegekend":0,"afgewezen":0,"buiten_behandeling":0,"ingetrokken":0,"pct_toegekend":null,"preventiequote":null}"#))
    }

    func testJSONShape() {
        var meldingen = (0..<80).map { D.melding("m\($0)", "10-01-2017", application: $0 < 40 ? "11-01-2017" : nil, decision: $0 < 33 ? .granted : nil) }
        meldingen.append(D.melding("x", "10-02-2017", decision: .rejected))
        let text = PreventieReport(D.dataset([], meldingen: meldingen)).json.text
        XCTAssertEqual(text, #"{"maanden":[{"maand":"2017-01","meldingen":80,"aanvragen":40,"toegekend":33,"afgewezen":0,"buiten_behandeling":0,"ingetrokken":0,"pct_toegekend":41.3,"preventiequote":58.8},"#
            + #"{"maand":"2017-02","meldingen":1,"aanvragen":0,"toegekend":0,"afgewezen":1,"buiten_behandeling":0,"ingetrokken":0,"pct_toegekend":0.0,"preventiequote":100.0}],"#
            + #""totaal":{"meldingen":81,"aanvragen":40,"toegekend":33,"afgewezen":1,"buiten_behandeling":0,"ingetrokken":0,"pct_toegekend":40.7,"preventiequote":59.3}}"#)
    }
}
