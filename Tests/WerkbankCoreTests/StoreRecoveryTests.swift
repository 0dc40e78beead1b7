import Foundation
import XCTest
@testable import WerkbankCore

/// Torn writes, corrupt files and permissions (many writers: StoreWritersTests).
final class StoreRecoveryTests: StoreTestCase {
    /// A directory with a snapshot and three journaled edits (seq 1-3), closed.
    private func directoryWithThreeEdits() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        var client = try XCTUnwrap(store.data.clients["K1000001"])
        for hours in 1...3 {
            client.hoursAvailable = hours
            try store.commit([.putClient(client)], summary: "uren \(hours)", subject: client.id)
        }
        store.close()
    }

    func testTornLastLineIsDroppedWithAWarningAndCutOffByTheWriter() throws {
        try directoryWithThreeEdits()
        let goodJournal = try Data(contentsOf: file("journal.jsonl"))
        try append(#"{"at":"2025-01-01T10:00:00+01:00","changes":[{"kind":"cli"#, to: "journal.jsonl")

        let reader = try Store.open(directory, user: "anna", readOnly: true)
        XCTAssertEqual(reader.warnings.count, 1)
        XCTAssertTrue(reader.warnings[0].contains("journal.jsonl") && reader.warnings[0].contains("(4)"), reader.warnings[0])
        XCTAssertEqual(reader.data.clients["K1000001"]?.hoursAvailable, 3)
        XCTAssertGreaterThan(try Data(contentsOf: file("journal.jsonl")).count, goodJournal.count, "a reader never writes")

        let writer = try Store.open(directory, user: "anna")
        XCTAssertEqual(writer.warnings.count, 1)
        XCTAssertEqual(writer.seq, 3)
        XCTAssertEqual(try Data(contentsOf: file("journal.jsonl")), goodJournal)
        XCTAssertEqual(try writer.commit([], summary: "daarna").seq, 4)
        writer.close()
        let again = try Store.open(directory, user: "anna")
        defer { again.close() }
        XCTAssertTrue(again.warnings.isEmpty)
        XCTAssertEqual(again.seq, 4)
    }

    func testUnreadableLastLineWithNewlineIsRefusedAndNothingIsCut() throws {
        try directoryWithThreeEdits()
        try append("\0\0\0\0\n", to: "journal.jsonl")
        let before = try directoryBytes()
        for readOnly in [false, true] {
            let message = try XCTUnwrap(openError(readOnly: readOnly))
            XCTAssertTrue(message.contains("journal.jsonl, regel 4"), message)
        }
        XCTAssertEqual(try directoryBytes(), before)
        let report = try IntegrityCheck.run(directory)
        XCTAssertTrue(report.problems.contains { $0.contains("journal.jsonl, regel 4") }, "\(report.problems)")
        XCTAssertEqual(try directoryBytes(), before)
    }

    func testCompleteLastLineWithABadChecksumIsRefused() throws {
        try directoryWithThreeEdits()
        var lines = try journalLines()
        lines[2] = lines[2].replacingOccurrences(of: "uren 3", with: "uren 9")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file("journal.jsonl"))
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("journal.jsonl, regel 3") && message.contains("controlegetal"), message)
    }

    func testCorruptMiddleLineIsRefusedAndNothingIsWritten() throws {
        try directoryWithThreeEdits()
        var lines = try journalLines()
        lines[1] = String(lines[1].dropLast(5))
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file("journal.jsonl"))
        let before = try directoryBytes()
        for readOnly in [false, true] {
            let message = try XCTUnwrap(openError(readOnly: readOnly))
            XCTAssertTrue(message.contains("journal.jsonl, regel 2"), message)
        }
        XCTAssertEqual(try directoryBytes(), before)
    }

    func testSequenceGapIsRefused() throws {
        try directoryWithThreeEdits()
        var lines = try journalLines()
        lines.remove(at: 1)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file("journal.jsonl"))
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("journal.jsonl, regel 2") && message.contains("verwacht 2"), message)
    }

    func testCorruptSnapshotIsRefusedNamingTheLine() throws {
        try directoryWithThreeEdits()
        let clientLine = try editSnapshotSection(.clients) { lines in
            lines[0] = framed(unframed(lines[0]).replacingOccurrences(of: "\"birthDate\":\"", with: "\"birthDate\":\"31-02-"))
        }
        let before = try directoryBytes()
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("snapshot.jsonl, regel \(clientLine)") && message.contains("birthDate"), message)
        XCTAssertEqual(try directoryBytes(), before)
    }

    func testSnapshotMissingRecordsIsRefused() throws {
        try directoryWithThreeEdits()
        var lines = String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).components(separatedBy: "\n")
        lines.remove(at: lines.count - 2)
        try Data(lines.joined(separator: "\n").utf8).write(to: file("snapshot.jsonl"))
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("snapshot.jsonl") && message.contains("onvolledig"), message)
    }

    func testADuplicateRecordInTheSnapshotIsRefusedWithItsLine() throws {
        try directoryWithThreeEdits()
        try Store.open(directory, user: "test").compact()
        let client = try editSnapshotSection(.clients) { $0.insert($0[0], at: 1) }
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("snapshot.jsonl, regel \(client + 1)") && message.contains("dubbel"), message)
    }

    func testNewerSchemaIsRefusedClearly() throws {
        try directoryWithThreeEdits()
        var lines = String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).components(separatedBy: "\n")
        lines[0] = framed(unframed(lines[0]).replacingOccurrences(of: "\"schema\":\(schemaVersion)", with: "\"schema\":7"))
        try Data(lines.joined(separator: "\n").utf8).write(to: file("snapshot.jsonl"))
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("schemaversie 7") && message.contains("nieuwere werkbank"), message)
    }

    func testFilesAre0600AndTheDirectory0700EvenWithALaxUmask() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        try store.commit([.remove(.client, id: "K1000000")], summary: "weg")
        try store.recordAccess("export", subject: nil, detail: "csv")
        try store.compact()
        store.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(names, ["audit.jsonl", "instrumenten.json", "journal.jsonl", "notities.jsonl", "snapshot.jsonl", "werkbank.lock"])
        for name in names {
            let mode = try FileManager.default.attributesOfItem(atPath: file(name).path)[.posixPermissions] as? NSNumber
            XCTAssertEqual(mode?.intValue, 0o600, name)
        }
    }
}
