import XCTest
@testable import WerkbankCore

final class TodayViewTests: XCTestCase {
    func testOpenActionsDueTodayOrEarlierOldestFirst() {
        let items = TodayView.items(clients: CaseloadFixture.clients, today: CaseloadFixture.today)
        XCTAssertEqual(items.map(\.action.id), ["a5", "a1", "a3"], "done and future actions are left out")
        XCTAssertEqual(items.map(\.clientName), ["Bergen, S.", "Vries, J. de", "Jansen, A."])
        XCTAssertEqual(items.map(\.daysOverdue), [13, 3, 0])
    }

    func testSameDueDateOrdersByName() {
        let due = CaseloadFixture.day("20-11-2026")
        let clients = [
            Client(id: "x", firstName: "Jan", infix: "de", lastName: "Vries", actions: [PlanAction(id: "1", title: "a", due: due)]),
            Client(id: "y", firstName: "Els", infix: "van", lastName: "Dijk", actions: [PlanAction(id: "2", title: "b", due: due)]),
        ]
        XCTAssertEqual(TodayView.items(clients: clients, today: CaseloadFixture.today).map(\.clientId), ["y", "x"])
    }
}
