import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's identity (device and inode): tells a replaced file (compaction renames a new
/// snapshot and a new journal into place) from the one a store has open.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) { device = UInt64(info.st_dev); inode = UInt64(info.st_ino) }

    /// The identity of the file at `path`, nil when there is none.
    static func of(path: String) -> FileIdentity? {
        var info = stat()
        return stat(path, &info) == 0 ? FileIdentity(info) : nil
    }

    static func of(fd: Int32) -> FileIdentity? {
        var info = stat()
        return fd >= 0 && fstat(fd, &info) == 0 ? FileIdentity(info) : nil
    }
}

/// What opening a data directory reads: the snapshot, with the journal replayed over it, and the
/// instrument catalogue. Reading never writes; every fault is an error naming file and line.
struct DirectoryContents {
    var dataset: Dataset
    var snapshotSeq: Int
    /// The snapshot's schema: 1 until a writer upgrades the directory.
    var schema: Int
    /// The last edit's seq (the snapshot's when the journal adds nothing).
    var seq: Int
    /// The id of the last edit the data holds: the journal's last, else the snapshot's `lastEdit`
    /// (what a new snapshot must record).
    var lastEdit: String? = nil
    /// The length of the notes file the snapshot covers.
    var notesLength = 0
    var journal: Journal.Contents
    /// Journal edits applied over the snapshot.
    var replayed: [Edit]
    var warnings: [String]
    /// The journal that was read, still open (the caller owns it): a writer's is opened for
    /// appending too; -1 when a reader found no journal.
    var journalFd: Int32
    var snapshotIdentity: FileIdentity?

    /// Opens the journal: a writer's for reading and appending (created when missing), a
    /// reader's for reading (-1 when there is none).
    static func openJournal(_ directory: String, writer: Bool) throws -> Int32 {
        let path = directory + "/" + Journal.fileName
        if writer { return try DataFile.open(path, flags: O_RDWR | O_APPEND, create: true) }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 || errno == ENOENT else { throw DataFile.ioError(path) }
        return fd
    }

    /// Reads the directory. Without the lock (`locked` false) a compaction by another process can
    /// replace the snapshot and the journal while they are read: then it reads again.
    /// `parts`: what a reader reads of a schema-4 snapshot (nil: all; see `Snapshot.decode`).
    static func read(_ directory: String, writer: Bool, locked: Bool, parts: Set<DataPart>? = nil,
                     progress: LoadProgress? = nil) throws -> DirectoryContents {
        try read(directory, writer: writer, locked: locked) { fd, path, readJournal in
            let snapshot = try Snapshot.decode(fd: fd, path: path, parts: parts, progress: progress)
            return (snapshot, try readJournal(snapshot.schema))
        }!
    }

    /// What one coach's first screen needs, read fast by the snapshot's index (nil when it has
    /// none): their clients whole (`Snapshot.decodeFirst`), with the journal replayed. A client the
    /// journal hands to the coach is read with the caseload of every coach it had there; edits of
    /// clients not read change nothing.
    static func readFirst(_ directory: String, coach: String) throws -> DirectoryContents? {
        try read(directory, writer: false, locked: false) { fd, path, readJournal in
            var journal: Journal.Contents?
            let snapshot = try Snapshot.decodeFirst(fd: fd, path: path) { schema in
                let read = try readJournal(schema)
                journal = read
                return coaches(toRead: coach, journal: read)
            }
            guard let snapshot, let journal else { return nil }
            return (snapshot, journal)
        }
    }

    /// `coach` and every coach a client handed to them in `journal` had there (A → B → coach: A too).
    private static func coaches(toRead coach: String, journal: Journal.Contents) -> Set<String> {
        let handovers = journal.edits.flatMap(\.changes).compactMap { change -> (client: String, coaches: [String])? in
            guard case .setField(let client, .coach, let old, let new) = change else { return nil }
            return (client, [old, new].map { if case .text(let name)? = $0 { name } else { "" } })
        }
        let received = Set(handovers.filter { $0.coaches[1] == coach }.map(\.client))
        return Set([coach] + handovers.filter { received.contains($0.client) }.flatMap(\.coaches))
    }

