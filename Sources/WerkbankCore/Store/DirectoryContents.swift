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
                let snapshot: Snapshot.Contents
                do { snapshot = try Snapshot.decode(fd: fd, path: snapshotPath, parts: parts, progress: progress) } catch { Glibc.close(fd); throw error }
                Glibc.close(fd)
                let journalData = journalFd >= 0 ? try DataFile.read(fd: journalFd, path: journalPath) : Data()
                if !locked && attempts < 5 && (FileIdentity.of(path: snapshotPath) != snapshotIdentity
                                                || FileIdentity.of(path: journalPath) != FileIdentity.of(fd: journalFd)) {
                    if journalFd >= 0 { Glibc.close(journalFd) }
                    continue
                }
                let journal = try Journal.parse(journalData, path: journalPath, schema: snapshot.schema)
                var contents = try replay(journal, over: snapshot, journalPath: journalPath)
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

    private static func replay(_ journal: Journal.Contents, over snapshot: Snapshot.Contents,
                               journalPath: String) throws -> DirectoryContents {
        try checkSkippedEdits(journal.edits, snapshot: snapshot, journalPath: journalPath)
        var dataset = snapshot.dataset
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
