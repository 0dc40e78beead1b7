import XCTest
@testable import WerkbankCore

final class ExpiringDeploymentsTests: XCTestCase {
    private func client(_ id: String, _ last: String, _ deployments: [InstrumentDeployment]) -> Client {
        Client(id: id, firstName: "A", lastName: last, deployments: deployments)
    }

    private func deployment(_ id: String, _ instrument: String, _ start: String, _ end: String?, cancelled: Bool = false) -> InstrumentDeployment {
        InstrumentDeployment(id: id, instrumentId: instrument, start: CaseloadFixture.day(start),
                             end: end.map(CaseloadFixture.day), cancelled: cancelled)
    }

    func testEndingWithinThirtyDaysOrPastTheMaximumSortedByDate() {
        let clients = [
            client("c1", "Een", [deployment("d1", "jobcoaching", "01-01-2026", "10-12-2026")]),
            client("c2", "Twee", [deployment("d2", "proefplaatsing", "01-09-2026", "15-12-2026")]),
            client("c3", "Drie", [deployment("d3", "proefplaatsing", "01-06-2026", nil)]),
            client("c4", "Vier", [deployment("d4", "leren_werken", "01-10-2026", "31-03-2027")]),
            client("c5", "Vijf", [deployment("d5", "jobcoaching", "01-01-2026", "23-11-2026")]),
            client("c6", "Zes", [deployment("d6", "jobcoaching", "01-01-2026", "01-12-2026", cancelled: true),
                                 deployment("d6b", "jobcoaching", "01-01-2026", "01-11-2026")]),
            client("c7", "Zeven", [deployment("d7", "onbekend", "01-01-2026", "01-12-2026")]),
            client("c8", "Acht", [deployment("d8", "taal", "01-01-2026", nil)]),
            client("c9", "Negen", [deployment("d9", "jobcoaching", "01-01-2026", "24-12-2026")]),
        ]
        let items = ExpiringDeployments.items(clients: clients, instruments: CaseloadFixture.instruments, today: CaseloadFixture.today)
        XCTAssertEqual(items.map(\.deployment.id), ["d3", "d5", "d7", "d1", "d2"], "c9 ends in 31 days: outside the window")
        XCTAssertEqual(items.map(\.reason), [
            .pastMaximum(maxMonths: 3, lastDay: CaseloadFixture.day("31-08-2026")),
            .endsSoon(days: 0), .endsSoon(days: 8), .endsSoon(days: 17),
            .pastMaximum(maxMonths: 3, lastDay: CaseloadFixture.day("30-11-2026")),
        ])
        XCTAssertEqual(items.map(\.reason.message), ["over de maximale duur van 3 maanden (t/m 31-08-2026)", "loopt vandaag af",
                                                     "loopt af over 8 dagen", "loopt af over 17 dagen",
                                                     "over de maximale duur van 3 maanden (t/m 30-11-2026)"])
        XCTAssertEqual(items.first?.clientName, "Drie, A.")
        XCTAssertEqual(items[2].instrumentName, "onbekend")
        XCTAssertEqual(items.first?.date, CaseloadFixture.day("31-08-2026"))
    }

    func testWindowIsAParameter() {
        let clients = [client("c9", "Negen", [deployment("d9", "jobcoaching", "01-01-2026", "24-12-2026")])]
        XCTAssertEqual(ExpiringDeployments.items(clients: clients, instruments: CaseloadFixture.instruments,
                                                 today: CaseloadFixture.today, withinDays: 31).count, 1)
    }
}