    /// Reads the directory with `decode`, which is given the snapshot open and a function that
    /// reads and parses the journal (of the schema given); nil when `decode` gives nil.
    private static func read(_ directory: String, writer: Bool, locked: Bool,
                             _ decode: (Int32, String, (Int) throws -> Journal.Contents) throws -> (Snapshot.Contents, Journal.Contents)?)
        throws -> DirectoryContents? {
        let snapshotPath = directory + "/" + Snapshot.fileName
        let journalPath = directory + "/" + Journal.fileName
        var attempts = 0
        while true {
            attempts += 1
            // The journal first: a snapshot read after it is never older than the journal's base.
            let journalFd = try openJournal(directory, writer: writer)
            do {
                let fd = Glibc.open(snapshotPath, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else {
                    if errno == ENOENT { throw WerkbankError(coreText("store.no_snapshot", directory)) }
                    throw DataFile.ioError(snapshotPath)
                }
                let snapshotIdentity = FileIdentity.of(fd: fd)
                // Read a slice at a time: the file is never in memory whole. A snapshot replaced
                // meanwhile (renamed over) stays whole on the open descriptor.
                let read: (Snapshot.Contents, Journal.Contents)?
                do {
                    read = try decode(fd, snapshotPath) { schema in
                        let data = journalFd >= 0 ? try DataFile.read(fd: journalFd, path: journalPath) : Data()
                        return try Journal.parse(data, path: journalPath, schema: schema)
                    }
                } catch { Glibc.close(fd); throw error }
                Glibc.close(fd)
                if !locked && attempts < 5 && (FileIdentity.of(path: snapshotPath) != snapshotIdentity
                                                || FileIdentity.of(path: journalPath) != FileIdentity.of(fd: journalFd)) {
                    if journalFd >= 0 { Glibc.close(journalFd) }
                    continue
                }
                guard let (snapshot, journal) = consume read else {
                    if journalFd >= 0 { Glibc.close(journalFd) }
                    return nil
                }
                // Consumed: the replay changes the only copy of the dataset (a shared one would be
                // copied whole by the first edit).
                var contents = try replay(journal, over: consume snapshot, journalPath: journalPath)
                contents.dataset.instruments = try InstrumentCatalogue.load(directory + "/" + InstrumentCatalogue.fileName)
                contents.dataset.settings = try TeamSettings.load(directory: directory)
                contents.journalFd = journalFd
                contents.snapshotIdentity = snapshotIdentity
                return contents
            } catch {
                if journalFd >= 0 { Glibc.close(journalFd) }
                throw error
            }
        }
    }

    /// The `seq` in the header of the snapshot file, read without the rest; nil when it cannot
    /// be read that way (the caller then reads the whole directory).
    static func snapshotSeq(_ directory: String) -> (seq: Int, identity: FileIdentity)? {
        let fd = Glibc.open(directory + "/" + Snapshot.fileName, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        guard let identity = FileIdentity.of(fd: fd),
              let header = try? Snapshot.readHeader(path: directory + "/" + Snapshot.fileName),
              FileIdentity.of(path: directory + "/" + Snapshot.fileName) == identity else { return nil }
        return (header.seq, identity)
    }

    private static func replay(_ journal: Journal.Contents, over snapshot: consuming Snapshot.Contents,
                               journalPath: String) throws -> DirectoryContents {
        try checkSkippedEdits(journal.edits, snapshot: snapshot, journalPath: journalPath)
        var dataset = snapshot.dataset
        snapshot.dataset = Dataset()
        var seq = snapshot.seq
        var replayed: [Edit] = []
        // Edits at or below the snapshot's seq are already in it (a crash after a compaction's
        // rename, before the journal was replaced). The rest must follow on without a gap.
        for (index, edit) in journal.edits.enumerated() where edit.seq > snapshot.seq {
            guard edit.seq == seq + 1 else {
                throw WerkbankError(coreText("store.seq_gap", journalPath, index + 1, edit.seq, seq + 1))
            }
            dataset.apply(edit)
            seq = edit.seq
            replayed.append(edit)
        }
        let warnings = journal.tornLine.map { [coreText("store.torn_tail", journalPath, $0)] } ?? []
        return DirectoryContents(dataset: dataset, snapshotSeq: snapshot.seq, schema: snapshot.schema, seq: seq,
                                 lastEdit: journal.edits.last?.id ?? snapshot.lastEdit, notesLength: snapshot.notesLength,
                                 journal: journal, replayed: replayed, warnings: warnings, journalFd: -1,
                                 snapshotIdentity: nil)
    }

    /// Journal edits at or below the snapshot's seq are skipped only when the snapshot says it holds
    /// them: the last of them is the snapshot's `lastEdit`. Schema 1 did not record it; there the
    /// last skipped edit must be the snapshot's seq (compaction) or the one before (import), as
    /// after an interrupted compaction or import. Anything else — a raised or damaged seq — would
    /// silently lose edits and is refused.
    static func checkSkippedEdits(_ edits: [Edit], snapshot: Snapshot.Contents, journalPath: String) throws {
        guard let index = edits.lastIndex(where: { $0.seq <= snapshot.seq }) else { return }
        let last = edits[index]
        let consistent = snapshot.schema >= 2 ? last.id == snapshot.lastEdit : last.seq >= snapshot.seq - 1
        guard consistent else {
            throw WerkbankError(coreText("store.edits_skipped", journalPath, index + 1, last.seq, snapshot.seq))
        }
    }
}
