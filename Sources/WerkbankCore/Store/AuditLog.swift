import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One change about a client, for the client's history (Historie tab).
public struct HistoryEntry: Sendable, Equatable {
    /// ISO-8601 timestamp with time zone.
    public var at: String
    public var user: String
    /// The Dutch summary of an edit of an older version (empty for newer edits).
    public var summary: String
    /// The edit's journal position.
    public var seq: Int
    /// What the edit changed (empty for an edit of an older version): render with `ChangeText`.
    public var changes: [Change]
    public var revert: Edit.Revert?

    public init(at: String, user: String, summary: String, seq: Int, changes: [Change] = [], revert: Edit.Revert? = nil) {
        self.at = at; self.user = user; self.summary = summary; self.seq = seq; self.changes = changes; self.revert = revert
    }
}

/// The audit log `audit.jsonl`: who viewed, changed, imported or exported what. Append-only and
/// never compacted, so a client's history outlives journal compaction.
enum AuditLog {
    static let fileName = "audit.jsonl"

    struct Entry: Codable, Equatable {
        var at: String
        var user: String
        /// `edit`, `replace` (import) and `create` carry `seq`; accesses (`view`, `export`, …) do not.
        var action: String
        var subject: String?
        var detail: String
        /// The id of the journaled edit, for `edit`.
        var edit: String?
        var seq: Int?
        /// The changes of an `edit` (structured, language-neutral; left out for older edits).
        var changes: [Change]? = nil
        var revert: Edit.Revert? = nil

        static func of(_ edit: Edit) -> Entry {
            Entry(at: edit.at, user: edit.user, action: "edit", subject: edit.subject, detail: edit.summary,
                  edit: edit.id, seq: edit.seq, changes: edit.changes.isEmpty ? nil : edit.changes, revert: edit.revert)
        }
    }

    static func line(_ entry: Entry) throws -> Data {
        try FastJSONEncoder().encodeLines([entry])
    }

    /// The edits about `clientId`, oldest first. Lines that cannot be read (a write cut short by a
    /// crash, later followed by other lines) are skipped: the log is never rewritten.
    static func history(of clientId: String, in data: Data) throws -> [HistoryEntry] {
        let needle = Data("\"subject\":".utf8) + (try FastJSONEncoder().encode(clientId))
        let decoder = FastJSONDecoder()
        var entries: [HistoryEntry] = []
        var searchFrom = data.startIndex
        while let hit = data.range(of: needle, in: searchFrom ..< data.endIndex) {
            let lineStart = data[..<hit.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex
            let lineEnd = data[hit.upperBound...].firstIndex(of: 0x0A) ?? data.endIndex
            if let entry = try? decoder.decode(Entry.self, from: data[lineStart ..< lineEnd]),
               entry.subject == clientId, entry.action == "edit", let seq = entry.seq {
                entries.append(HistoryEntry(at: entry.at, user: entry.user, summary: entry.detail, seq: seq,
                                            changes: entry.changes ?? [], revert: entry.revert))
            }
            searchFrom = lineEnd
        }
        return entries
    }

    /// The highest `seq` recorded in the log (entries with a seq are appended in seq order, so this
    /// is the seq of the last such line), read backwards from the end in blocks.
    static func lastRecordedSeq(fd: Int32, path: String) throws -> Int? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DataFile.ioError(path) }
        let decoder = FastJSONDecoder()
        let blockSize = 1 << 16
        var end = Int(info.st_size)
        var carry = Data()
        while end > 0 {
            let start = max(0, end - blockSize)
            var block = Data(count: end - start)
            let count = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, end - start, off_t(start)) }
            guard count == end - start else { throw DataFile.ioError(path) }
            block.append(carry)
            var lines = block.split(separator: 0x0A, omittingEmptySubsequences: false)
            carry = start > 0 ? Data(lines.removeFirst()) : Data()
            for line in lines.reversed() {
                if let seq = (try? decoder.decode(Entry.self, from: line))?.seq { return seq }
            }
            end = start
        }
        return nil
    }
}
