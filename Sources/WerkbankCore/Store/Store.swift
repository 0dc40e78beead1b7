import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A data directory (docs/data-format.md): a snapshot, an append-only journal of edits, an
/// append-only audit log, the instrument catalogue and the writer lock.
///
/// A writer holds the lock from `open`/`create` until `close`. A read-only store (for report,
/// export, check) takes no lock and never changes the data; it may still append to the audit
/// log (`recordAccess`), which is safe without the lock because every line is one O_APPEND write.
public final class Store {
    public let directory: URL
    /// The person working: recorded on every journal and audit line. Set at open and changed
    /// with `act(as:)` once the person is known (the user picker).
    public private(set) var user: String
    /// The administrator acting for `user` (see `WhoIsWorking`), named on every audit line; nil
    /// when the user works themselves.
    public private(set) var actingAdmin: String?
    public let readOnly: Bool
    /// The current data. Read records from it; a long-lived copy (`let all = store.data`) makes the
    /// next commit copy the collections, so keep copies short-lived.
    public private(set) var data: Dataset
    /// The seq of the last acknowledged edit.
    public private(set) var seq: Int
    /// Edits in the journal that are not yet in the snapshot (a hint for when to `compact`).
    public private(set) var journaledEdits: Int
    /// Problems that did not stop the work, e.g. a torn journal tail that was dropped.
    public private(set) var warnings: [String]

    private let path: String
    private var lock: WriterLock?
    private var journalFd: Int32 = -1
    private var journalLength = 0
    private var auditFd: Int32 = -1
    /// Audit lines not yet written (a failed write is retried before the next one).
    private var auditBacklog: [AuditLog.Entry] = []

    private var snapshotPath: String { path + "/" + Snapshot.fileName }
    private var journalPath: String { path + "/" + Journal.fileName }
    private var auditPath: String { path + "/" + AuditLog.fileName }

    private init(directory: URL, path: String, user: String, contents: DirectoryContents, lock: WriterLock?) {
        self.directory = directory
        self.path = path
        self.user = user
        self.readOnly = lock == nil
        self.lock = lock
        self.data = contents.dataset
        self.seq = contents.seq
        self.journaledEdits = contents.replayed.count
        self.warnings = contents.warnings
        self.journalLength = contents.journal.goodLength
    }

    deinit { close() }

    // MARK: Opening

    /// Opens a data directory. A writer creates it when missing (0700, files 0600) and takes the
    /// writer lock; `readOnly` takes no lock, creates nothing and fails when there is no data.
    public static func open(_ directory: URL, user: String, readOnly: Bool = false) throws -> Store {
        let path = directory.standardizedFileURL.path
        if readOnly {
            try DirectoryPermissions.checkClosedToOthers(path)
            let contents = try DirectoryContents.read(path, checkSnapshotUnchanged: true)
            return Store(directory: directory, path: path, user: user, contents: contents, lock: nil)
        }
        try DataFile.ensureDirectory(path)
        let snapshotPath = path + "/" + Snapshot.fileName
        // Never put files in a directory that holds something else (a mistyped --data).
        guard try DataFile.exists(snapshotPath) || entries(of: path).isEmpty else {
            throw WerkbankError(coreText("store.not_a_data_directory", path))
        }
        if !DataFile.exists(snapshotPath) { try DirectoryPermissions.prepareNewDirectory(path) }
        try DirectoryPermissions.checkClosedToOthers(path)
        let lock = try WriterLock(directory: path)
        if !DataFile.exists(snapshotPath) {
            try DataFile.writeAtomically(path + "/" + Snapshot.fileName, parts: Snapshot.encode(Dataset(), seq: 0, lastEdit: nil))
            return try openLocked(directory, path: path, user: user, lock: lock, contents: .fresh(Dataset()))
        }
        return try openLocked(directory, path: path, user: user, lock: lock,
                              contents: DirectoryContents.read(path, checkSnapshotUnchanged: false))
    }

