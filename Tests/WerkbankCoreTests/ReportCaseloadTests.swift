import XCTest
@testable import WerkbankCore

final class ReportCaseloadTests: XCTestCase {
    typealias D = ReportData

    func testPerCoach() {
        let peildatum = D.day("31-07-2017")
        func note(_ date: String) -> ContactNote { ContactNote(id: date, date: D.day(date), by: "x", channel: .meeting, text: "") }
        let data = D.dataset([
            Client(id: "a", coach: "jansen", ladder: [D.observation("01-01-2017", .start, .isolated), D.observation("01-05-2017", .actual, .unpaidWork)],
                   notes: [note("05-06-2017")],   // exactly 8 weeks before: not "more than"
                   actions: [PlanAction(id: "1", title: "cv", due: D.day("30-07-2017")),
                             PlanAction(id: "2", title: "bellen", due: D.day("31-07-2017")),            // due today: not late
                             PlanAction(id: "3", title: "klaar", due: D.day("01-07-2017"), status: .done)]),
            Client(id: "b", coach: "jansen", ladder: [D.observation("01-01-2017", .start, .paidWork),
                                                     D.observation("01-08-2017", .actual, .isolated)],   // after the peildatum
                   notes: [note("04-06-2017"), note("10-08-2017")],   // the later contact is after the peildatum
                   actions: [PlanAction(id: "4", title: "later", due: D.day("01-09-2017"))]),   // open: the plan keeps b in view
            Client(id: "e", coach: "jansen", benefits: [BenefitPeriod(id: "u", start: D.day("01-01-2016"), end: D.day("30-06-2017"))]),   // flowed out
            Client(id: "c", coach: "bakker"),
            Client(id: "d", coach: ""),
        ])
        let report = CaseloadReport(data, peildatum: peildatum)
        XCTAssertEqual(report.coaches.map(\.coach), ["", "bakker", "jansen"])
        let jansen = report.coaches[2]
        XCTAssertEqual(jansen.clients, 2, "the flowed-out client e is not in the coach's caseload now")
        XCTAssertEqual(jansen.rungs[.unpaidWork], 1)
        XCTAssertEqual(jansen.rungs[.paidWork], 1)
        XCTAssertEqual(jansen.rungs[.isolated], 0)
        XCTAssertEqual(jansen.unknownRung, 0)
        XCTAssertEqual(jansen.overdueActions, 1)
        XCTAssertEqual(jansen.outOfView, 1, "b: last contact up to the peildatum is 8 weeks and 1 day ago")
        XCTAssertEqual(report.coaches[1].unknownRung, 1)
        XCTAssertEqual(report.coaches[1].outOfView, 1, "never contacted")
        XCTAssertEqual(CaseloadReport(data, peildatum: peildatum, outOfViewWeeks: 9).coaches[2].outOfView, 0)
        var nine = data
        nine.settings.outOfViewWeeks = 9
        XCTAssertEqual(CaseloadReport(nine, peildatum: peildatum).outOfViewWeeks, 9, "the team setting is the default N")
        XCTAssertEqual(CaseloadReport(nine, peildatum: peildatum).coaches[2].outOfView, 0)
    }

    func testCoachScopeFiltersClientsAndMeldingen() {
        let data = D.dataset([Client(id: "a", coach: "jansen"), Client(id: "b", coach: "bakker")],
                             meldingen: [D.melding("1", "01-01-2017", client: "a"), D.melding("2", "01-01-2017", client: "b"),
                                         D.melding("3", "01-01-2017")])
        let scoped = data.scoped(toCoach: "jansen")
        XCTAssertEqual(Set(scoped.clients.keys), ["a"])
        XCTAssertEqual(Set(scoped.meldingen.keys), ["1"])
        XCTAssertEqual(data.scoped(toCoach: nil), data)
    }
}
