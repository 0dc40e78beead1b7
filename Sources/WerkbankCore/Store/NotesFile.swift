import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `notities.jsonl` (schema 3): the texts of compacted contact notes, one framed line per note
/// (`<crc>\t{"client":…,"note":{…}}`). The file is only ever appended to: a snapshot's client
/// records point at their notes' lines (`NoteRef.Place.stored`) and its header names the length
/// it covers, so every line a snapshot points at stays where it is. Compaction first cuts the
/// file back to that length (what lies beyond is the leftover of a compaction that crashed
/// before its snapshot was renamed into place), then appends the notes held in memory.
enum NotesFile {
    static let fileName = "notities.jsonl"

    struct Line: Codable {
        var client: String
        var note: ContactNote
    }

    /// Writes the notes `dataset` holds in memory to the file in `directory` after `length` (the
    /// length the current snapshot covers), fsync'ed, and returns the dataset with those notes
    /// stored, and the file's new length.
    static func store(heldNotesOf dataset: Dataset, directory: String, after length: Int) throws -> (Dataset, length: Int) {
        var held: [Line] = []
        for client in dataset.clients.values.sorted(by: { $0.id < $1.id }) {
            for ref in client.notes { if let note = ref.held { held.append(Line(client: client.id, note: note)) } }
        }
        let path = directory + "/" + fileName
        let fd = try DataFile.open(path, flags: O_RDWR, create: true)
        defer { Glibc.close(fd) }
        guard ftruncate(fd, off_t(length)) == 0, lseek(fd, off_t(length), SEEK_SET) == off_t(length) else {
            throw DataFile.ioError(path)
        }
        guard !held.isEmpty else { return (dataset, length) }
        let bytes = ChecksumFraming.frame(try FastJSONEncoder().encodeLines(held))
        try DataFile.write(fd: fd, bytes, path: path)
        try DataFile.sync(fd: fd, path: path)

        // Note ids are unique within a client: the places are kept per client.
        var places: [String: [String: NoteRef]] = [:]
        var start = 0
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for line in held {
                var end = start
                while raw[end] != 0x0A { end += 1 }
                places[line.client, default: [:]][line.note.id] = NoteRef(id: line.note.id, date: line.note.date, offset: length + start, length: end + 1 - start)
                start = end + 1
            }
        }
        var stored = dataset
        for (id, refs) in places {
            if let client = dataset.clients[id] { stored.clients[id]?.notes = client.notes.map { refs[$0.id] ?? $0 } }
        }
        return (stored, length + bytes.count)
    }

    /// The note `ref` of `client` points at, read from the open file; an error naming the file and
    /// the byte offset when the line is missing, damaged or holds another note.
    static func read(_ ref: NoteRef, of client: String, fd: Int32, path: String) throws -> ContactNote {
        switch ref.place {
        case .held(let note): return note
        case .stored(let offset, let length):
            return try decode(LineReader.read(fd: fd, at: offset, count: length, path: path), ref: ref, of: client, path: path)
        }
    }

    /// Checks every stored note of `dataset` against the file's first `length` bytes (`werkbank
    /// check`): each line's checksum and that each note's line holds that note. One problem per bad note.
    static func problems(_ dataset: Dataset, directory: String, length: Int, limit: Int) throws -> [String] {
        let path = directory + "/" + fileName
        let file = try DataFile.read(path) ?? Data()
        guard file.count >= length else { return [coreText("store.notes_short", path, file.count, length)] }
        var problems: [String] = []
        for client in dataset.clients.values.sorted(by: { $0.id < $1.id }) {
            for ref in client.notes {
                guard case .stored(let offset, let count) = ref.place else { continue }
                let end = offset + count
                do {
                    guard end <= length else { throw damaged(path, ref, coreText("store.notes_missing")) }
                    _ = try decode(file.subdata(in: offset ..< end), ref: ref, of: client.id, path: path)
                } catch {
                    problems.append((error as? WerkbankError)?.message ?? String(describing: error))
                    if problems.count == limit { return problems }
                }
            }
        }
        return problems
    }

    /// The note in `bytes` (one framed line with its newline), checked to be `ref`'s.
    private static func decode(_ bytes: Data, ref: NoteRef, of client: String, path: String) throws -> ContactNote {
        guard case .stored(_, let length) = ref.place, bytes.count == length, bytes.last == 0x0A else {
            throw damaged(path, ref, coreText("store.notes_missing"))
        }
        let line: Line
        switch ChecksumFraming.unframe(bytes.dropLast()) {
        case .failure(let error): throw damaged(path, ref, error.reason)
        case .success(let json):
            do { line = try FastJSONDecoder().decode(Line.self, from: json) } catch { throw damaged(path, ref, JSONLines.reason(error)) }
        }
        guard line.client == client, line.note.id == ref.id, line.note.date == ref.date else {
            throw damaged(path, ref, coreText("store.notes_other", line.note.id))
        }
        return line.note
    }

    private static func damaged(_ path: String, _ ref: NoteRef, _ reason: String) -> WerkbankError {
        guard case .stored(let offset, _) = ref.place else { return WerkbankError(reason) }
        return WerkbankError(coreText("store.bad_note", path, offset, ref.id, reason))
    }
}
