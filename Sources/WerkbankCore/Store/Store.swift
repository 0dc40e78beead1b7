import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A data directory (docs/data-format.md): a snapshot, an append-only journal of edits, an
/// append-only audit log, the instrument catalogue and the append lock.
///
/// Any number of processes open one directory as writers at once. No lock is held between
/// calls: every append (`commit`, `replace`, `compact`, an audit line) takes the short lock on
/// `werkbank.lock`, first applies what other processes appended (catch-up), then writes.
/// `refresh()` follows the others between appends without the lock. A read-only store (a
/// directory the user cannot write, or report/export/check) never changes the data; it may
/// still append audit lines (`recordAccess`).
public final class Store {
    public let directory: URL
    /// The person working: recorded on every journal and audit line. Set at open and changed
    /// with `act(as:)` once the person is known (the user picker).
    public private(set) var user: String
    /// The administrator acting for `user` (see `WhoIsWorking`), named on every audit line; nil
    /// when the user works themselves.
    public private(set) var actingAdmin: String?
    public let readOnly: Bool
    /// What a read-only store reads of the data (nil: everything; a writer always reads all).
    public let parts: Set<DataPart>?
    /// The current data. Read records from it; a long-lived copy (`let all = store.data`) makes the
    /// next commit copy the collections, so keep copies short-lived.
    public internal(set) var data = Dataset()
    /// The seq of the last edit applied (ours or another process's).
    public internal(set) var seq = 0
    /// Edits in the journal that are not yet in the snapshot (a hint for when to `compact`).
    public internal(set) var journaledEdits = 0
    /// Problems that did not stop the work, e.g. a torn journal tail that was dropped.
    public internal(set) var warnings: [String]
    /// Goes up each time the data was read anew from the snapshot (another process imported, or
    /// compacted edits this store had not seen yet): the edits in between are not reported one
    /// by one, so whatever was derived from `data` must be rebuilt.
    public internal(set) var reloads = 0
    /// Compaction runs after a commit once the journal holds more than this many edits or bytes.
    public var compactAfterEdits = 5_000
    public var compactAfterBytes = 16 << 20
    /// When false, `commit` leaves compaction to the caller (`compactIfNeeded`, e.g. on an idle tick).
    public var compactsAutomatically = true

    let path: String
    var lock: WriterLock?
    /// The journal file that was last read; a writer's is open for appending too.
    var journalFd: Int32 = -1
    /// Bytes of the journal read and applied (complete lines only).
    var journalLength = 0
    /// Lines of the journal read (for line numbers in messages).
    var journalLines = 0
    var snapshotSeq = 0
    /// The id of the last edit `data` holds (ours or another process's): a new snapshot records it.
    var lastEditId: String?
    /// The schema of the snapshot read (journal lines are framed from schema 2 on).
    var schema = schemaVersion
    var snapshotIdentity: FileIdentity?
    /// The length of the notes file the snapshot covers (its notes point below it).
    var notesLength = 0
    /// The rest of the data, read in the background after `openFirstScreen`; nil when `data` is whole.
    var loading: BackgroundLoad?
    /// What `loadRest(preparing:)` derived from the whole data in the background, until taken.
    var prepared: (any Sendable)?
    /// The notes file, opened for reading at the first `notes(of:)` (it is never replaced).
    private var notesFd: Int32 = -1
    /// Edits of other processes applied to `data` and not yet handed out by `refresh()`.
    var unreported: [Edit] = []
    private var auditFd: Int32 = -1
    /// Audit lines not yet written (a failed write is retried before the next one).
    private var auditBacklog: [AuditLog.Entry] = []

    var snapshotPath: String { path + "/" + Snapshot.fileName }
    private var notesPath: String { path + "/" + NotesFile.fileName }
    var journalPath: String { path + "/" + Journal.fileName }
    private var auditPath: String { path + "/" + AuditLog.fileName }

    init(directory: URL, path: String, user: String, readOnly: Bool, parts: Set<DataPart>? = nil,
                 contents: DirectoryContents, lock: WriterLock?) {
        self.directory = directory
        self.path = path
        self.user = user
        self.readOnly = readOnly
        self.parts = parts
        self.lock = lock
        self.warnings = contents.warnings
        adopt(contents)
    }

