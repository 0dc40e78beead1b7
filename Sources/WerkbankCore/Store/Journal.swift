import Foundation

/// The journal file `journal.jsonl`: one `Edit` per line (framed with its checksum from schema 2
/// on), appended and fsync'ed before the edit is acknowledged.
enum Journal {
    static let fileName = "journal.jsonl"

    struct Contents {
        /// Every complete edit in the file, in order.
        var edits: [Edit]
        /// Bytes up to the end of the last complete line; more than that is a torn tail.
        var goodLength: Int
        /// Line number of a torn last line (no newline) that was dropped, if any.
        var tornLine: Int?
    }

    /// Parses the journal of a directory of `schema`. Only a last line *without* its newline is a
    /// torn write (a crash during the append, never acknowledged): it is reported in `tornLine`.
    /// Every complete line must be valid — checksum, JSON, a seq higher than the one before — or
    /// parsing fails with an error naming the file and line.
    static func parse(_ data: Data, path: String, schema: Int = schemaVersion) throws -> Contents {
        let (lines, complete, completeLength) = JSONLines.split(data)
        let decoder = FastJSONDecoder()
        var edits: [Edit] = []
        for line in complete ? lines : lines.dropLast() {
            let json = try ChecksumFraming.json(line, schema: schema, path: path)
            let edit: Edit
            do {
                edit = try decoder.decode(Edit.self, from: json)
            } catch {
                throw WerkbankError(coreText("store.bad_line", path, line.number, JSONLines.reason(error)))
            }
            if let previous = edits.last, edit.seq <= previous.seq {
                throw WerkbankError(coreText("store.seq_not_increasing", path, line.number, edit.seq, previous.seq))
            }
            edits.append(edit)
        }
        return Contents(edits: edits, goodLength: completeLength, tornLine: complete ? nil : lines.last?.number)
    }

    /// The line for `edit`, newline included, written with one write call.
    static func line(_ edit: Edit) throws -> Data {
        try ChecksumFraming.encodeLines([edit])
    }
}
