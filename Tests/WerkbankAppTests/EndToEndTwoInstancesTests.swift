import Foundation
import WerkbankCore
import XCTest

/// Two real workbenches in tmux on one data directory: both write, and an edit in one appears in
/// the other within a few seconds, with the status line naming who made it.
final class EndToEndTwoInstancesTests: XCTestCase {
    private let environment = ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_MOUSE": "0", "LANG": "C.UTF-8"]

    func testARungMovedInOneInstanceAppearsInTheOther() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-two-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = ChildProcess.run([TmuxSession.binary.path, "demo", "--out", directory.path, "--clients", "300"], environment: environment)
        guard made.status == 0 else { throw WerkbankTestError("werkbank demo failed (\(made.status)): \(made.output)") }
        let data = try Store.open(directory, user: "test", readOnly: true).data
        let today = try XCTUnwrap(Day(parsing: "23-11-2026"))
        let own = data.clients.values.filter { $0.coach == "mvdberg" && $0.isActive(on: today) }
        let client = try XCTUnwrap(own.sorted { $0.id < $1.id }.first { candidate in
            candidate.lastName.count >= 5 && own.filter { $0.lastName == candidate.lastName }.count == 1
        })
        let current = client.ladderPosition.current?.rawValue ?? 0
        let target = current == 6 ? 5 : current + 1

        func start(_ user: String) throws -> TmuxSession {
            let session = try TmuxSession(width: 100, height: 30,
                                          command: [TmuxSession.binary.path, "--data", directory.path, "--user", user],
                                          environment: environment)
            session.waitFor("caseload M. van den Berg")
            session.type("/")
            session.type(client.lastName)
            session.waitFor(all: ["1 van ", "zoek: " + client.lastName, client.listName])
            session.send("Enter")
            session.send("Enter")
            session.waitFor("Werkbank · " + client.fullName)
            return session
        }
        let first = try start("mvdberg")
        defer { first.kill() }
        let second = try start("mvdberg")
        defer { second.kill() }
        second.type("7")   // Historie
        second.waitFor("Historie")

        first.type("2")
        first.waitFor("r trede wijzigen")
        first.type("r")
        first.waitFor("Nieuwe trede")
        first.type("\(target)")
        first.send("Enter")
        first.send("Enter")
        first.type("e2e: twee werkbanken")
        first.send("Enter")
        first.waitFor("opgeslagen: trede \(current) → \(target)")
        let seen = second.waitFor(all: ["e2e: twee werkbanken", "\(client.id) gewijzigd door M. van den Berg"], timeout: 5)
        XCTAssertTrue(seen.contains("Werkbank · " + client.fullName), seen)

        // And the other way round: the second instance writes as well.
        second.type("2")
        second.waitFor("r trede wijzigen")
        second.type("r")
        second.waitFor("Nieuwe trede")
        second.type("\(current)")
        second.send("Enter")
        second.send("Enter")
        second.type("e2e: terug")
        second.send("Enter")
        second.waitFor("opgeslagen: trede \(target) → \(current)")
        first.type("7")
        first.waitFor(all: ["e2e: terug", "e2e: twee werkbanken"], timeout: 5)
        let reopened = try Store.open(directory, user: "test", readOnly: true)
        XCTAssertEqual(reopened.data.clients[client.id]?.ladderPosition.current?.rawValue, current)
    }
}
