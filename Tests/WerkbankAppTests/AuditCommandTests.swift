import Foundation
import XCTest
@testable import WerkbankApp
@testable import WerkbankCore
import WerkbankBench

/// `werkbank check` on damaged files and `werkbank audit`.
final class AuditCommandTests: XCTestCase {
    private var root: URL!
    private var data: URL { root.appendingPathComponent("data") }

    override func setUpWithError() throws {
        Language.current = .nl
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cli-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var dataset = StoreBenchmark.syntheticDataset(clients: 2)
        dataset.clients["K1000000"]?.lastName = "Evil\u{1B}]0;titel\u{07}"
        let store = try Store.create(data, dataset: dataset, user: "anna")
        try store.commit([.remove(.draft, id: "C1")], summary: "trede 2 → 3 \u{1B}[2J", subject: "K1000000")
        try store.commit([.remove(.draft, id: "C2")], summary: "andere klant", subject: "K1000001")
        try store.recordAccess("view", subject: "K1000000", detail: "klantkaart")
        store.close()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func run(_ arguments: [String]) -> (code: Int32, output: String, errors: String) {
        let output = CapturedText(), errors = CapturedText()
        let code = CLI.main(arguments + ["--data", data.path], environment: ["WERKBANK_TODAY": "01-06-2017", "HOME": root.path, "WERKBANK_USER": "bert"],
                            output: output.output, errors: errors.output, isTerminal: false)
        return (code, output.value, errors.value)
    }

    func testCheckExitsOneNamingAGarbageLastJournalLine() throws {
        let before = run(["check"])
        XCTAssertFalse(before.output.contains("journal.jsonl"), before.output)
        XCTAssertTrue(before.output.contains("auditlog: 4 regels, laatste hash "), before.output)
        let handle = try FileHandle(forWritingTo: data.appendingPathComponent("journal.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("garbage\n".utf8))
        try handle.close()
        let result = run(["check"])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.output.contains("journal.jsonl, regel 3"), result.output)
    }

    func testAuditByClientShowsItsLinesWithoutControlCharacters() throws {
        let result = run(["audit", "--klant", "K1000000"])
        XCTAssertEqual(result.code, 0, result.errors)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, result.output)
        XCTAssertTrue(lines[1].contains("edit") && lines[1].contains("trede 2 → 3 ␛[2J"), String(lines[1]))
        XCTAssertTrue(lines[2].contains("view") && lines[2].contains("klantkaart"), String(lines[2]))
        XCTAssertFalse(result.output.contains("\u{1B}"))
        XCTAssertFalse(result.output.contains("andere klant"))
        // The lookup itself is in the log, as done by WERKBANK_USER.
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        XCTAssertTrue(audit.contains(#""action":"audit""#) && audit.contains(#""user":"bert""#), audit)
    }

    func testAuditByUserAsJSON() throws {
        let result = run(["audit", "--user", "anna", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.errors)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["actie"] as? String }, ["create", "edit", "edit", "view"])
        XCTAssertEqual(rows[1]["klant"] as? String, "K1000000")
        XCTAssertEqual(rows[1]["volgnummer"] as? Int, 1)
        XCTAssertTrue(rows.allSatisfy { $0["door"] as? String == "anna" })
    }

    func testAuditNeedsExactlyOneOfKlantAndUser() {
        XCTAssertEqual(run(["audit"]).code, 2)
        XCTAssertEqual(run(["audit", "--klant", "K1", "--user", "anna"]).code, 2)
        XCTAssertEqual(run(["audit", "--klant", "K1", "--format", "csv"]).code, 2)
        XCTAssertTrue(run(["audit", "--help"]).output.hasPrefix("gebruik: werkbank audit --klant ID"))
    }
}