    deinit { close() }

    // MARK: Opening

    /// Opens a data directory. A writer creates it when missing (0700, files 0600); a directory
    /// the user cannot write is refused with an error of kind `.notWritable` (open it `readOnly`
    /// then). `readOnly` creates nothing and fails when there is no data. `progress` hears how far
    /// reading the snapshot is (a bar for a large directory). A writer reads without the lock and
    /// takes it only to catch up with what others saved meanwhile. A read-only store reads only
    /// `parts` of the data when given (and the users always; see `DataPart.needed`): the rest stays
    /// empty — a report that needs only benefits skips the notes, actions and meldingen. A writer
    /// always reads everything.
    public static func open(_ directory: URL, user: String, readOnly: Bool = false, parts: Set<DataPart>? = nil,
                            progress: LoadProgress? = nil) throws -> Store {
        let path = directory.standardizedFileURL.path
        if readOnly {
            try DirectoryPermissions.checkClosedToOthers(path)
            let contents = try DirectoryContents.read(path, writer: false, locked: false, parts: parts, progress: progress)
            return Store(directory: directory, path: path, user: user, readOnly: true, parts: parts, contents: contents, lock: nil)
        }
        try DataFile.ensureDirectory(path)
        try requireWritable(path)
        let snapshotPath = path + "/" + Snapshot.fileName
        // Never put files in a directory that holds something else (a mistyped --data).
        guard try DataFile.exists(snapshotPath) || entries(of: path).isEmpty else {
            throw WerkbankError(coreText("store.not_a_data_directory", path))
        }
        if !DataFile.exists(snapshotPath) { try DirectoryPermissions.prepareNewDirectory(path) }
        try DirectoryPermissions.checkClosedToOthers(path)
        let lock = try WriterLock(directory: path)
        try lock.hold(user: nil) {
            if !DataFile.exists(snapshotPath) {
                try DataFile.writeAtomically(snapshotPath) { try Snapshot.write(Dataset(), seq: 0, lastEdit: nil, notesLength: 0, body: $0) }
            }
            removeLeftovers(path)
        }
        // Reading a large directory takes seconds: the others go on saving meanwhile, and what
        // they saved is caught up with under the lock afterwards.
        let contents = try DirectoryContents.read(path, writer: true, locked: false, progress: progress)
        let store = Store(directory: directory, path: path, user: user, readOnly: false, contents: contents, lock: lock)
        try lock.hold(user: nil) { try store.finishOpening() }
        return store
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
        return try lock.hold(user: user) {
            try DataFile.writeAtomically(path + "/" + InstrumentCatalogue.fileName,
                                         parts: [InstrumentCatalogue.encode(dataset.instruments)])
            let (dataset, notesLength) = try NotesFile.store(heldNotesOf: dataset, directory: path, after: 0)
            try DataFile.writeAtomically(path + "/" + Snapshot.fileName) {
                try Snapshot.write(dataset, seq: 0, lastEdit: nil, notesLength: notesLength, body: $0)
            }
            var contents = DirectoryContents(dataset: dataset, snapshotSeq: 0, schema: schemaVersion, seq: 0, notesLength: notesLength,
                                             journal: Journal.Contents(edits: [], goodLength: 0, tornLine: nil),
                                             replayed: [], warnings: [], journalFd: -1,
                                             snapshotIdentity: FileIdentity.of(path: path + "/" + Snapshot.fileName))
            contents.journalFd = try DirectoryContents.openJournal(path, writer: true)
            let store = Store(directory: directory, path: path, user: user, readOnly: false, contents: contents, lock: lock)
            try store.finishOpening()
            let counts = coreText("store.create_detail", dataset.clients.count, dataset.users.count, dataset.employers.count)
            store.audit(AuditLog.Entry(at: timestamp(), user: user, action: "create", subject: nil, detail: counts, edit: nil, seq: 0))
            try store.flushAudit(sync: true)
            return store
        }
    }

