import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Who is working in the workbench: the modal user picker, the picked person on every line, the
/// reason asked before a dossier outside one's caseload opens, and the audit failing closed.
final class IdentityTests: XCTestCase {
    /// The picker's order: role, then display name.
    private func pickerIndex(of name: String, in app: AppHarness) throws -> Int {
        let users = app.model.data.users.values.sorted { ($0.role.sortOrder, $0.displayName) < ($1.role.sortOrder, $1.displayName) }
        return try XCTUnwrap(users.firstIndex { $0.name == name })
    }

    func testPickerIsModalUntilAChoiceIsMade() throws {
        let app = try AppHarness(user: "onbekend")
        app.assertShows("Wie ben je?")
        for key: Key in [.function(2), .function(8), .function(1), .function(9), .char(":"), .ctrl("p"), .char("c"), .char("/"), .escape, .char("u")] {
            app.press(key)
            XCTAssertTrue(app.root.top is UserPickerScreen, "\(key) left the picker:\n\(app.screen)")
            XCTAssertFalse(app.root.hasOverlay, "\(key) opened an overlay")
            XCTAssertEqual(app.root.stack.count, 1)
        }
        // The function bar does not react to a click either.
        app.send(.mouse(MouseEvent(x: 20, y: 39, button: .left)))
        XCTAssertTrue(app.root.top is UserPickerScreen)
        for _ in 0..<(try pickerIndex(of: "gwolbers", in: app)) { app.press(.down) }
        app.press(.enter)
        XCTAssertEqual(app.model.user.name, "gwolbers")
        XCTAssertFalse(app.root.top is UserPickerScreen)
        app.press(.function(8))
        XCTAssertTrue(app.root.top is DashboardScreen, "after the choice the workbench is reachable")
    }

