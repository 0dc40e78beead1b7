import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class TodayScreenTests: XCTestCase {
    func testListsOverdueActionsAndMarksOneDone() throws {
        let app = try AppHarness(user: "mvdberg", clients: 1000)
        let expected = TodayView.items(clients: app.model.data.clients.values.filter { $0.coach == "mvdberg" }, today: AppHarness.today)
        XCTAssertGreaterThan(expected.count, 1)
        let oldest = expected[0]
        XCTAssertGreaterThan(oldest.daysOverdue, 0)
        app.press(.function(9))
        let screen = try XCTUnwrap(app.root.top as? TodayScreen)
        XCTAssertTrue(app.line(0).contains("vandaag: \(expected.count) acties"), app.line(0))
        // The first row (under the column titles): due date, days late, client, action.
        let first = app.line(2)
        for part in [oldest.action.due.dutch, "\(oldest.daysOverdue) d", oldest.clientName, oldest.action.title] {
            XCTAssertTrue(first.contains(part), "\(part) missing in: \(first)")
        }
        XCTAssertEqual(app.backend.screen[12, 2].style.role, .selection, "the first row is selected")
        XCTAssertEqual(screen.items.map(\.action.id), expected.map(\.action.id))
        app.press(.char("d"))
        app.assertShows("opgeslagen: actie '\(oldest.action.title)' gedaan")
        let saved = try app.reopenedData()
        let action = try XCTUnwrap(saved.clients[oldest.clientId]?.actions.first { $0.id == oldest.action.id })
        XCTAssertEqual(action.status, .done)
        XCTAssertEqual(action.doneOn, AppHarness.today)
        XCTAssertEqual(screen.items.count, expected.count - 1)
        XCTAssertFalse(screen.items.contains { $0.action.id == oldest.action.id })
        app.press(.char("u"))
        XCTAssertEqual(screen.items.count, expected.count, "undo brings the action back")
    }

    func testEnterOpensTheDossierOfTheAction() throws {
        let app = try AppHarness(user: "mvdberg")
        app.press(.function(9))
        let screen = try XCTUnwrap(app.root.top as? TodayScreen)
        let item = try XCTUnwrap(screen.items.first)
        app.press(.enter)
        XCTAssertEqual((app.root.top as? DossierScreen)?.clientId, item.clientId)
        app.press(.escape)
        XCTAssertTrue(app.root.top === screen)
    }
}