    /// Finishes opening under the lock, after the directory has been read without error: what
    /// others saved since is applied, a torn journal tail is cut off (nobody writes while the
    /// lock is held, so it is a crash's leftover), missing audit lines are added and a schema 1
    /// directory is upgraded. Returns the others' edits caught up with.
    @discardableResult
    func finishOpening() throws -> [Edit] {
        warnings = []   // a torn tail seen without the lock may be a line still being written
        try catchUp(locked: true)
        let caughtUp = unreported
        unreported = []
        try DataFile.syncDirectory(path)
        try auditMissingEdits(before: seq + 1)
        try flushAudit(sync: true)
        if schema < schemaVersion {
            warnings.append(try SchemaUpgrade.backUp(path, schema: schema))
            data = try writeSnapshotAndEmptyJournal(data, seq: seq)
        }
        return caughtUp
    }

    /// Leftovers of an atomic write interrupted by a crash (only ever removed under the lock).
    static func removeLeftovers(_ path: String) {
        for name in [Snapshot.fileName, Journal.fileName, InstrumentCatalogue.fileName] { unlink(path + "/" + name + ".tmp") }
        unlink(path + "/" + Snapshot.fileName + ".body.tmp")
    }

    /// A directory the user may not write (permissions, a read-only file system) is opened
    /// read-only by the caller; every other problem is an ordinary error.
    static func requireWritable(_ path: String) throws {
        guard access(path, W_OK) != 0 else { return }
        let reason = errno
        guard reason == EACCES || reason == EROFS || reason == EPERM else { throw DataFile.ioError(path) }
        throw WerkbankError(coreText("store.not_writable", path, String(cString: strerror(reason))), kind: .notWritable)
    }

