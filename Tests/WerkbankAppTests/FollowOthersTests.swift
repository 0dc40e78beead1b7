import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// The workbench follows other instances on the same data directory (on the tick), and shows a
/// refused edit (someone else changed it meanwhile) in a dialog.
final class FollowOthersTests: XCTestCase {
    private func someClient(of harness: AppHarness) throws -> Client {
        try XCTUnwrap(harness.model.data.clients.values.filter { $0.coach == "mvdberg" }.sorted { $0.id < $1.id }.first)
    }

    func testAnEditOfAnotherInstanceAppearsAfterATickAndTheStatusNamesWhoMadeIt() throws {
        let harness = try AppHarness()
        let client = try someClient(of: harness)
        harness.root.push(DossierScreen(root: harness.root, clientId: client.id))
        harness.send(.tick)
        harness.assertShows("Werkbank · " + client.fullName)

        let colleague = try XCTUnwrap(harness.model.data.users.values.filter { $0.role == .coach && $0.name != "mvdberg" }
            .min { $0.name < $1.name })
        let other = try Store.open(harness.directory, user: colleague.name)
        defer { other.close() }
        let author = colleague.displayName
        var changed = try XCTUnwrap(other.data.clients[client.id])
        changed.lastName = "Zwaneveld"
        try other.commit([.putClient(changed)], summary: "achternaam", subject: client.id)
        harness.assertHides("Zwaneveld")

        harness.send(.tick)
        harness.assertShows("Werkbank · " + changed.fullName)
        harness.assertShows("\(client.id) gewijzigd door \(author)")
        XCTAssertEqual(harness.model.index.row(clientId: client.id)?.lastName, "Zwaneveld")

        // The caseload (under the dossier) finds the client by the new name.
        harness.press(.escape)
        harness.type("/Zwaneveld")
        harness.assertShows(changed.listName)
    }

    /// A refusal on the status line is not replaced a tick later by the notice of the edit it
    /// was refused for (both name who changed the client).
    func testARefusalStaysOnTheStatusLineWhenTheEditItCaughtUpWithIsFollowed() throws {
        let harness = try AppHarness()
        let client = try someClient(of: harness)
        harness.root.push(DossierScreen(root: harness.root, clientId: client.id))
        harness.send(.tick)
        let other = try Store.open(harness.directory, user: "ayilmaz")
        defer { other.close() }
        var changed = try XCTUnwrap(other.data.clients[client.id])
        changed.hoursAvailable = 7
        try other.commit([.putClient(changed)], summary: "uren", subject: client.id)
        harness.model.report(EditConflict(subject: client.id, what: "uren", theirs: "7", yours: "9", by: "ayilmaz"))
        harness.press(.enter)   // the dialog's OK
        harness.send(.tick)
        harness.assertShows("niet opgeslagen: uren is intussen gewijzigd")
        harness.assertHides("\(client.id) gewijzigd door")
    }

    func testAnImportByAnotherInstanceRebuildsTheCaseload() throws {
        let harness = try AppHarness()
        let client = try someClient(of: harness)
        let other = try Store.open(harness.directory, user: "tester")
        defer { other.close() }
        var imported = other.data
        imported.clients[client.id]?.lastName = "Geïmporteerd"
        try other.replace(with: imported, summary: "import")
        harness.send(.tick)
        XCTAssertEqual(harness.model.index.row(clientId: client.id)?.lastName, "Geïmporteerd")
        XCTAssertEqual(harness.model.store.seq, other.seq)
    }

    func testARefusedEditShowsTheirValueAndYoursAndTheFormComesBack() throws {
        let harness = try AppHarness()
        let form = EditForm(title: "Trede wijzigen (test)", glyphs: .unicode)
        harness.root.presentForm(form)
        harness.send(.tick)
        harness.model.report(EditConflict(subject: "K1000", what: "trede", theirs: "3", yours: "4", by: "mvdberg"))
        harness.send(.tick)
        harness.assertShows("Intussen gewijzigd")
        harness.assertShows("hun waarde 3 — jouw waarde 4")
        let conflict = EditConflict(subject: "K1000", what: "trede", theirs: "3", yours: "4", by: "mvdberg")
        XCTAssertEqual(harness.model.conflictMessage(conflict),
                       "K1000: trede is intussen gewijzigd door M. van den Berg: hun waarde 3 — jouw waarde 4. Er is niets opgeslagen.")
        harness.press(.enter)
        harness.assertHides("Intussen gewijzigd")
        harness.assertShows("Trede wijzigen (test)")
    }
}
