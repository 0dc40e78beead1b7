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

/// One line of the audit log, as `werkbank audit` shows it.
public struct AuditRecord: Sendable, Equatable {
    public var at: String
    public var user: String
    public var action: String
    public var subject: String?
    public var detail: String
    public var seq: Int?
}

/// The audit log `audit.jsonl`: who viewed, changed, imported or exported what. Append-only and
/// never compacted, so a client's history outlives journal compaction. Every line holds the
/// SHA-256 of the line before it (`prev`), so a changed, removed or moved line breaks the chain.
enum AuditLog {
    static let fileName = "audit.jsonl"
    /// The `prev` of the first line of a log.
    static let chainStart = String(repeating: "0", count: 64)

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
        /// SHA-256 (hex) of the previous line's bytes; `chainStart` on the first line. Nil on lines
        /// written by werkbank before the chain existed.
        var prev: String? = nil
        /// The administrator who acted for `user` (docs/multi-user.md), nil when `user` acted.
        var admin: String? = nil
        /// The changes of an `edit` (structured, language-neutral; left out for older edits).
        var changes: [Change]? = nil
        var revert: Edit.Revert? = nil

        static func of(_ edit: Edit, admin: String? = nil) -> Entry {
            Entry(at: edit.at, user: edit.user, action: "edit", subject: edit.subject, detail: edit.summary,
                  edit: edit.id, seq: edit.seq, admin: admin, changes: edit.changes.isEmpty ? nil : edit.changes,
                  revert: edit.revert)
        }

        var record: AuditRecord {
            AuditRecord(at: at, user: user, action: action, subject: subject, detail: detail, seq: seq)
        }
    }

    /// Appends `entries` with one write, each chained to the line before it. The last line is read
    /// from the file itself right before the write, so the chain is right whichever process wrote
    /// it (appends are serialised by the caller's lock). A last line cut short by a crash is ended
    /// with a newline first and chained to as it is.
    static func append(_ entries: [Entry], fd: Int32, path: String) throws {
        guard !entries.isEmpty else { return }
        var data = Data()
        var previous = chainStart
        if let last = try LineReader.lastLine(fd: fd, length: LineReader.size(fd: fd, path: path), path: path) {
            if !last.terminated { data.append(0x0A) }
            previous = SHA256.hexHash(last.bytes)
        }
        let encoder = FastJSONEncoder()
        for var entry in entries {
            entry.prev = previous
            let json = try encoder.encode(entry)
            previous = SHA256.hexHash(json)
            data.append(json)
            data.append(0x0A)
        }
        try DataFile.write(fd: fd, data, path: path)
    }

    /// What `verifyChain` finds.
    struct ChainReport {
        var lines = 0
        /// The first broken line, if any (the chain cannot be followed past it).
        var problem: String?
        var warnings: [String] = []
        /// SHA-256 of the last line: write it down elsewhere to detect a rewrite of the whole tail.
        var head: String?
    }

    /// Follows the hash chain through the whole log. Lines without `prev` are accepted only before
    /// the first chained line (written by an older werkbank). An unreadable line is a write cut
    /// short by a crash when the next line chains to it (a warning); otherwise the next line breaks.
    static func verifyChain(_ data: Data, path: String) -> ChainReport {
        struct Link: Decodable { var prev: String? }
        let (lines, complete, _) = JSONLines.split(data)
        let decoder = FastJSONDecoder()
        var report = ChainReport()
        var expected = chainStart
        var chained = false
        for line in lines {
            report.lines = line.number
            if line.number == lines.count && !complete {
                report.warnings.append(coreText("audit.torn_line", path, line.number))
                break
            }
            let hash = SHA256.hexHash(line.bytes)
            defer { expected = hash; report.head = hash }
            guard let link = try? decoder.decode(Link.self, from: line.bytes) else {
                report.warnings.append(coreText("audit.torn_line", path, line.number))
                continue
            }
            guard let prev = link.prev else {
                if chained {
                    report.problem = coreText("audit.chain_missing", path, line.number)
                    return report
                }
                continue
            }
            guard prev == expected else {
                report.problem = coreText("audit.chain_broken", path, line.number)
                return report
            }
            chained = true
        }
        return report
    }

    /// The edits about `clientId`, oldest first, found through the audit index.
    static func history(of clientId: String, directory: String) throws -> [HistoryEntry] {
        try entries(subject: clientId, directory: directory).compactMap { entry in
            guard entry.action == "edit", let seq = entry.seq else { return nil }
            return HistoryEntry(at: entry.at, user: entry.user, summary: entry.detail, seq: seq,
                                changes: entry.changes ?? [], revert: entry.revert)
        }
    }

    /// Every line about the client `subject`, oldest first.
    static func records(subject: String, directory: String) throws -> [AuditRecord] {
        try entries(subject: subject, directory: directory).map(\.record)
    }

    private static func entries(subject: String, directory: String) throws -> [Entry] {
        try AuditIndex.lines(matching: AuditIndex.key(subject: subject), directory: directory).compactMap { line in
            guard let entry = try? FastJSONDecoder().decode(Entry.self, from: line), entry.subject == subject else { return nil }
            return entry
        }
    }

    /// Every line by `user`, oldest first.
    static func records(user: String, directory: String) throws -> [AuditRecord] {
        try AuditIndex.lines(matching: AuditIndex.key(user: user), directory: directory).compactMap { line in
            guard let entry = try? FastJSONDecoder().decode(Entry.self, from: line), entry.user == user else { return nil }
            return entry.record
        }
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

/// Reading the audit log of a data directory without opening a store (for `werkbank audit`).
public enum AuditTrail {
    /// Every audit line about client `clientId`, oldest first.
    public static func about(client clientId: String, in directory: URL) throws -> [AuditRecord] {
        try AuditLog.records(subject: clientId, directory: directory.standardizedFileURL.path)
    }

    /// Every audit line of user `name`, oldest first.
    public static func by(user name: String, in directory: URL) throws -> [AuditRecord] {
        try AuditLog.records(user: name, directory: directory.standardizedFileURL.path)
    }
}
