import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// A coach's fast start on screen: the caseload at once from their own clients, the status line
/// saying the rest is loading, then on a tick every client, with the caseload index built in the
/// background and brought up to date with what others saved meanwhile.
final class FastStartScreenTests: XCTestCase {
    func testTheCaseloadComesFirstAndEveryClientAfterATick() throws {
        let harness = try AppHarness(clients: 600, fastStart: true)
        XCTAssertFalse(harness.store.isComplete)
        harness.application.redraw()
        let title = try XCTUnwrap(harness.screen.split(separator: "\n").first.map(String.init))
        XCTAssertTrue(title.contains("caseload M. van den Berg ("), title)
        harness.assertShows("de andere klanten worden geladen… 0%")
        XCTAssertLessThan(harness.store.data.clients.count, 600)

        harness.model.loadRest()
        harness.store.waitForLoading()
        // Saved by a colleague after the rest was read, before it is taken over.
        // One of the coach's own (the blocks read first also hold neighbours of other coaches).
        let other = try XCTUnwrap(harness.store.data.clients.values.first {
            $0.coach == "mvdberg" && harness.model.index.row(clientId: $0.id)?.isActive == true
        })
        let colleague = try Store.open(harness.directory, user: "ayilmaz")
        try colleague.commit([.setField(client: other.id, field: .lastName, old: .text(other.lastName), new: .text("Zwaneveld"))],
                             summary: "achternaam", subject: other.id)
        colleague.close()
        harness.send(.tick)
        XCTAssertTrue(harness.store.isComplete)
        harness.assertShows("alle 600 klanten geladen")
        XCTAssertEqual(harness.screen.split(separator: "\n").first.map(String.init), title, "the coach's caseload was whole from the start")
        let rebuilt = CaseloadIndex(dataset: harness.store.data, today: AppHarness.today)
        XCTAssertEqual(harness.store.data.clients.count, 600)
        for id in harness.store.data.clients.keys {
            XCTAssertEqual(harness.model.index.row(clientId: id), rebuilt.row(clientId: id), id)
        }
        XCTAssertEqual(harness.model.index.row(clientId: other.id)?.lastName, "Zwaneveld")
        harness.type("/Zwaneveld")
        harness.assertShows("Zwaneveld, ")
    }
}