    /// Creates a new data directory holding `dataset` (its instruments go to `instrumenten.json`).
    /// Fails when the directory exists and is not empty.
    public static func create(_ directory: URL, dataset: Dataset, user: String) throws -> Store {
        let path = directory.standardizedFileURL.path
        try DataFile.ensureDirectory(path)
        guard try entries(of: path).isEmpty else { throw WerkbankError(coreText("store.exists", path)) }
        try DirectoryPermissions.prepareNewDirectory(path)
        try DirectoryPermissions.checkClosedToOthers(path)
        let lock = try WriterLock(directory: path)
        try DataFile.writeAtomically(path + "/" + InstrumentCatalogue.fileName,
                                     parts: [InstrumentCatalogue.encode(dataset.instruments)])
        try DataFile.writeAtomically(path + "/" + Snapshot.fileName, parts: Snapshot.encode(dataset, seq: 0, lastEdit: nil))
        let store = try openLocked(directory, path: path, user: user, lock: lock, contents: .fresh(dataset))
        let counts = coreText("store.create_detail", dataset.clients.count, dataset.users.count, dataset.employers.count)
        store.audit(AuditLog.Entry(at: timestamp(), user: user, action: "create", subject: nil, detail: counts, edit: nil, seq: 0))
        try store.flushAudit(sync: true)
        return store
    }

    /// Finishes opening under the lock, after the directory has been read without error: a torn
    /// journal tail is cut off, leftovers of an interrupted atomic write are removed, missing audit
    /// lines are added and the lock records its owner.
    private static func openLocked(_ directory: URL, path: String, user: String, lock: WriterLock,
                                   contents: DirectoryContents) throws -> Store {
        let store = Store(directory: directory, path: path, user: user, contents: contents, lock: lock)
        for name in [Snapshot.fileName, InstrumentCatalogue.fileName] { unlink(path + "/" + name + ".tmp") }
        store.journalFd = try DataFile.open(store.journalPath, flags: O_WRONLY | O_APPEND, create: true)
        if contents.journal.tornLine != nil {
            guard ftruncate(store.journalFd, off_t(contents.journal.goodLength)) == 0 else { throw DataFile.ioError(store.journalPath) }
            try DataFile.sync(fd: store.journalFd, path: store.journalPath)
        }
        try DataFile.syncDirectory(path)
        try store.openAudit()
        let audited = try AuditLog.lastRecordedSeq(fd: store.auditFd, path: store.auditPath) ?? -1
        for edit in contents.replayed where edit.seq > audited { store.audit(.of(edit)) }
        try store.flushAudit(sync: true)
        try lock.recordOwner(user: user, at: timestamp())
        if contents.schema < schemaVersion { try store.warnings.append(SchemaUpgrade.backUp(path, schema: contents.schema)); try store.compact() }
        return store
    }

