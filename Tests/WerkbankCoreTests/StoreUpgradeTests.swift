import Foundation
import XCTest
@testable import WerkbankCore

/// Schema 2 → 3: the notes move out of the snapshot into `notities.jsonl`. The upgraded directory
/// holds the same data, every note reads back whole, the reports are identical, and an upgrade
/// killed at any step is finished by the next open without losing anything.
final class StoreUpgradeTests: StoreTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    /// A demo directory with journaled notes on top of the snapshot, rewritten as schema 2.
    /// Returns the data and every client's notes as the schema-2 directory holds them.
    private func schema2Directory() throws -> (data: Dataset, notes: [String: [ContactNote]]) {
        let dataset = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 120, today: today).generate()
        let store = try Store.create(directory, dataset: dataset, user: "anna")
        let coach = try XCTUnwrap(dataset.clients.values.map(\.id).min())
        for number in 1...3 {
            let note = ContactNote(id: "extra-\(number)", date: today, by: "anna", channel: .phone, text: "na de momentopname \(number)")
            try store.commit([.addItem(client: coach, .note(note))], summary: "", subject: coach)
        }
        store.close()
        try downgradeToSchema2()
        let reader = try Store.open(directory, user: "anna", readOnly: true)
        defer { reader.close() }
        XCTAssertTrue(reader.data.clients.values.allSatisfy { $0.notes.allSatisfy { $0.held != nil } }, "schema 2 holds every note whole")
        var notes: [String: [ContactNote]] = [:]
        for id in reader.data.clients.keys { notes[id] = try reader.notes(of: id) }
        XCTAssertEqual(notes[coach]?.suffix(3).map(\.text), (1...3).map { "na de momentopname \($0)" })
        return (reader.data, notes)
    }

    private func assertUpgraded(_ expected: (data: Dataset, notes: [String: [ContactNote]]), _ message: String = "",
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let store = try Store.open(directory, user: "anna")
        XCTAssertEqual(store.data, expected.data, message, file: file, line: line)
        for (id, notes) in expected.notes {
            XCTAssertEqual(try store.notes(of: id), notes, "\(message) \(id)", file: file, line: line)
        }
        XCTAssertTrue(store.data.clients.values.allSatisfy { $0.notes.allSatisfy { $0.held == nil } }, message, file: file, line: line)
        store.close()
        let header = try Snapshot.readHeader(path: self.file("snapshot.jsonl").path)
        XCTAssertEqual(header.schema, schemaVersion, message, file: file, line: line)
        let report = try IntegrityCheck.run(directory)
        XCTAssertEqual(report.problems, [], message, file: file, line: line)
    }

    func testSchema2DirectoryIsUpgradedWithTheNotesMovedOutAndTheSameData() throws {
        let expected = try schema2Directory()
        let schema2 = try directoryBytes()
        let writer = try Store.open(directory, user: "anna")
        let warning = try XCTUnwrap(writer.warnings.first { $0.contains("schema 2 naar \(schemaVersion)") }, "\(writer.warnings)")
        writer.close()
        let backupName = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasPrefix("backup-schema2-") })
        XCTAssertTrue(warning.contains(backupName), warning)
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent(backupName).appendingPathComponent("snapshot.jsonl")), schema2["snapshot.jsonl"])

        try assertUpgraded(expected)
        let snapshot = String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self)
        let notesFile = String(decoding: try Data(contentsOf: file(NotesFile.fileName)), as: UTF8.self)
        // Texts JSON writes as they are (no quote, backslash or line break to escape).
        let texts = expected.notes.values.joined().map(\.text).filter { $0.count > 20 && !$0.contains { "\"\\/".contains($0) || $0.isNewline } }
        XCTAssertFalse(texts.isEmpty)
        XCTAssertTrue(texts.allSatisfy { !snapshot.contains($0) }, "no note text stays in the snapshot")
        XCTAssertTrue(texts.allSatisfy { notesFile.contains($0) })
        XCTAssertLessThan(snapshot.utf8.count, schema2["snapshot.jsonl"]!.count)
        XCTAssertEqual(try journalLines(), [], "the journal was compacted into the new snapshot")
    }

    func testReportsAreIdenticalOnTheSchema2AndTheUpgradedDirectory() throws {
        _ = try schema2Directory()
        func reports() throws -> [String] {
            let store = try Store.open(directory, user: "anna", readOnly: true)
            defer { store.close() }
            let options = ReportOptions(period: ReportPeriod(), peildatum: today)
            return ReportKind.allCases.map { ReportFormat.json.render($0.compute(store.data, options: options)) }
        }
        let before = try reports()
        try Store.open(directory, user: "anna").close()
        XCTAssertEqual(try Snapshot.readHeader(path: file("snapshot.jsonl").path).schema, schemaVersion)
        let after = try reports()
        XCTAssertEqual(before.count, ReportKind.allCases.count)
        for (kind, (old, new)) in zip(ReportKind.allCases, zip(before, after)) {
            XCTAssertEqual(old, new, kind.rawValue)
        }
    }

    func testLazilyReadNotesEqualTheNotesReadWhole() throws {
        let expected = try schema2Directory()
        try Store.open(directory, user: "anna").close()
        // A follower that opened before a compaction still reads its notes after it.
        let follower = try Store.open(directory, user: "bert", readOnly: true)
        let writer = try Store.open(directory, user: "anna")
        let client = try XCTUnwrap(expected.notes.keys.min())
        let added = ContactNote(id: "later", date: today, by: "anna", channel: .mail, text: "na het openen")
        try writer.commit([.addItem(client: client, .note(added))], summary: "", subject: client)
        try writer.compact()
        writer.close()
        for (id, notes) in expected.notes { XCTAssertEqual(try follower.notes(of: id), notes, id) }
        _ = try follower.refresh()
        XCTAssertEqual(try follower.notes(of: client), expected.notes[client]! + [added])
        follower.close()
    }

    /// The files of the directory before the upgrade and after it, to put together each state a
    /// kill leaves between the upgrade's steps (each step is fsync'ed and renamed into place).
    func testAnUpgradeKilledAtAnyStepIsFinishedByTheNextOpen() throws {
        let expected = try schema2Directory()
        let before = try directoryBytes()
        try Store.open(directory, user: "anna").close()
        let after = try directoryBytes()
        let backup = try XCTUnwrap(after.keys.first { $0.hasPrefix("backup-schema2-") })
        let notes = try XCTUnwrap(after[NotesFile.fileName])
        let states: [(String, [String: Data?])] = [
            ("after the backup", [:]),
            ("half the notes written", [NotesFile.fileName: notes.prefix(notes.count / 2)]),
            ("all notes written, old snapshot", [NotesFile.fileName: notes]),
            ("half a new snapshot in the temporary file", [NotesFile.fileName: notes, "snapshot.jsonl.tmp": after["snapshot.jsonl"]!.prefix(500)]),
            ("new snapshot, old journal", [NotesFile.fileName: notes, "snapshot.jsonl": after["snapshot.jsonl"]!]),
            ("new snapshot, empty journal", [NotesFile.fileName: notes, "snapshot.jsonl": after["snapshot.jsonl"]!, "journal.jsonl": Data()]),
        ]
        for (name, files) in states {
            try FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            for (file, data) in before.merging(files.compactMapValues { $0 }, uniquingKeysWith: { $1 }) where !file.hasPrefix("backup") {
                try data.write(to: self.file(file))
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: self.file(file).path)
            }
            try FileManager.default.createDirectory(at: file(backup), withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try assertUpgraded(expected, name)
            let again = try Store.open(directory, user: "anna")
            XCTAssertEqual(again.warnings, [], name)
            again.close()
        }
    }

    /// The real program upgrading (`werkbank note add`, which opens as a writer), killed with
    /// SIGKILL at random moments; each time the files are put back to schema 2 but the leftovers
    /// of the killed upgrade stay (a partly written notes file, a temporary snapshot, backups).
    /// Whatever moment it died, a reader sees all data and every note, and a writer finishes it.
    func testUpgradeByTheProgramKilledAtRandomMomentsLosesNothing() throws {
        let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/werkbank")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("werkbank binary not built") }
        let expected = try schema2Directory()
        let schema2 = try directoryBytes().filter { !$0.key.hasPrefix("backup") }
        let admin = try XCTUnwrap(expected.data.users.values.first { $0.role == .admin }?.name)
        let client = try XCTUnwrap(expected.notes.keys.min())
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<24 {
            for (name, data) in schema2 { try data.write(to: file(name)) }
            let process = Process()
            process.executableURL = binary
            process.arguments = ["--data", directory.path, "--user", admin, "note", "add", "--klant", client]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...UInt32(20_000 + round * 15_000), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let reader = try Store.open(directory, user: "anna", readOnly: true)
            XCTAssertEqual(reader.data, expected.data, "round \(round)")
            XCTAssertEqual(try reader.notes(of: client), expected.notes[client], "round \(round)")
            reader.close()
        }
        XCTAssertGreaterThan(killed, 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("backup") }.count
        print("upgrade kill loop: \(killed) of 24 upgrades killed, \(leftovers) backups left by them")
        try assertUpgraded(expected)
    }

    func testADamagedNoteIsNamedWithFileAndPlaceAndTheRestStillOpens() throws {
        let expected = try schema2Directory()
        try Store.open(directory, user: "anna").close()
        var notes = try Data(contentsOf: file(NotesFile.fileName))
        let client = try XCTUnwrap(expected.notes.first { !$0.value.isEmpty }?.key)
        let store = try Store.open(directory, user: "anna", readOnly: true)
        let offset = try XCTUnwrap(store.data.clients[client]?.notes.blocks.first?.offset)
        notes[offset + 20] ^= 0x01
        try notes.write(to: file(NotesFile.fileName))
        XCTAssertThrowsError(try store.notes(of: client)) { error in
            let message = (error as? WerkbankError)?.message ?? ""
            XCTAssertTrue(message.contains("notities.jsonl, byte \(offset)") && message.contains("controlegetal"), message)
        }
        let other = try XCTUnwrap(expected.notes.keys.first { $0 != client })
        XCTAssertEqual(try store.notes(of: other), expected.notes[other])
        store.close()
        let problems = try IntegrityCheck.run(directory).problems
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.contains("byte \(offset)") == true, "\(problems)")
    }
}
