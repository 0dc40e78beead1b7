import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `notities.jsonl` (schema 3): the texts of compacted contact notes, one framed line per note
/// (`<crc>\t{"client":…,"note":{…}}`), a client's notes of one compaction together in one block.
/// The file is only ever appended to: a snapshot's client records point at their blocks
/// (`NoteList.blocks`) and its header names the length it covers, so every line a snapshot points
/// at stays where it is. Compaction first cuts the file back to that length (what lies beyond is
/// the leftover of a compaction that crashed before its snapshot was renamed into place), then
/// appends the notes held in memory.
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
        let clients = dataset.clients.values.filter { $0.notes.contains { $0.held != nil } }.sorted { $0.id < $1.id }
        let path = directory + "/" + fileName
        let fd = try DataFile.open(path, flags: O_RDWR, create: true)
        defer { Glibc.close(fd) }
        guard ftruncate(fd, off_t(length)) == 0, lseek(fd, off_t(length), SEEK_SET) == off_t(length) else {
            throw DataFile.ioError(path)
        }
        guard !clients.isEmpty else { return (dataset, length) }
        var bytes = Data()
        var stored = dataset
        for client in clients {
            let lines = client.notes.compactMap(\.held).map { Line(client: client.id, note: $0) }
            let block = try ChecksumFraming.encodeLines(lines)
            stored.clients[client.id]?.notes = client.notes.storing(in: NoteBlock(offset: length + bytes.count, length: block.count))
            bytes.append(block)
        }
        try DataFile.write(fd: fd, bytes, path: path)
        try DataFile.sync(fd: fd, path: path)
        return (stored, length + bytes.count)
    }

    /// The client's notes, whole, in order: the held ones from memory, the others read from the
    /// open file; an error naming the file, the byte offset and the note when a line is missing,
    /// damaged or holds another client's note.
    static func read(_ notes: NoteList, of client: String, fd: Int32, path: String) throws -> [ContactNote] {
        var lines: [String: ContactNote] = [:]
        if notes.contains(where: { $0.held == nil }) {
            for block in notes.blocks {
                let bytes = try LineReader.read(fd: fd, at: block.offset, count: block.length, path: path)
                for note in try decode(bytes, at: block.offset, of: client, path: path) { lines[note.id] = note }
            }
        }
        return try notes.map { ref in
            if let note = ref.held { return note }
            guard let note = lines[ref.id], note.date == ref.date else { throw missing(ref, of: notes, path: path) }
            return note
        }
    }

    /// Checks the notes of every client of `dataset` against the file's first `length` bytes
    /// (`werkbank check`): every line of their blocks and that every stored note is there.
    static func problems(_ dataset: Dataset, directory: String, length: Int, limit: Int) throws -> [String] {
        let path = directory + "/" + fileName
        let file = try DataFile.read(path) ?? Data()
        guard file.count >= length else { return [coreText("store.notes_short", path, file.count, length)] }
        var problems: [String] = []
        for client in dataset.clients.values.sorted(by: { $0.id < $1.id }) where !client.notes.blocks.isEmpty {
            var ids = Set<String>()
            var damaged = false
            for block in client.notes.blocks {
                do {
                    guard block.offset + block.length <= length else { throw missing(nil, of: client.notes, path: path) }
                    let notes = try decode(file.subdata(in: block.offset ..< block.offset + block.length), at: block.offset,
                                           of: client.id, path: path)
                    ids.formUnion(notes.map(\.id))
                } catch {
                    problems.append((error as? WerkbankError)?.message ?? String(describing: error))
                    damaged = true
                }
            }
            // A damaged block is one problem, not one per note in it.
            for ref in client.notes where !damaged && ref.held == nil && !ids.contains(ref.id) {
                problems.append(missing(ref, of: client.notes, path: path).message)
            }
            if problems.count >= limit { return Array(problems.prefix(limit)) }
        }
        return problems
    }

    /// The notes of one block: whole framed lines of `client`'s notes.
    private static func decode(_ bytes: Data, at offset: Int, of client: String, path: String) throws -> [ContactNote] {
        var notes: [ContactNote] = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let place = offset + start - bytes.startIndex
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                throw WerkbankError(coreText("store.bad_note_line", path, place, coreText("store.notes_missing")))
            }
            let line: Line
            switch ChecksumFraming.unframe(bytes[start ..< end]) {
            case .failure(let error): throw WerkbankError(coreText("store.bad_note_line", path, place, error.reason))
            case .success(let json):
                do {
                    line = try FastJSONDecoder().decode(Line.self, from: json)
                } catch {
                    throw WerkbankError(coreText("store.bad_note_line", path, place, JSONLines.reason(error)))
                }
            }
            guard line.client == client else {
                throw WerkbankError(coreText("store.bad_note_line", path, place, coreText("store.notes_other", line.client)))
            }
            notes.append(line.note)
            start = end + 1
        }
        return notes
    }

    private static func missing(_ ref: NoteRef?, of notes: NoteList, path: String) -> WerkbankError {
        WerkbankError(coreText("store.bad_note", path, notes.blocks.first?.offset ?? 0, ref?.id ?? "?", coreText("store.notes_missing")))
    }
}
