import Foundation
import XCTest
@testable import WerkbankCore

/// The audit log's hash chain and its index (docs/data-format.md).
final class AuditIntegrityTests: StoreTestCase {
    /// A directory whose audit log holds `create`, four edits and two views.
    private func directoryWithAudit() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        for (number, clientId) in ["K1000000", "K1000001", "K1000000", "K1000002"].enumerated() {
            try store.commit([.remove(.draft, id: "C\(number)")], summary: "wijziging \(number)", subject: clientId)
        }
        try store.recordAccess("view", subject: "K1000000", detail: "klantkaart")
        try store.recordAccess("view", subject: "K1000001", detail: "klantkaart")
        store.close()
    }

    private func auditLines() throws -> [String] {
        String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private func writeAudit(_ lines: [String]) throws {
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: file("audit.jsonl"))
    }

    private func chainProblem() throws -> String? {
        try IntegrityCheck.run(directory).problems.first { $0.contains("audit.jsonl") }
    }

    func testEveryLineIsChainedToTheOneBefore() throws {
        try directoryWithAudit()
        let lines = try auditLines()
        XCTAssertEqual(lines.count, 7)
        XCTAssertTrue(lines[0].contains("\"prev\":\"\(AuditLog.chainStart)\""), lines[0])
        for index in 1..<lines.count {
            XCTAssertTrue(lines[index].contains("\"prev\":\"\(SHA256.hexHash(Array(lines[index - 1].utf8)))\""), lines[index])
        }
        let report = try IntegrityCheck.run(directory)
        XCTAssertTrue(report.problems.isEmpty, "\(report.problems)")
        XCTAssertEqual(report.auditLines, 7)
        XCTAssertEqual(report.auditHead, SHA256.hexHash(Array(lines[6].utf8)))
    }

    func testAnEditedLineFailsCheckNamingTheFirstBrokenLine() throws {
        try directoryWithAudit()
        var lines = try auditLines()
        lines[2] = lines[2].replacingOccurrences(of: "\"user\":\"anna\"", with: "\"user\":\"bert\"")
        try writeAudit(lines)
        let problem = try XCTUnwrap(try chainProblem())
        XCTAssertTrue(problem.contains("audit.jsonl, regel 4") && problem.contains("hashketen"), problem)
    }

    func testARemovedLineFailsCheck() throws {
        try directoryWithAudit()
        var lines = try auditLines()
        lines.remove(at: 3)
        try writeAudit(lines)
        XCTAssertTrue(try XCTUnwrap(try chainProblem()).contains("regel 4"))
        // The first line removed: the new first line does not start the chain.
        lines = try auditLines()
        lines.removeFirst()
        try writeAudit(lines)
        XCTAssertTrue(try XCTUnwrap(try chainProblem()).contains("regel 1"))
    }

    func testReorderedLinesFailCheck() throws {
        try directoryWithAudit()
        var lines = try auditLines()
        lines.swapAt(4, 5)
        try writeAudit(lines)
        XCTAssertTrue(try XCTUnwrap(try chainProblem()).contains("regel 5"))
    }

    func testLinesOfAnOlderWerkbankStartTheChainAndALaterUnchainedLineFails() throws {
        let legacy = [
            #"{"action":"create","at":"2025-01-01T10:00:00+01:00","detail":"3 klanten","seq":0,"user":"anna"}"#,
            #"{"action":"view","at":"2025-01-01T10:01:00+01:00","detail":"klantkaart","subject":"K1000000","user":"anna"}"#,
        ]
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        try writeAudit(legacy)
        let store = try Store.open(directory, user: "bert")
        try store.recordAccess("view", subject: "K1000000", detail: "klantkaart")
        store.close()
        let lines = try auditLines()
        XCTAssertTrue(lines[2].contains("\"prev\":\"\(SHA256.hexHash(Array(lines[1].utf8)))\""), lines[2])
        XCTAssertNil(try chainProblem())
        try writeAudit(lines + [legacy[1]])
        XCTAssertTrue(try XCTUnwrap(try chainProblem()).contains("regel 4"))
    }

    func testAHalfWrittenLineIsEndedAndChainedTo() throws {
        try directoryWithAudit()
        try append(#"{"action":"view","at":"2025"#, to: "audit.jsonl")
        XCTAssertNil(try chainProblem())
        let store = try Store.open(directory, user: "anna")
        try store.recordAccess("view", subject: "K1000002", detail: "klantkaart")
        store.close()
        let report = try IntegrityCheck.run(directory)
        XCTAssertTrue(report.problems.isEmpty, "\(report.problems)")
        XCTAssertTrue(report.warnings.contains { $0.contains("audit.jsonl, regel 8") }, "\(report.warnings)")
    }

    func testHistoryComesFromTheIndexWhichCatchesUpAndIsRebuiltWhenDamaged() throws {
        try directoryWithAudit()
        let store = try Store.open(directory, user: "anna")
        defer { store.close() }
        XCTAssertEqual(try store.history(of: "K1000000").map(\.summary), ["wijziging 0", "wijziging 2"])
        let state = file("audit-index/state.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: state.path))
        let records = try AuditTrail.about(client: "K1000001", in: directory)
        XCTAssertEqual(records.map(\.action), ["edit", "view"])
        XCTAssertEqual(try AuditTrail.by(user: "anna", in: directory).count, 7)

        // Caught up after more lines.
        try store.commit([.remove(.draft, id: "C9")], summary: "later", subject: "K1000000")
        XCTAssertEqual(try store.history(of: "K1000000").map(\.summary), ["wijziging 0", "wijziging 2", "later"])
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)

        // A damaged bucket is found by check (which drops the state), then rebuilt on use.
        let bucket = String(format: "%02x", AuditIndex.key(subject: "K1000000") >> 56)
        var bytes = try Data(contentsOf: file("audit-index/" + bucket))
        bytes[8] ^= 0xFF
        try bytes.write(to: file("audit-index/" + bucket))
        let problem = try XCTUnwrap(try IntegrityCheck.run(directory).problems.first)
        XCTAssertTrue(problem.contains("audit-index") && problem.contains(bucket), problem)
        XCTAssertFalse(FileManager.default.fileExists(atPath: state.path))
        XCTAssertEqual(try store.history(of: "K1000000").map(\.summary), ["wijziging 0", "wijziging 2", "later"])
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)

        // A log that no longer matches the state (its last indexed line changed) is re-indexed.
        var lines = try auditLines()
        lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: "later", with: "LATER")
        try writeAudit(lines)
        XCTAssertEqual(try store.history(of: "K1000000").map(\.summary), ["wijziging 0", "wijziging 2", "LATER"])
    }

    func testTheLastLineEditedIsFoundThroughTheIndexState() throws {
        try directoryWithAudit()
        _ = try AuditTrail.about(client: "K1000000", in: directory)
        var lines = try auditLines()
        lines[6] = lines[6].replacingOccurrences(of: "klantkaart", with: "niets")
        try writeAudit(lines)
        let problem = try XCTUnwrap(try IntegrityCheck.run(directory).problems.first)
        XCTAssertTrue(problem.contains("audit-index"), problem)
    }

    /// Opening a dossier (the history of one client) with 1,000,000 audit lines. Skipped unless
    /// WERKBANK_BENCH=1; prints the figures.
    func testDossierHistoryWithAMillionAuditLines() throws {
        guard ProcessInfo.processInfo.environment["WERKBANK_BENCH"] == "1" else { throw XCTSkip("WERKBANK_BENCH=1 runs this") }
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        var log = Data()
        log.reserveCapacity(260_000_000)
        for number in 0..<1_000_000 {
            let client = "K\(1_000_000 + number % 20_000)"
            log.append(contentsOf: #"{"action":"edit","at":"2025-03-04T14:05:09+01:00","detail":"trede 2 → 3, regel \#(number)","edit":"5c0e2f6a-0000-4000-8000-\#(String(format: "%012d", number))","seq":\#(number + 1),"subject":"\#(client)","user":"coach\#(number % 20)"}"#.utf8)
            log.append(0x0A)
        }
        try log.write(to: file("audit.jsonl"))
        var start = Date()
        XCTAssertEqual(try AuditLog.history(of: "K1000007", directory: directory.path).count, 50)
        let build = Date().timeIntervalSince(start)
        let store = try Store.open(directory, user: "anna", readOnly: true)
        defer { store.close() }
        var times: [Double] = []
        for round in 0..<20 {
            let client = "K\(1_000_000 + round * 997 % 20_000)"
            start = Date()
            let history = try store.history(of: client)
            times.append(Date().timeIntervalSince(start) * 1000)
            XCTAssertEqual(history.count, 50)
        }
        times.sort()
        print(String(format: "audit bench: index built in %.1f s; dossier history of 50 lines out of 1,000,000: median %.2f ms, max %.2f ms",
                     build, times[times.count / 2], times.last!))
    }
}
