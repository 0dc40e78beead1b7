import Foundation
import XCTest
import WerkbankBench
@testable import WerkbankCore

/// Decodes `data` as a snapshot file the way opening a directory does (from a file, a slice at a
/// time); messages name `path`.
func decodeSnapshot(_ data: Data, path: String) throws -> Snapshot.Contents {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).jsonl")
    try data.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let fd = open(file.path, O_RDONLY)
    defer { close(fd) }
    return try Snapshot.decode(fd: fd, path: path)
}

/// A temporary data directory for one test, removed afterwards.
class StoreTestCase: XCTestCase {
    var root: URL!
    var directory: URL { root.appendingPathComponent("data") }

    override func setUpWithError() throws {
        Language.current = .nl
        root = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func sampleDataset(clients: Int = 3) -> Dataset {
        var dataset = StoreBenchmark.syntheticDataset(clients: clients)
        let instrument = Instrument(id: "proefplaatsing", name: "Proefplaatsing", side: .client, maxMonths: 3)
        dataset.instruments[instrument.id] = instrument
        let employer = Employer(id: "W1", name: "Bakkerij De Korenaar", hartwerk: true)
        dataset.employers[employer.id] = employer
        return dataset
    }

    /// Every file of the data directory with its bytes (a folder in it with none).
    func directoryBytes() throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file(name).path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                result[name] = Data()   // a backup folder: its name is what counts
                continue
            }
            result[name] = try Data(contentsOf: file(name))
        }
        return result
    }

    func append(_ text: String, to name: String) throws {
        let handle = try FileHandle(forWritingTo: file(name))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func journalLines() throws -> [String] {
        try String(decoding: Data(contentsOf: file("journal.jsonl")), as: UTF8.self)
            .split(separator: "\n").map(String.init)
    }

    /// `json` framed as a schema-2 line (checksum, tab, JSON), without the newline.
    func framed(_ json: String) -> String {
        String(decoding: ChecksumFraming.frame(Data((json + "\n").utf8)).dropLast(), as: UTF8.self)
    }

    /// The JSON of a schema-2 line.
    func unframed(_ line: String) -> String { String(line.dropFirst(ChecksumFraming.prefixLength)) }

    /// The lines of the directory's snapshot (framed, without newlines).
    func snapshotLines() throws -> [String] {
        String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Writes `lines` as the directory's snapshot; with `header`, framed as its first line.
    func writeSnapshot(_ lines: [String], header: Snapshot.Header? = nil) throws {
        var lines = lines
        if let header { lines[0] = framed(String(decoding: try FastJSONEncoder().encode(header), as: UTF8.self)) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file("snapshot.jsonl"))
    }

    /// The header of the snapshot whose lines are `lines`.
    func snapshotHeader(_ lines: [String]) throws -> Snapshot.Header {
        try FastJSONDecoder().decode(Snapshot.Header.self, from: Data(unframed(lines[0]).utf8))
    }

    /// Rewrites section `part` of the directory's snapshot with `edit` applied to its lines (framed,
    /// without newlines) and the header's counts of lines and bytes made to match, as a faulty
    /// writer could leave it. Returns the number of the section's first line.
    @discardableResult
    func editSnapshotSection(_ part: DataPart, _ edit: (inout [String]) throws -> Void) throws -> Int {
        var lines = try snapshotLines()
        var header = try snapshotHeader(lines)
        var sections = try XCTUnwrap(header.sections)
        let index = try XCTUnwrap(DataPart.allCases.firstIndex(of: part))
        let start = 1 + sections[..<index].reduce(0) { $0 + $1.lines }
        let range = start ..< start + sections[index].lines
        var body = Array(lines[range])
        try edit(&body)
        lines.replaceSubrange(range, with: body)
        sections[index].lines = body.count
        sections[index].bytes = body.reduce(0) { $0 + $1.utf8.count + 1 }
        header.sections = sections
        try writeSnapshot(lines, header: header)
        return start + 1
    }

    /// Writes `snapshot` as schema 2 and 3 did: framed lines, each record whole on one line after
    /// the header, no sections. `notesLength` nil: no `notes` in the header (schema 2).
    func writeWholeRecordSnapshot(_ snapshot: Snapshot.Contents, schema: Int, notesLength: Int?) throws {
        let records = Change.Kind.allCases.flatMap(snapshot.dataset.sortedRecords)
        var counts: [String: Int] = [:]
        for record in records { counts[record.kind.rawValue, default: 0] += 1 }
        let header = Snapshot.Header(format: Snapshot.format, schema: schema, seq: snapshot.seq, counts: counts,
                                     lastEdit: snapshot.lastEdit, notes: notesLength, sections: nil)
        let encoder = FastJSONEncoder()
        try (ChecksumFraming.frame(try encoder.encodeLines([header]))
             + ChecksumFraming.frame(try encoder.encodeLines(records.map(Snapshot.Record.init)))).write(to: file("snapshot.jsonl"))
    }

    /// Rewrites the directory's snapshot as schema 3 wrote it: every client whole on one line, the
    /// notes file as it is. The journal stays (its lines are the same in schema 2 to 4).
    func downgradeToSchema3() throws {
        let snapshot = try decodeSnapshot(Data(contentsOf: file("snapshot.jsonl")), path: file("snapshot.jsonl").path)
        try writeWholeRecordSnapshot(snapshot, schema: 3, notesLength: snapshot.notesLength)
    }

    /// Rewrites the directory's snapshot as schema 2 wrote it: every note whole in its client
    /// record, no notes file.
    func downgradeToSchema2() throws {
        let path = file("snapshot.jsonl").path
        var snapshot = try decodeSnapshot(Data(contentsOf: file("snapshot.jsonl")), path: path)
        let notesPath = file(NotesFile.fileName).path
        let fd = open(notesPath, O_RDONLY)
        defer { if fd >= 0 { close(fd) } }
        for (id, client) in snapshot.dataset.clients {
            snapshot.dataset.clients[id]?.notes = NoteList(try NotesFile.read(client.notes, of: id, fd: fd, path: notesPath).map(NoteRef.init))
        }
        try writeWholeRecordSnapshot(snapshot, schema: 2, notesLength: nil)
        try? FileManager.default.removeItem(at: file(NotesFile.fileName))
    }

    /// Rewrites the directory's snapshot and journal as schema 1 wrote them (as schema 2, and plain
    /// JSON lines, no `lastEdit`).
    func downgradeToSchema1() throws {
        try downgradeToSchema2()
        for name in ["snapshot.jsonl", "journal.jsonl"] {
            let lines = String(decoding: try Data(contentsOf: file(name)), as: UTF8.self).split(separator: "\n").map { line in
                unframed(String(line)).replacingOccurrences(of: "\"schema\":2", with: "\"schema\":1")
                    .replacingOccurrences(of: #","lastEdit":"[0-9a-f-]*""#, with: "", options: .regularExpression)
            }
            try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: file(name))
        }
    }

    /// Opens and expects a `WerkbankError`; returns its message.
    func openError(readOnly: Bool = false) -> String? {
        do {
            let store = try Store.open(directory, user: "test", readOnly: readOnly)
            store.close()
            return nil
        } catch let error as WerkbankError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }
}