    /// The journal's lines.
    private func journal(_ app: AppHarness) -> [String] {
        ((try? String(contentsOf: app.directory.appendingPathComponent("journal.jsonl"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    /// Every journal and audit line after the first `journalCount` / `auditCount` names `user`
    /// (and `admin` acting for them, or no admin); returns the new audit lines.
    @discardableResult
    private func assertEveryLineNames(_ user: String, admin: String?, in app: AppHarness, after journalCount: Int, _ auditCount: Int,
                                      file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let journal = journal(app).dropFirst(journalCount), audit = try app.auditLog().dropFirst(auditCount)
        XCTAssertFalse(journal.isEmpty, "nothing journaled", file: file, line: line)
        for entry in journal {
            XCTAssertTrue(entry.contains(#""user":"\#(user)""#), entry, file: file, line: line)
        }
        for entry in audit {
            XCTAssertTrue(entry.contains(#""user":"\#(user)""#), entry, file: file, line: line)
            XCTAssertEqual(entry.contains(#""admin":"\#(admin ?? "")""#), admin != nil, entry, file: file, line: line)
            XCTAssertFalse(admin == nil && entry.contains(#""admin""#), entry, file: file, line: line)
        }
        return Array(audit)
    }

    func testThePickedUserNotTheOSLoginIsOnTheJournalTheAuditAndTheRecord() throws {
        let app = try AppHarness(user: "onbekend")
        let journalCount = journal(app).count, auditCount = try app.auditLog().count
        for _ in 0..<(try pickerIndex(of: "mvdberg", in: app)) { app.press(.down) }
        app.press(.enter)
        XCTAssertEqual(app.model.user.name, "mvdberg")
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        app.showTab("Notities", in: dossier)
        app.type("n")          // opens on the text; back to the channel
        app.press(.backTab)
        app.type("t")
        app.press(.tab)
        app.type("Gebeld na keuze in de kiezer.")
        app.press(.ctrl("s"))
        app.assertShows("opgeslagen: notitie")
        let note = try XCTUnwrap(try app.reopenedNotes(of: client.id).first { $0.text.hasPrefix("Gebeld na keuze") })
        XCTAssertEqual(note.by, "mvdberg")
        // Undone and done again: those lines are hers as well.
        app.press(.char("u"))
        XCTAssertNil(try app.reopenedNotes(of: client.id).first { $0.text.hasPrefix("Gebeld na keuze") })
        app.press(.char("U"))
        XCTAssertEqual(try app.reopenedNotes(of: client.id).first { $0.text.hasPrefix("Gebeld na keuze") }?.by, "mvdberg")

        let audit = try assertEveryLineNames("mvdberg", admin: nil, in: app, after: journalCount, auditCount)
        XCTAssertEqual(journal(app).count - journalCount, 3, "note, undo, redo")
        XCTAssertTrue(audit.contains { $0.contains(#""action":"bekeken""#) && $0.contains(client.id) }, "\(audit)")
        for revert in ["undo", "redo"] {
            XCTAssertTrue(audit.contains { $0.contains(#""action":"edit""#) && $0.contains(#""revert":"\#(revert)""#) }, "\(audit)")
        }
        XCTAssertFalse(audit.contains { $0.contains(#""user":"\#(CLI.osUserName([:]))""#) }, "\(audit)")
    }

    /// An admin bound to the login works as another admin: a bulk assignment, its undo and redo
    /// are journaled as that person and every audit line names the admin acting for them.
    func testABulkAssignmentByAnAdminActingForSomeoneNamesBothOnEveryLine() throws {
        var data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 200, today: AppHarness.today).generate()
        data.users["blansink"]?.login = "beheer"
        let app = try AppHarness(user: "pleferink", login: "beheer", dataset: data)
        XCTAssertEqual(app.model.user.name, "pleferink")
        XCTAssertEqual(app.store.actingAdmin, "blansink")
        let screen = try XCTUnwrap(app.root.top as? CaseloadScreen)
        let ids = Array(app.model.data.clients(of: "mvdberg").map(\.id).sorted().prefix(2))
        let journalCount = journal(app).count, auditCount = try app.auditLog().count
        screen.assign(ids, to: try XCTUnwrap(app.model.data.users["edvries"]))
        XCTAssertEqual(ids.map { try? app.reopenedData().clients[$0]?.coach }, ["edvries", "edvries"])
        app.model.undo(client: nil)
        XCTAssertEqual(ids.map { try? app.reopenedData().clients[$0]?.coach }, ["mvdberg", "mvdberg"])
        app.model.redo(client: nil)
        XCTAssertEqual(ids.map { try? app.reopenedData().clients[$0]?.coach }, ["edvries", "edvries"])

        let audit = try assertEveryLineNames("pleferink", admin: "blansink", in: app, after: journalCount, auditCount)
        for id in ids {
            let lines = audit.filter { $0.contains(#""subject":"\#(id)""#) && $0.contains(#""action":"edit""#) }
            XCTAssertEqual(lines.count, 3, "assigned, undone, redone: \(lines)")
        }
    }

    func testThePickerOffersOnlyTheUsersOfTheOSLogin() throws {
        var data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 50, today: AppHarness.today).generate()
        data.users["mvdberg"]?.login = "marieke"
        data.users["gwolbers"]?.login = "marieke"
        let app = try AppHarness(user: "hscholten", login: "marieke", dataset: data)
        app.assertShows("gebruiker 'hscholten' hoort bij OS-login")   // unbound, but marieke has bindings
        app.assertShows("(mvdberg, werkcoach)")
        app.assertShows("(gwolbers,")
        app.assertHides("(hscholten,")
        XCTAssertEqual(app.screen.components(separatedBy: "  (").count - 1, 2, app.screen)
    }

    func testABoundUserStartsWithoutThePickerFromTheirLogin() throws {
        var data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 50, today: AppHarness.today).generate()
        data.users["mvdberg"]?.login = "marieke"
        let app = try AppHarness(user: "mvdberg", login: "marieke", dataset: data)
        XCTAssertFalse(app.root.top is UserPickerScreen)
        XCTAssertEqual(app.store.user, "mvdberg")
    }

    func testADossierOutsideTheCaseloadAsksWhyAndAuditsTheReason() throws {
        let app = try AppHarness(user: "mvdberg")
        let own = try app.someClient()
        app.root.openDossier(own.id)
        XCTAssertFalse(app.root.hasOverlay, "own client: no question")
        XCTAssertTrue(app.root.top is DossierScreen)
        app.root.pop()

        let other = try XCTUnwrap(app.model.data.clients.values.filter { $0.coach != "mvdberg" && !$0.coach.isEmpty }
            .min { $0.id < $1.id })
        app.root.openDossier(other.id)
        app.application.redraw()
        app.assertShows("Waarom open je dit dossier?")
        app.assertShows("vervanging collega")
        app.assertShows("klacht of bezwaar")
        XCTAssertFalse(app.root.top is DossierScreen, "not open before a reason")
        app.press(.escape)
        XCTAssertFalse(app.root.top is DossierScreen, "Esc: not opened")
        XCTAssertFalse(try app.auditLog().contains { $0.contains(other.id) }, "nothing viewed, nothing logged")

        app.root.openDossier(other.id)
        for _ in 0..<4 { app.press(.down) }     // anders
        app.press(.enter)
        app.assertShows("bij 'anders' is een toelichting nodig")
        app.type("Vraag van de wethouder")
        app.press(.enter)
        XCTAssertEqual((app.root.top as? DossierScreen)?.clientId, other.id)
        let line = try XCTUnwrap(try app.auditLog().first { $0.contains(other.id) })
        XCTAssertTrue(line.contains(#""action":"bekeken""#) && line.contains("dossier; reden: anders — Vraag van de wethouder")
                      && line.contains(#""user":"mvdberg""#), line)
    }

    func testDossierAndBSNAreNotShownWhenTheAuditLineCannotBeWritten() throws {
        // A full disk: every write to /dev/full fails with "No space left on device".
        let app = try AppHarness(user: "mvdberg") { directory in
            let audit = directory.appendingPathComponent("audit.jsonl")
            try FileManager.default.removeItem(at: audit)
            try FileManager.default.createSymbolicLink(atPath: audit.path, withDestinationPath: "/dev/full")
        }
        let client = try app.someClient()
        app.root.openDossier(client.id)
        app.application.redraw()
        XCTAssertFalse(app.root.top is DossierScreen)
        app.assertShows("dossier niet getoond: het auditlog kon niet worden bijgewerkt")

        // A dossier that is open when the disk fills up: the BSN stays masked.
        let bsn = try XCTUnwrap(client.bsn)
        app.root.push(DossierScreen(root: app.root, clientId: client.id))
        app.type("b")
        app.assertHides(bsn)
        app.assertShows(BSN.masked(bsn))
        XCTAssertTrue(app.model.status?.text.hasPrefix("BSN niet getoond: het auditlog kon niet worden bijgewerkt") == true,
                      app.model.status?.text ?? "")
    }
}
