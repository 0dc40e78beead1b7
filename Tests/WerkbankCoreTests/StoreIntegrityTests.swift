import Foundation
import XCTest
@testable import WerkbankCore
import WerkbankBench

/// Checksums, skipped edits and the schema-1 upgrade (docs/data-format.md).
final class StoreIntegrityTests: StoreTestCase {
    /// One client; a snapshot holding two edits (compacted) and two more, small, journaled edits.
    private func smallDirectory() throws {
        var dataset = Dataset()
        let client = StoreBenchmark.syntheticClient(0)
        dataset.clients[client.id] = client
        let store = try Store.create(directory, dataset: dataset, user: "anna")
        var changed = client
        for hours in 1...2 {
            changed.hoursAvailable = hours
            try store.commit([.putClient(changed)], summary: "uren \(hours)", subject: client.id)
        }
        try store.compact()
        for number in 3...4 { try store.commit([.remove(.draft, id: "C\(number)")], summary: "concept \(number) weg") }
        store.close()
    }

    func testEveryChangedByteOfSnapshotAndJournalIsDetected() throws {
        try smallDirectory()
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)
        var flips = 0
        for name in ["snapshot.jsonl", "journal.jsonl"] {
            let original = try Data(contentsOf: file(name))
            for position in 0..<original.count {
                // A different bit at each position: every bit of every byte value is covered.
                var damaged = original
                damaged[position] ^= UInt8(1 << (position % 8))
                try damaged.write(to: file(name))
                let report = try IntegrityCheck.run(directory)
                if name == "journal.jsonl" && position == original.count - 1 {
                    // The final newline gone: a torn tail (an unacknowledged append), which check reports.
                    XCTAssertTrue(report.warnings.contains { $0.contains("journal.jsonl") && $0.contains("half geschreven") }, "\(report.warnings)")
                } else {
                    XCTAssertFalse(report.problems.isEmpty, "\(name) byte \(position) not detected")
                }
                flips += 1
            }
            try original.write(to: file(name))
        }
        XCTAssertGreaterThan(flips, 1500)
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)
    }

    func testRaisedSnapshotSeqIsRefusedAndFailsCheck() throws {
        try smallDirectory()
        var lines = String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).components(separatedBy: "\n")
        // Re-framed with a valid checksum, as someone editing the file with care would.
        lines[0] = framed(unframed(lines[0]).replacingOccurrences(of: "\"seq\":2", with: "\"seq\":3"))
        try Data(lines.joined(separator: "\n").utf8).write(to: file("snapshot.jsonl"))
        let before = try directoryBytes()
        for readOnly in [false, true] {
            let message = try XCTUnwrap(openError(readOnly: readOnly))
            XCTAssertTrue(message.contains("journal.jsonl, regel 1") && message.contains("overgeslagen"), message)
        }
        let report = try IntegrityCheck.run(directory)
        XCTAssertTrue(report.problems.contains { $0.contains("overgeslagen") }, "\(report.problems)")
        XCTAssertNil(report.dataset)
        XCTAssertEqual(try directoryBytes(), before)
    }

    func testInterruptedCompactionIsAcceptedBecauseTheSnapshotNamesItsLastEdit() throws {
        try smallDirectory()
        let journal = try Data(contentsOf: file("journal.jsonl"))
        let store = try Store.open(directory, user: "anna")
        try store.compact()
        store.close()
        XCTAssertTrue(String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).contains("\"lastEdit\":\""))
        try journal.write(to: file("journal.jsonl"))   // a crash before the journal was emptied
        let reopened = try Store.open(directory, user: "anna", readOnly: true)
        XCTAssertEqual(reopened.seq, 4)
        XCTAssertEqual(reopened.journaledEdits, 0)
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)
    }

    func testSchema1DirectoryIsReadAsItIsAndUpgradedByTheFirstWriter() throws {
        try smallDirectory()
        let expected = try Store.open(directory, user: "anna", readOnly: true).data
        try downgradeToSchema1()
        let schema1 = try directoryBytes()

        let reader = try Store.open(directory, user: "anna", readOnly: true)
        XCTAssertEqual(reader.data, expected)
        XCTAssertEqual(reader.seq, 4)
        reader.close()
        XCTAssertEqual(try directoryBytes(), schema1, "a read-only open never upgrades")
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)

        let writer = try Store.open(directory, user: "anna")
        XCTAssertEqual(writer.data, expected)
        let warning = try XCTUnwrap(writer.warnings.first { $0.contains("schema 1 naar \(schemaVersion)") }, "\(writer.warnings)")
        let backupName = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasPrefix("backup-schema1-") })
        XCTAssertNotNil(backupName.range(of: #"^backup-schema1-\d{8}-\d{6}$"#, options: .regularExpression), backupName)
        XCTAssertTrue(warning.contains(backupName), warning)
        let backup = directory.appendingPathComponent(backupName)
        XCTAssertEqual(try Data(contentsOf: backup.appendingPathComponent("snapshot.jsonl")), schema1["snapshot.jsonl"])
        XCTAssertEqual(try Data(contentsOf: backup.appendingPathComponent("journal.jsonl")), schema1["journal.jsonl"])
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: backup.path)[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: backup.appendingPathComponent("snapshot.jsonl").path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try writer.commit([], summary: "daarna").seq, 5)
        writer.close()

        let snapshot = String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self)
        XCTAssertTrue(snapshot.contains("\"schema\":\(schemaVersion)") && snapshot.contains("\"seq\":4"), snapshot)
        XCTAssertEqual(try journalLines().count, 1)
        XCTAssertTrue(try IntegrityCheck.run(directory).problems.isEmpty)
        let again = try Store.open(directory, user: "anna")
        defer { again.close() }
        XCTAssertEqual(again.seq, 5)
        XCTAssertTrue(again.warnings.isEmpty, "\(again.warnings)")
    }

    func testUnframedLineInASchema2JournalIsCorruption() throws {
        try smallDirectory()
        var lines = try journalLines()
        lines[0] = unframed(lines[0])
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file("journal.jsonl"))
        let message = try XCTUnwrap(openError(readOnly: true))
        XCTAssertTrue(message.contains("journal.jsonl, regel 1") && message.contains("controlegetal ontbreekt"), message)
    }
}
