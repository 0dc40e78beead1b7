import XCTest
@testable import WerkbankCore

final class ReportKPITests: XCTestCase {
    typealias D = ReportData

    func testAmbitions() {
        let peildatum = D.day("31-07-2017")
        let data = D.dataset([
            // Rungs 1-2 cohort (running on the peildatum).
            Client(id: "up", benefits: [D.benefit("01-01-2016")], ladder: [
                D.observation("01-01-2016", .start, .isolated), D.observation("01-06-2017", .actual, .organisedActivities)]),
            Client(id: "same", benefits: [D.benefit("01-01-2016")], ladder: [
                D.observation("01-01-2016", .start, .socialContacts), D.observation("01-06-2017", .actual, .socialContacts)]),
            Client(id: "back", benefits: [D.benefit("01-01-2016")], ladder: [
                D.observation("01-01-2016", .start, .socialContacts), D.observation("01-06-2017", .actual, .isolated)]),
            Client(id: "late-up", benefits: [D.benefit("01-01-2014")], ladder: [
                D.observation("01-01-2014", .start, .isolated),
                D.observation("01-06-2016", .actual, .unpaidWork)]),     // more than 2 years after the start
            Client(id: "unmeasured", benefits: [D.benefit("01-01-2017")], ladder: [D.observation("01-01-2017", .start, .isolated)]),
            Client(id: "future-up", benefits: [D.benefit("01-01-2017")], ladder: [
                D.observation("01-01-2017", .start, .isolated), D.observation("01-09-2017", .actual, .paidWork)]),
            // Rungs 5-6 on 31-07-2016.
            Client(id: "to-work", benefits: [D.benefit("01-01-2015", "31-03-2017", .work)], ladder: [
                D.observation("01-01-2015", .start, .paidWork)]),
            Client(id: "to-swb", benefits: [D.benefit("01-01-2015", "31-07-2017", .workViaSWB)], ladder: [
                D.observation("01-01-2015", .start, .unpaidWork), D.observation("01-06-2016", .actual, .paidWorkWithSupport)]),
            Client(id: "moved", benefits: [D.benefit("01-01-2015", "31-03-2017", .moved)], ladder: [
                D.observation("01-01-2015", .start, .paidWork)]),
            Client(id: "still", benefits: [D.benefit("01-01-2015")], ladder: [D.observation("01-01-2015", .start, .paidWork)]),
            Client(id: "became-5-later", benefits: [D.benefit("01-01-2015", "01-05-2017", .work)], ladder: [
                D.observation("01-01-2015", .start, .unpaidWork), D.observation("01-09-2016", .actual, .paidWork)]),
        ], meldingen: (0..<20).map { D.melding("m\($0)", "10-07-2017", decision: $0 < 9 ? .granted : nil) })
        let report = KPIReport(data, options: ReportOptions(peildatum: peildatum, regionalOutflowRate: Tenths(tenths: 200)))

        let prevention = report.score(.preventionRate)
        XCTAssertEqual(prevention?.value, Tenths(tenths: 550), "11 of 20 meldingen not granted")
        XCTAssertEqual(prevention?.met, true, "55,0 meets the 55% ambition")

        let low = report.score(.lowRungsProgress)
        XCTAssertEqual(low?.denominator, 6)
        XCTAssertEqual(low?.numerator, 2, "up and same; late-up moved after 2 years, unmeasured and future-up have no actueel in the window")
        XCTAssertEqual(low?.met, false)

        let high = report.score(.highRungsToWork)
        XCTAssertEqual(high?.denominator, 4, "to-work, to-swb, moved, still (became-5-later was on rung 4 then)")
        XCTAssertEqual(high?.numerator, 2)
        XCTAssertEqual(high?.value, Tenths(tenths: 500))
        XCTAssertEqual(high?.met, true)

        let outflow = report.score(.outflowToWork)
        XCTAssertEqual(report.outflowYear, 2017)
        XCTAssertEqual(outflow?.denominator, 9, "beginstand 2017: the benefits started before 2017")
        XCTAssertEqual(outflow?.numerator, 3, "werk, werk_swb and werk ended in 2017")
        XCTAssertEqual(outflow?.value, Tenths(tenths: 333))
        XCTAssertEqual(outflow?.met, true)

        let withoutRegional = KPIReport(data, options: ReportOptions(peildatum: peildatum))
        XCTAssertNil(withoutRegional.score(.outflowToWork)?.met, "no regional average: not judged")
        XCTAssertTrue(withoutRegional.json.text.contains(#"{"code":"uitstroom_naar_werk","waarde":33.3,"doel":null,"gehaald":null,"teller":3,"noemer":9}"#))
    }
}
