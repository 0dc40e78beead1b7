import XCTest
@testable import WerkbankCore

final class ReportPlaatsingenTests: XCTestCase {
    typealias D = ReportData

    func testFunnelAndLastingOutflow() {
        let placements = [
            Placement(id: "p1", clientId: "a", employerId: "e", stage: .permanent, proposed: D.day("01-01-2016"),
                      trialStart: D.day("01-02-2016"), temporaryStart: D.day("01-05-2016"), permanentStart: D.day("01-11-2016")),
            Placement(id: "p2", clientId: "b", employerId: "e", stage: .temporary, proposed: D.day("01-03-2016"),
                      temporaryStart: D.day("01-04-2016"), end: D.day("30-09-2016")),
            Placement(id: "p3", clientId: "c", employerId: "e", stage: .trial, proposed: D.day("01-06-2017"), trialStart: D.day("01-07-2017")),
            Placement(id: "p4", clientId: "c", employerId: "e", stage: .proposed, proposed: D.day("20-07-2017")),
            Placement(id: "p5", clientId: "d", employerId: "e", stage: .trial, proposed: D.day("01-07-2017"),
                      trialStart: D.day("15-08-2017")),   // trial starts after the peildatum
            Placement(id: "future", clientId: "d", employerId: "e", stage: .proposed, proposed: D.day("01-09-2017")),
        ]
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-01-2015", "30-04-2016", .work)]),
            Client(id: "b", benefits: [D.benefit("01-01-2015", "31-03-2016", .work), D.benefit("01-10-2016")]),   // back on benefit
            Client(id: "c", benefits: [D.benefit("01-01-2017")]),
            Client(id: "d", benefits: [D.benefit("01-01-2017")]),
        ], placements: placements)
        let report = PlaatsingenReport(data, peildatum: D.day("31-07-2017"))
        XCTAssertEqual(report.funnel[.proposed], 5)
        XCTAssertEqual(report.funnel[.trial], 3, "p1, p2 (temporary without trial), p3")
        XCTAssertEqual(report.funnel[.temporary], 2)
        XCTAssertEqual(report.funnel[.permanent], 1)
        let six = report.lasting[0], twelve = report.lasting[1]
        XCTAssertEqual([six.months, six.placed, six.stillWorking, six.offBenefit], [6, 2, 1, 1],
                       "p2 ended 30-09-2016 (before 01-10-2016) and b is on benefit again on 01-10-2016")
        XCTAssertEqual([twelve.months, twelve.placed, twelve.stillWorking, twelve.offBenefit], [12, 2, 1, 1])
        XCTAssertEqual(report.firstMonth?.iso, "2016-01")
        XCTAssertEqual(report.lastMonth?.iso, "2017-07")
        XCTAssertTrue(report.json.text.contains(#""trechter":{"voorgesteld":5,"proefplaatsing":3,"tijdelijk_contract":2,"vast_contract":1}"#))
    }
}