    private static func entries(of path: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != WriterLock.fileName }
        } catch {
            throw WerkbankError(coreText("store.io_error", path, error.localizedDescription))
        }
    }

    /// Closes the files and releases the writer lock. The store cannot be used afterwards.
    public func close() {
        for fd in [journalFd, auditFd] where fd >= 0 { Glibc.close(fd) }
        journalFd = -1
        auditFd = -1
        lock?.release(clearOwner: true)
        lock = nil
    }

    // MARK: Changing

    /// From now on edits and accesses are recorded as `user`'s (and, when `admin` is given, as
    /// done by that administrator for them).
    public func act(as user: String, admin: String? = nil) {
        self.user = user
        actingAdmin = admin
    }

    /// Journals the changes as one edit (written with one write call and fsync'ed), then applies
    /// them to `data`. A client record's `version` is set to one more than the stored one.
    /// `precondition` runs against the latest data right before the write; when it throws (an
    /// `EditConflict`, a refusal) nothing is written and the error is passed on.
    @discardableResult
    public func commit(_ changes: [Change], summary: String, subject: String? = nil, revert: Edit.Revert? = nil,
                       precondition: ((Dataset) throws -> Void)? = nil) throws -> Edit {
        try requireWriter()
        try precondition?(data)
        let stamped = changes.map { change -> Change in
            guard case .putClient(var client) = change else { return change }
            client.version = (data.clients[client.id]?.version ?? client.version) + 1
            return .putClient(client)
        }
        let edit = Edit(id: UUID().uuidString.lowercased(), seq: seq + 1, at: Store.timestamp(), user: user,
                        summary: summary, subject: subject, changes: stamped, revert: revert)
        let line = try Journal.line(edit)
        do {
            try DataFile.write(fd: journalFd, line, path: journalPath)
            try DataFile.sync(fd: journalFd, path: journalPath)
        } catch {
            // Never leave half a line in front of later edits.
            _ = ftruncate(journalFd, off_t(journalLength))
            throw error
        }
        journalLength += line.count
        data.apply(edit)
        seq = edit.seq
        journaledEdits += 1
        audit(.of(edit, admin: actingAdmin))
        flushAuditKeepingWarning()
        return edit
    }

    /// Replaces the whole dataset (import): a new snapshot and an empty journal. The instrument
    /// catalogue is kept (it lives in `instrumenten.json`).
    public func replace(with dataset: Dataset, summary: String) throws {
        try requireWriter()
        var dataset = dataset
        dataset.instruments = data.instruments
        // A higher seq than every journaled edit: if a crash stops us before the journal is
        // emptied, replay skips the old edits.
        let newSeq = seq + 1
        try writeSnapshotAndEmptyJournal(dataset, seq: newSeq)
        data = dataset
        seq = newSeq
        audit(AuditLog.Entry(at: Store.timestamp(), user: user, action: "replace", subject: nil, detail: summary,
                             edit: nil, seq: newSeq, admin: actingAdmin))
        flushAuditKeepingWarning()
    }

    /// Writes the current data as the new snapshot and empties the journal. A crash in between is
    /// harmless: replay skips edits the snapshot already holds.
    public func compact() throws {
        try requireWriter()
        try writeSnapshotAndEmptyJournal(data, seq: seq)
    }

    private func writeSnapshotAndEmptyJournal(_ dataset: Dataset, seq: Int) throws {
        // The audit log must hold every journaled edit before the journal is emptied.
        try flushAudit(sync: true)
        try DataFile.writeAtomically(snapshotPath, parts: Snapshot.encode(dataset, seq: seq, lastEdit: DirectoryContents.lastEdit(in: path)))
        guard ftruncate(journalFd, 0) == 0 else { throw DataFile.ioError(journalPath) }
        try DataFile.sync(fd: journalFd, path: journalPath)
        journalLength = 0
        journaledEdits = 0
    }

    private func requireWriter() throws {
        guard lock != nil, journalFd >= 0 else { throw WerkbankError(coreText("store.read_only", path)) }
    }

    // MARK: Audit log

    /// Records that the user viewed or exported something (also allowed on a read-only store).
    /// Returns only when the line is on disk: a caller shows what was viewed only then. When the
    /// write fails the line is dropped (the access did not happen) and the error is passed on.
    public func recordAccess(_ action: String, subject: String?, detail: String) throws {
        let entry = AuditLog.Entry(at: Store.timestamp(), user: user, action: action, subject: subject, detail: detail,
                                   edit: nil, seq: nil, admin: actingAdmin)
        audit(entry)
        do {
            try flushAudit(sync: true)
        } catch {
            if let index = auditBacklog.lastIndex(of: entry) { auditBacklog.remove(at: index) }
            throw error
        }
    }

    /// Every journaled edit about a client, oldest first (from the audit log, so compaction loses nothing).
    public func history(of clientId: String) throws -> [HistoryEntry] {
        try AuditLog.history(of: clientId, directory: path)
    }

    private func audit(_ entry: AuditLog.Entry) { auditBacklog.append(entry) }

    private func openAudit() throws {
        guard auditFd < 0 else { return }
        let fd = try DataFile.open(auditPath, flags: O_RDWR | O_APPEND, create: true)
        // A line cut short by a crash must not swallow the next one: end it first.
        var last: UInt8 = 0x0A
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 { _ = pread(fd, &last, 1, info.st_size - 1) }
        if last != 0x0A {
            do { try DataFile.write(fd: fd, Data([0x0A]), path: auditPath) } catch { Glibc.close(fd); throw error }
        }
        auditFd = fd
    }

    private func flushAudit(sync: Bool) throws {
        guard !auditBacklog.isEmpty else { return }
        try openAudit()
        try AuditLog.append(auditBacklog, fd: auditFd, path: auditPath)
        auditBacklog.removeAll()
        if sync { try DataFile.sync(fd: auditFd, path: auditPath) }
    }

    /// After an acknowledged change a failing audit write must not look like a failed change: it
    /// becomes a warning and is retried with the next audit line (and before any compaction).
    private func flushAuditKeepingWarning() {
        do {
            try flushAudit(sync: false)
        } catch {
            warnings.append(coreText("store.audit_behind", String(describing: error)))
        }
    }

    /// ISO-8601 with the local zone offset, e.g. `2025-03-04T14:05:09+01:00`.
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: .current))
    }
}
