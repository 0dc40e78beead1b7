import Foundation
import WerkbankCore
import XCTest

/// Two real workbenches in tmux on one data directory: both write, an edit in one appears in the
/// other within a few seconds with the status line naming who made it, and a rung move made
/// from a form opened before the other's move is refused with both values.
final class EndToEndTwoInstancesTests: XCTestCase {
    private let environment = ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_MOUSE": "0", "LANG": "C.UTF-8"]
    private var directory: URL!

    override func setUpWithError() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-two-\(UUID().uuidString)")
        let made = ChildProcess.run([TmuxSession.binary.path, "demo", "--out", directory.path, "--clients", "300"], environment: environment)
        guard made.status == 0 else { throw WerkbankTestError("werkbank demo failed (\(made.status)): \(made.output)") }
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    private func stored() throws -> Dataset {
        let store = try Store.open(directory, user: "test", readOnly: true)
        defer { store.close() }
        return store.data
    }

    /// An active client of M. van den Berg whose surname is in no other active client's name (so
    /// a search finds exactly them, in her caseload and in everyone's).
    private func someClient() throws -> Client {
        let today = try XCTUnwrap(Day(parsing: "23-11-2026"))
        let active = try stored().clients.values.filter { $0.isActive(on: today) }
        return try XCTUnwrap(active.filter { $0.coach == "mvdberg" }.sorted { $0.id < $1.id }.first { candidate in
            let surname = candidate.lastName.lowercased()
            return surname.count >= 5 && active.filter { $0.fullName.lowercased().contains(surname) }.count == 1
        })
    }

    /// A workbench as `user`, with `client`'s dossier open (after stating a reason when it is not
    /// the user's own client).
    private func start(_ user: String, home: String, client: Client, reason: Bool = false) throws -> TmuxSession {
        let session = try TmuxSession(width: 100, height: 30,
                                      command: [TmuxSession.binary.path, "--data", directory.path, "--user", user],
                                      environment: environment)
        session.waitFor(home)
        session.type("/")
        session.type(client.lastName)
        session.waitFor(all: ["1 van ", "zoek: " + client.lastName, client.listName])
        session.send("Enter")
        session.send("Enter")
        if reason {
            session.waitFor("Waarom open je dit dossier?")
            session.send("Enter")
        }
        session.waitFor("Werkbank · " + client.fullName)
        return session
    }

    /// Opens the rung form ("trede wijzigen") on the Ladder tab.
    private func openRungForm(_ session: TmuxSession) {
        session.type("2")
        session.waitFor("r trede wijzigen")
        session.type("r")
        session.waitFor("Nieuwe trede")
    }

    /// Fills in the open rung form and saves it.
    private func saveRungForm(_ session: TmuxSession, rung: Int, reason: String) {
        session.type("\(rung)")
        session.send("Enter")
        session.send("Enter")
        session.type(reason)
        session.send("Enter")
    }

    /// The text inside the dialog box on `screen` (between its top and bottom border), its
    /// wrapped lines joined by single spaces.
    private func dialogText(_ screen: String) -> String {
        let lines = screen.split(separator: "\n").map(String.init)
        guard let top = lines.firstIndex(where: { $0.contains("╭") }),
              let bottom = lines[top...].firstIndex(where: { $0.contains("╰") }) else { return "" }
        return lines[(top + 1) ..< bottom].map { line -> String in
            guard let left = line.firstIndex(of: "│"), let right = line.lastIndex(of: "│"), left < right else { return "" }
            return String(line[line.index(after: left) ..< right]).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    func testARungMovedInOneInstanceAppearsInTheOther() throws {
        let client = try someClient()
        let current = client.ladderPosition.current?.rawValue ?? 0
        let target = current == 6 ? 5 : current + 1
        let first = try start("mvdberg", home: "caseload M. van den Berg", client: client)
        defer { first.kill() }
        let second = try start("mvdberg", home: "caseload M. van den Berg", client: client)
        defer { second.kill() }
        second.type("7")   // Historie
        second.waitFor("Historie")

        openRungForm(first)
        saveRungForm(first, rung: target, reason: "e2e: twee werkbanken")
        first.waitFor("opgeslagen: trede \(current) → \(target)")
        let seen = second.waitFor(all: ["e2e: twee werkbanken", "\(client.id) gewijzigd door M. van den Berg"], timeout: 5)
        XCTAssertTrue(seen.contains("Werkbank · " + client.fullName), seen)

        // And the other way round: the second instance writes as well.
        openRungForm(second)
        saveRungForm(second, rung: current, reason: "e2e: terug")
        second.waitFor("opgeslagen: trede \(target) → \(current)")
        first.type("7")
        first.waitFor(all: ["e2e: terug", "e2e: twee werkbanken"], timeout: 5)
        XCTAssertEqual(try stored().clients[client.id]?.ladderPosition.current?.rawValue, current)
    }

    /// The werkcoach and the beheerder both open the rung form of one client; she saves first.
    /// His move, made from the rung he saw, is refused with a dialog naming her, her rung and
    /// his; nothing of his is saved, and what he typed is still in the form afterwards.
    func testAConflictingRungMoveIsRefusedWithBothValues() throws {
        let client = try someClient()
        let current = client.ladderPosition.current?.rawValue ?? 0
        let theirs = current == 6 ? 5 : current + 1
        let yours = try XCTUnwrap((1...6).first { $0 != current && $0 != theirs })
        let first = try start("mvdberg", home: "caseload M. van den Berg", client: client)
        defer { first.kill() }
        let second = try start("blansink", home: "caseload alle coaches", client: client, reason: true)
        defer { second.kill() }
        openRungForm(first)
        openRungForm(second)

        saveRungForm(first, rung: theirs, reason: "e2e: eerste")
        first.waitFor("opgeslagen: trede \(current) → \(theirs)")
        saveRungForm(second, rung: yours, reason: "e2e: tweede")
        let screen = second.waitFor(all: ["╭─ Intussen gewijzigd", "Er is niets opgeslagen.", "[O]K"])
        let message = dialogText(screen)
        let theirRung = ChangeText.rung(Rung(rawValue: theirs)), yourRung = ChangeText.rung(Rung(rawValue: yours))
        XCTAssertTrue(message.contains("\(client.id): trede is intussen gewijzigd door M. van den Berg: "
                                       + "hun waarde \(theirRung) — jouw waarde \(yourRung). Er is niets opgeslagen."), message)
        second.waitFor("niet opgeslagen: trede is intussen gewijzigd")

        second.send("Enter")   // OK: the form comes back with what was typed
        second.waitFor(all: ["Nieuwe trede", "e2e: tweede"])
        second.send("Escape")

        let data = try stored()
        let ladder = try XCTUnwrap(data.clients[client.id]).ladder
        XCTAssertEqual(data.clients[client.id]?.ladderPosition.current?.rawValue, theirs)
        XCTAssertEqual(ladder.filter { $0.reason == "e2e: eerste" }.map(\.by), ["mvdberg"])
        XCTAssertFalse(ladder.contains { $0.reason == "e2e: tweede" })
        let journal = try String(contentsOf: directory.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        XCTAssertTrue(journal.contains("e2e: eerste"))
        XCTAssertFalse(journal.contains("e2e: tweede"), "nothing of the refused move is journaled")
    }
}
