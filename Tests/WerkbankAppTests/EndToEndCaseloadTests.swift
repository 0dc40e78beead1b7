import Foundation
import WerkbankCore
import XCTest

/// The real binary in tmux: a coach searches a client by name, opens the dossier and quits.
final class EndToEndCaseloadTests: XCTestCase {
    private let environment = ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_MOUSE": "0", "LANG": "C.UTF-8"]

    private func makeDemoDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-caseload-\(UUID().uuidString)")
        let made = ChildProcess.run([TmuxSession.binary.path, "demo", "--out", directory.path, "--clients", "400"], environment: environment)
        guard made.status == 0 else { throw WerkbankTestError("werkbank demo failed (\(made.status)): \(made.output)") }
        return directory
    }

    func testSearchAClientOpenTheDossierAndQuit() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        let directory = try makeDemoDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A client of mvdberg whose surname is the only one of its kind in the caseload.
        let store = try Store.open(directory, user: "test", readOnly: true)
        let data = store.data
        store.close()
        let today = try XCTUnwrap(Day(parsing: environment["WERKBANK_TODAY"] ?? ""))
        let own = data.clients.values.filter { $0.coach == "mvdberg" && $0.isActive(on: today) }
        let client = try XCTUnwrap(own.sorted { $0.id < $1.id }.first { candidate in
            candidate.lastName.count >= 5 && own.filter { $0.lastName == candidate.lastName }.count == 1
        })

        let session = try TmuxSession(width: 100, height: 30,
                                      command: [TmuxSession.binary.path, "--data", directory.path, "--user", "mvdberg"],
                                      environment: environment)
        defer { session.kill() }
        let start = session.waitFor("caseload M. van den Berg (\(own.count))")
        XCTAssertTrue(start.contains("\(own.count) klanten"), start)

        session.type("/")
        session.type(client.lastName)
        let found = session.waitFor(all: ["1 van \(own.count) klanten", "zoek: " + client.lastName, client.listName])
        XCTAssertTrue(found.contains(client.listName), found)
        XCTAssertTrue(found.contains("zoek: " + client.lastName), found)

        session.send("Enter")   // keep the filter, back to the list
        session.send("Enter")   // open the dossier
        let dossier = session.waitFor("Werkbank · " + client.fullName)
        XCTAssertFalse(dossier.contains("caseload M. van den Berg"), dossier)

        // Move the rung with a reason (from the Overzicht tab).
        let current = client.ladderPosition.current?.rawValue ?? 0
        let target = current == 6 ? 5 : current + 1
        session.type("r")
        session.waitFor("Nieuwe trede")
        session.type("\(target)")
        session.type("e2e: werkervaringsplek gestart")
        session.send("Enter")
        session.waitFor("opgeslagen: trede \(current) → \(target)")

        session.send("Escape")
        session.waitFor("caseload M. van den Berg")
        session.send("q")
        session.waitForExit()

        // A restart finds the change in the dossier's history.
        let again = try TmuxSession(width: 100, height: 30,
                                    command: [TmuxSession.binary.path, "--data", directory.path, "--user", "mvdberg"],
                                    environment: environment)
        defer { again.kill() }
        again.waitFor("caseload M. van den Berg")
        again.type("/")
        again.type(client.lastName)
        again.waitFor(all: ["1 van ", "zoek: " + client.lastName, client.listName])
        again.send("Enter")
        again.send("Enter")
        again.waitFor("Werkbank · " + client.fullName)
        again.type("7")
        let history = again.waitFor("e2e: werkervaringsplek gestart")
        XCTAssertTrue(history.contains("M. van den Berg"), history)
        again.send("F10")
        again.waitForExit()
    }
}