    private static func entries(of path: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0 != WriterLock.fileName }
        } catch {
            throw WerkbankError(coreText("store.io_error", path, error.localizedDescription))
        }
    }

    /// Closes the files. The store cannot be used afterwards.
    public func close() {
        loading?.discard()
        loading = nil
        for fd in [journalFd, auditFd, notesFd] where fd >= 0 { Glibc.close(fd) }
        journalFd = -1
        auditFd = -1
        notesFd = -1
        lock?.close()
        lock = nil
    }

    /// Takes over what was read from the directory: the data and its seq, the edits journaled over
    /// the snapshot, the open journal and where it ends.
    func adopt(_ contents: DirectoryContents) {
        data = contents.dataset
        seq = contents.seq
        journaledEdits = contents.replayed.count
        if journalFd >= 0 && journalFd != contents.journalFd { Glibc.close(journalFd) }
        journalFd = contents.journalFd
        journalLength = contents.journal.goodLength
        journalLines = contents.journal.edits.count
        snapshotSeq = contents.snapshotSeq
        notesLength = contents.notesLength
        lastEditId = contents.lastEdit
        schema = contents.schema
        snapshotIdentity = contents.snapshotIdentity
    }

    // MARK: Changing

    /// From now on edits and accesses are recorded as `user`'s (and, when `admin` is given, as
    /// done by that administrator for them).
    public func act(as user: String, admin: String? = nil) {
        self.user = user
        actingAdmin = admin
    }

    /// Journals the changes as one edit (written with one write call and fsync'ed), then applies
    /// them to `data`. Under the append lock it first applies what other processes appended, then
    /// runs `precondition` against that latest data; when it throws (an `EditConflict`, a
    /// refusal) nothing is written and the error is passed on. A client record's `version` is
    /// set to one more than the stored one.
    @discardableResult
    public func commit(_ changes: [Change], summary: String, subject: String? = nil, revert: Edit.Revert? = nil,
                       precondition: ((Dataset) throws -> Void)? = nil) throws -> Edit {
        try commit(summary: summary, subject: subject, revert: revert) { latest in
            try precondition?(latest)
            return changes
        }
    }

    /// Like `commit(_:summary:subject:precondition:)`, with the changes made under the lock from
    /// the latest data (which then holds every earlier edit of every process), so that an edit
    /// that adds to a record never needs to be retried.
    @discardableResult
    public func commit(summary: String, subject: String? = nil, revert: Edit.Revert? = nil,
                       building changes: (Dataset) throws -> [Change]) throws -> Edit {
        let edit = try withLock {
            try catchUp(locked: true)
            let stamped = try changes(data).map { change -> Change in
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
            journalLines += 1
            data.apply(edit)
            seq = edit.seq
            lastEditId = edit.id
            journaledEdits += 1
            auditKeepingWarning(.of(edit, admin: actingAdmin))
            return edit
        }
        if compactsAutomatically {
            do { try compactIfNeeded() } catch { warnings.append(coreText("store.compaction_failed", String(describing: error))) }
        }
        return edit
    }

    /// Replaces the whole dataset (import): a new snapshot and an empty journal. The instrument
    /// catalogue is kept (it lives in `instrumenten.json`). `precondition` runs under the lock
    /// against the latest data, as with `commit`.
    public func replace(with dataset: Dataset, summary: String, precondition: ((Dataset) throws -> Void)? = nil) throws {
        try withLock {
            try catchUp(locked: true)
            try precondition?(data)
            var dataset = dataset
            dataset.instruments = data.instruments
            // A higher seq than every journaled edit: if a crash stops us before the journal is
            // emptied, replay skips the old edits (and other processes notice the new data).
            let newSeq = seq + 1
            data = try writeSnapshotAndEmptyJournal(dataset, seq: newSeq)
            seq = newSeq
            auditKeepingWarning(AuditLog.Entry(at: Store.timestamp(), user: user, action: "replace", subject: nil,
                                               detail: summary, edit: nil, seq: newSeq, admin: actingAdmin))
        }
    }

    /// Whether the journal has grown past the compaction threshold.
    public var needsCompaction: Bool {
        !readOnly && loading == nil && (journaledEdits > compactAfterEdits || journalLength > compactAfterBytes)
    }

    /// Compacts when the journal (after catching up) is past the threshold; returns whether it did.
    @discardableResult
    public func compactIfNeeded() throws -> Bool {
        guard needsCompaction else { return false }
        return try withLock {
            try catchUp(locked: true)
            guard needsCompaction else { return false }   // another process compacted meanwhile
            data = try writeSnapshotAndEmptyJournal(data, seq: seq)
            return true
        }
    }

    /// Writes the latest data as the new snapshot and starts an empty journal. Other processes
    /// notice the new files and carry on from them.
    public func compact() throws {
        try withLock {
            try catchUp(locked: true)
            data = try writeSnapshotAndEmptyJournal(data, seq: seq)
        }
    }

    /// The notes held in memory appended to the notes file, then the snapshot, then a new empty
    /// journal, each renamed into place; returns `dataset` with its notes stored. A crash in between
    /// is harmless: notes beyond the snapshot's length are cut off by the next compaction, and
    /// replay skips the edits the snapshot already holds.
    private func writeSnapshotAndEmptyJournal(_ dataset: Dataset, seq: Int) throws -> Dataset {
        // The audit log must hold every journaled edit before the journal is emptied.
        try auditMissingEdits(before: self.seq + 1)
        try flushAudit(sync: true)
        let (dataset, notesLength) = try NotesFile.store(heldNotesOf: dataset, directory: path, after: self.notesLength)
        try DataFile.writeAtomically(snapshotPath) {
            try Snapshot.write(dataset, seq: seq, lastEdit: lastEditId, notesLength: notesLength, body: $0)
        }
        try DataFile.writeAtomically(journalPath, parts: [])
        let fd = try DirectoryContents.openJournal(path, writer: true)
        Glibc.close(journalFd)
        journalFd = fd
        journalLength = 0
        journalLines = 0
        journaledEdits = 0
        snapshotSeq = seq
        self.notesLength = notesLength
        schema = schemaVersion
        snapshotIdentity = FileIdentity.of(path: snapshotPath)
        return dataset
    }

    /// Runs `body` under the append lock (writers only).
    private func withLock<T>(_ body: () throws -> T) throws -> T {
        if loading != nil { try finishLoadingNow() }
        guard !readOnly, let lock, journalFd >= 0 else { throw WerkbankError(coreText("store.read_only", path)) }
        return try lock.hold(user: user, body)
    }

    /// Cuts the journal back to its last complete line (under the lock: nobody is writing, so an
    /// incomplete last line is what a crash left).
    func cutTornTail() throws {
        guard ftruncate(journalFd, off_t(journalLength)) == 0 else { throw DataFile.ioError(journalPath) }
        try DataFile.sync(fd: journalFd, path: journalPath)
    }

    // MARK: Audit log

    /// Records that the user viewed or exported something (also allowed on a read-only store).
    /// Takes the append lock for the one line, so that audit lines are written one at a time.
    /// Returns only when the line is on disk: a caller shows what was viewed only then. When the
    /// write fails the line is dropped (the access did not happen) and the error is passed on.
    public func recordAccess(_ action: String, subject: String?, detail: String) throws {
        let entry = AuditLog.Entry(at: Store.timestamp(), user: user, action: action, subject: subject, detail: detail,
                                   edit: nil, seq: nil, admin: actingAdmin)
        audit(entry)
        do {
            if lock == nil { lock = try WriterLock(directory: path) }
            try lock!.hold(user: user) { try flushAudit(sync: true) }
        } catch {
            if let index = auditBacklog.lastIndex(of: entry) { auditBacklog.remove(at: index) }
            throw error
        }
    }

    /// The client's contact notes, whole, in the order of `Client.notes`: the held ones from memory,
    /// the others read from the notes file. An unknown client has none.
    public func notes(of clientId: String) throws -> [ContactNote] {
        guard let client = data.clients[clientId] else { return [] }
        if notesFd < 0 && client.notes.contains(where: { $0.held == nil }) {
            notesFd = Glibc.open(notesPath, O_RDONLY | O_CLOEXEC)
            guard notesFd >= 0 else { throw DataFile.ioError(notesPath) }
        }
        return try NotesFile.read(client.notes, of: clientId, fd: notesFd, path: notesPath)
    }

    /// Every journaled edit about a client, oldest first (from the audit log, so compaction loses nothing).
    public func history(of clientId: String) throws -> [HistoryEntry] {
        try AuditLog.history(of: clientId, directory: path)
    }

    private func audit(_ entry: AuditLog.Entry) { auditBacklog.append(entry) }

    /// Adds the audit lines of journaled edits before `seq` that the log lacks: a process killed
    /// between its journal line and its audit line. Under the lock.
    private func auditMissingEdits(before seq: Int) throws {
        let limit = min(seq, auditBacklog.compactMap(\.seq).min() ?? seq)
        try openAudit()
        let last = try AuditLog.lastRecordedSeq(fd: auditFd, path: auditPath) ?? -1
        guard last + 1 < limit, journalFd >= 0 else { return }
        let journal = try Journal.parse(DataFile.read(fd: journalFd, path: journalPath), path: journalPath, schema: schema)
        let missing = journal.edits.filter { $0.seq > last && $0.seq < limit }
        auditBacklog.insert(contentsOf: missing.map { AuditLog.Entry.of($0) }, at: 0)
    }

    /// Whether the audit log holds the edit line of `seq` (another process appends it right after
    /// its journal line, so a follower may see the edit a moment before its history line).
    public func auditHasRecorded(seq: Int) -> Bool {
        guard (try? openAudit()) != nil else { return false }
        return ((try? AuditLog.lastRecordedSeq(fd: auditFd, path: auditPath)) ?? nil).map { $0 >= seq } ?? false
    }

    private func openAudit() throws {
        guard auditFd < 0 else { return }
        auditFd = try DataFile.open(auditPath, flags: O_RDWR | O_APPEND, create: true)
    }

    /// Writes the pending audit lines (under the lock).
    private func flushAudit(sync: Bool) throws {
        guard !auditBacklog.isEmpty else { return }
        try openAudit()
        try AuditLog.append(auditBacklog, fd: auditFd, path: auditPath)
        auditBacklog.removeAll()
        if sync { try DataFile.sync(fd: auditFd, path: auditPath) }
    }

    /// After an acknowledged change a failing audit write must not look like a failed change: it
    /// becomes a warning and is retried with the next audit line (and before any compaction).
    private func auditKeepingWarning(_ entry: AuditLog.Entry) {
        do {
            if let seq = entry.seq { try auditMissingEdits(before: seq) }
            audit(entry)
            try flushAudit(sync: false)
        } catch {
            if !auditBacklog.contains(entry) { audit(entry) }
            warnings.append(coreText("store.audit_behind", String(describing: error)))
        }
    }

    /// ISO-8601 with the local zone offset, e.g. `2025-03-04T14:05:09+01:00`.
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: .current))
    }
}
