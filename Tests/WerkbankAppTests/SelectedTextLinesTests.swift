import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Below 120 columns a list's text column is narrow: the selected line's text (a reason, what is
/// due "uiterlijk …") is shown whole under the list.
final class SelectedTextLinesTests: XCTestCase {
    func testTheDrilldownShowsTheSelectedActionWithItsDeadlineWholeAt80Columns() throws {
        let app = try AppHarness(user: "gwolbers", clients: 60, width: 80, height: 24)
        let client = try XCTUnwrap(app.model.data.clients.values.sorted { $0.id < $1.id }.first { !$0.actions.isEmpty })
        let action = try XCTUnwrap(client.actions.first)
        app.root.push(DrilldownScreen(root: app.root, heading: "Acties", entries: [DrilldownEntry(.action, id: action.id, clientId: client.id)],
                                      peildatum: AppHarness.today))
        app.application.redraw()
        app.assertShows("Wat: \(action.title) (uiterlijk \(action.due.dutch))")
        app.resize(width: 200, height: 60)
        app.assertHides("Wat: ")
    }

    func testLinesWrapAndStopAt120Columns() {
        let text = String(repeating: "reden ", count: 40)
        let lines = SelectedTextLines.lines("Reden", text, width: 80)
        XCTAssertEqual(lines.count, 3, "at most 3 lines")
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 78 })
        XCTAssertEqual(SelectedTextLines.lines("Reden", text, width: 120), [])
        XCTAssertEqual(SelectedTextLines.lines("Reden", "", width: 80), [])
    }
}
