import Foundation

/// The journal file `journal.jsonl`: one `Edit` per line, appended and fsync'ed before the edit
/// is acknowledged.
enum Journal {
    static let fileName = "journal.jsonl"

    struct Contents {
        /// Every complete edit in the file, in order.
        var edits: [Edit]
        /// Bytes up to the end of the last good line; more than that is a torn tail.
        var goodLength: Int
        /// Line number of a torn last line that was dropped, if any.
        var tornLine: Int?
    }

    /// Parses the journal. Only the last line may be bad (a write cut short by a crash): it is
    /// reported in `tornLine`. Any other bad line, or a sequence number that does not increase,
    /// is an error naming the file and line.
    static func parse(_ data: Data, path: String) throws -> Contents {
        let (lines, complete, _) = JSONLines.split(data)
        let decoder = FastJSONDecoder()
        var edits: [Edit] = []
        var goodLength = 0
        var tornLine: Int?
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            if isLast && !complete {
                tornLine = line.number
                break
            }
            do {
                let edit = try decoder.decode(Edit.self, from: line.bytes)
                if let previous = edits.last, edit.seq <= previous.seq {
                    throw WerkbankError(coreText("store.seq_not_increasing", path, line.number, edit.seq, previous.seq))
                }
                edits.append(edit)
                goodLength += line.bytes.count + 1
            } catch let error as WerkbankError {
                throw error
            } catch {
                guard isLast else {
                    throw WerkbankError(coreText("store.bad_line", path, line.number, JSONLines.reason(error)))
                }
                tornLine = line.number
            }
        }
        return Contents(edits: edits, goodLength: goodLength, tornLine: tornLine)
    }

    /// The line for `edit`, newline included, written with one write call.
    static func line(_ edit: Edit) throws -> Data {
        try FastJSONEncoder().encodeLines([edit])
    }
}
