import Foundation

/// What `IntegrityCheck.run` finds.
public struct IntegrityReport: Sendable {
    /// Damage: a line whose checksum does not match, an edit that would be skipped, a broken audit
    /// chain, an index that does not match the log. Each names the file and line.
    public var problems: [String] = []
    /// Things a crash leaves that werkbank repairs itself (a half-written last line).
    public var warnings: [String] = []
    /// The data as opening would see it; nil when the directory cannot be opened.
    public var dataset: Dataset?
    /// Lines in audit.jsonl and the SHA-256 of the last one (the head of the hash chain).
    public var auditLines = 0
    public var auditHead: String?
}

/// `werkbank check`'s file checks: every line of every file of a data directory, read-only (the
/// audit index excepted: a damaged index is removed so that the next use rebuilds it).
public enum IntegrityCheck {
    /// At most this many bad lines are listed per file.
    static let maximumPerFile = 20

    public static func run(_ directory: URL) throws -> IntegrityReport {
        let path = directory.standardizedFileURL.path
        let snapshotPath = path + "/" + Snapshot.fileName
        let journalPath = path + "/" + Journal.fileName
        guard let snapshot = try DataFile.read(snapshotPath) else { throw WerkbankError(coreText("store.no_snapshot", path)) }
        var report = IntegrityReport()

        var schema = schemaVersion
        let snapshotLines = JSONLines.split(snapshot).lines
        if let first = snapshotLines.first {
            do { schema = try Snapshot.readHeader(first, path: snapshotPath).schema } catch { report.problems.append(message(error)) }
        }
        report.problems += badLines(snapshotLines.dropFirst(), schema: schema, path: snapshotPath)
        let journal = JSONLines.split(try DataFile.read(journalPath) ?? Data())
        report.problems += badLines(journal.complete ? journal.lines[...] : journal.lines.dropLast(), schema: schema, path: journalPath)
        if report.problems.isEmpty {
            do {
                let contents = try DirectoryContents.read(path, writer: false, locked: false)
                if contents.journalFd >= 0 { close(contents.journalFd) }
                report.dataset = contents.dataset
                report.problems += try NotesFile.problems(contents.dataset, directory: path, length: contents.notesLength,
                                                          limit: maximumPerFile)
                report.warnings += contents.journal.tornLine.map { [coreText("store.torn_tail_kept", journalPath, $0)] } ?? []
            } catch {
                report.problems.append(message(error))
            }
        }

        let auditPath = path + "/" + AuditLog.fileName
        let log = try DataFile.read(auditPath) ?? Data()
        let chain = AuditLog.verifyChain(log, path: auditPath)
        report.problems += chain.problem.map { [$0] } ?? []
        report.warnings += chain.warnings
        report.auditLines = chain.lines
        report.auditHead = chain.head
        if let damage = try AuditIndex.verify(directory: path, log: log) {
            report.problems.append(coreText("audit.index_damaged", path + "/" + AuditIndex.directoryName, damage))
            AuditIndex.Files(directory: path).invalidate()
        }
        return report
    }

    /// The lines whose checksum is missing or does not match (schema 2 and later).
    private static func badLines(_ lines: ArraySlice<JSONLine>, schema: Int, path: String) -> [String] {
        guard schema >= 2 else { return [] }
        var problems: [String] = []
        for line in lines {
            if case .failure(let error) = ChecksumFraming.unframe(line.bytes) {
                problems.append(coreText("store.bad_line", path, line.number, error.reason))
                if problems.count == maximumPerFile { break }
            }
        }
        return problems
    }

    private static func message(_ error: Error) -> String {
        (error as? WerkbankError)?.message ?? String(describing: error)
    }
}
