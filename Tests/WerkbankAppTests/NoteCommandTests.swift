import Foundation
import XCTest
@testable import WerkbankApp
import WerkbankCore

/// `werkbank note add` / `note list` through the real binary (stdin is a pipe).
final class NoteCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-note-\(UUID().uuidString)")
        let made = ChildProcess.run([TmuxSession.binary.path, "demo", "--out", directory.path, "--clients", "40"], environment: environment)
        XCTAssertEqual(made.status, 0, made.output)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    private var environment: [String: String] { ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_LANG": "nl"] }

    private func werkbank(_ arguments: String, input: String) -> (status: Int32, output: String) {
        let command = "printf '\(input)' | '\(TmuxSession.binary.path)' \(arguments) --data '\(directory.path)'"
        return ChildProcess.run(["sh", "-c", command], environment: environment)
    }

    private func someClient() throws -> Client {
        try XCTUnwrap(Store.open(directory, user: "test", readOnly: true).data.clients.values.min { $0.id < $1.id })
    }

    func testNotesFromStandardInputAreAcknowledgedOneByOneAndListedAsJSON() throws {
        let client = try someClient()
        let added = werkbank("note add --klant \(client.id) --user \(client.coach)", input: "Gebeld\\n\\nMail gestuurd, \"met\" aanhalingstekens\\n")
        XCTAssertEqual(added.status, 0, added.output)
        XCTAssertEqual(added.output, "ok 1\nok 2\n")
        let listed = werkbank("note list --client \(client.id) --format json", input: "")
        XCTAssertEqual(listed.status, 0, listed.output)
        let notes = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(notes.count, client.notes.count + 2)
        let last = try XCTUnwrap(notes.last)
        XCTAssertEqual(last["tekst"] as? String, "Mail gestuurd, \"met\" aanhalingstekens")
        XCTAssertEqual(last["datum"] as? String, "2026-11-23")
        XCTAssertEqual(last["door"] as? String, client.coach)
        XCTAssertEqual(notes[notes.count - 2]["tekst"] as? String, "Gebeld")
    }

    func testAnotherCoachIsRefusedAndNothingIsWritten() throws {
        let client = try someClient()
        let data = try Store.open(directory, user: "test", readOnly: true).data
        let other = try XCTUnwrap(data.users.values.filter { $0.role == .coach && $0.name != client.coach }.map(\.name).min())
        let refused = werkbank("note add --klant \(client.id) --user \(other)", input: "Niet mijn klant\\n")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.output.contains("eigen werkcoach"), refused.output)
        XCTAssertEqual(try Store.open(directory, user: "test", readOnly: true).data.clients[client.id]?.notes, client.notes)
        XCTAssertEqual(werkbank("note add --user \(other)", input: "").status, 2, "--klant is required")
    }
}
