import XCTest
@testable import WerkbankCore

final class ReportUitstroomTests: XCTestCase {
    typealias D = ReportData

    func testCountsEveryReasonAndWork() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-01-2015", "31-12-2015", .work), D.benefit("01-02-2016", "01-01-2017", .workViaSWB)]),
            Client(id: "b", benefits: [D.benefit("01-01-2014", "15-06-2015", .selfEmployed)]),
            Client(id: "c", benefits: [D.benefit("01-01-2014", "15-06-2015", .death)]),
            Client(id: "d", benefits: [D.benefit("01-01-2014", "20-06-2015")]),   // ended without a reason
            Client(id: "e", benefits: [D.benefit("01-01-2014")]),
        ])
        let report = UitstroomReport(data)
        XCTAssertEqual(report.years.map(\.year), [2015, 2016, 2017])
        let y2015 = report.years[0]
        XCTAssertEqual(y2015.count(.work), 1)
        XCTAssertEqual(y2015.count(.selfEmployed), 1)
        XCTAssertEqual(y2015.count(.death), 1)
        XCTAssertEqual(y2015.toWork, 2)
        XCTAssertEqual(y2015.total, 4, "the period without a reason counts in the total only")
        XCTAssertEqual(report.years[1].total, 0)
        XCTAssertEqual(report.years[2].count(.workViaSWB), 1)
        XCTAssertEqual(report.years[2].toWork, 1)
        // The total equals the outflow of the bestand report.
        XCTAssertEqual(BestandReport(data, period: D.period("2015", "2017")).years.map(\.outflow), report.years.map(\.total))
    }

    func testJSONListsEveryReasonCodeWithZeros() {
        let data = D.dataset([Client(id: "a", benefits: [D.benefit("01-01-2015", "31-12-2015", .work)])])
        XCTAssertEqual(UitstroomReport(data).json.text,
                       #"{"jaren":[{"jaar":2015,"redenen":{"werk":1,"werk_swb":0,"zelfstandig":0,"verhuizing":0,"inkomen_partner":0,"studie":0,"detentie":0,"aow":0,"overlijden":0,"overig":0},"naar_werk":1,"totaal":1}]}"#)
    }
}
