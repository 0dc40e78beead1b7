import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What opening a data directory reads: the snapshot, with the journal replayed over it, and the
/// instrument catalogue. Reading never writes; every fault is an error naming file and line.
struct DirectoryContents {
    var dataset: Dataset
    var snapshotSeq: Int
    /// The snapshot's schema: 1 until a writer upgrades the directory.
    var schema: Int
    /// The last edit's seq (the snapshot's when the journal adds nothing).
    var seq: Int
    var journal: Journal.Contents
    /// Journal edits applied over the snapshot.
    var replayed: [Edit]
    var warnings: [String]

    /// A directory just written with `dataset` at seq 0 and no journal.
    static func fresh(_ dataset: Dataset) -> DirectoryContents {
        DirectoryContents(dataset: dataset, snapshotSeq: 0, schema: schemaVersion, seq: 0, journal: Journal.Contents(edits: [], goodLength: 0, tornLine: nil),
                          replayed: [], warnings: [])
    }

    static func read(_ directory: String, checkSnapshotUnchanged: Bool) throws -> DirectoryContents {
        let snapshotPath = directory + "/" + Snapshot.fileName
        let journalPath = directory + "/" + Journal.fileName
        // A reader without the lock can race a compaction (new snapshot, then an emptied journal):
        // read again when the snapshot was replaced while the journal was being read.
        var attempts = 0
        while true {
            attempts += 1
            let fd = Glibc.open(snapshotPath, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                if errno == ENOENT { throw WerkbankError(coreText("store.no_snapshot", directory)) }
                throw DataFile.ioError(snapshotPath)
            }
            var before = stat()
            fstat(fd, &before)
            let snapshotData: Data
            do { snapshotData = try DataFile.read(fd: fd, path: snapshotPath) } catch { Glibc.close(fd); throw error }
            Glibc.close(fd)
            let journalData = try DataFile.read(journalPath) ?? Data()
            var after = stat()
            if checkSnapshotUnchanged && attempts < 5 && (stat(snapshotPath, &after) != 0 || after.st_ino != before.st_ino) {
                continue
            }
            let snapshot = try Snapshot.decode(snapshotData, path: snapshotPath)
            let journal = try Journal.parse(journalData, path: journalPath, schema: snapshot.schema)
            var contents = try replay(journal, over: snapshot, journalPath: journalPath)
            contents.dataset.instruments = try InstrumentCatalogue.load(directory + "/" + InstrumentCatalogue.fileName)
            contents.dataset.settings = try TeamSettings.load(directory: directory)
            return contents
        }
    }

    private static func replay(_ journal: Journal.Contents, over snapshot: Snapshot.Contents,
                               journalPath: String) throws -> DirectoryContents {
        try checkSkippedEdits(journal.edits, snapshot: snapshot, journalPath: journalPath)
        var dataset = snapshot.dataset
        var seq = snapshot.seq
        var replayed: [Edit] = []
        // Edits at or below the snapshot's seq are already in it (a crash after a compaction's
        // rename, before the journal was emptied). The rest must follow on without a gap.
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
                                 journal: journal, replayed: replayed, warnings: warnings)
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

    /// The id of the last edit in the directory: the journal's last edit, else the snapshot's
    /// `lastEdit` (what a new snapshot must record).
    static func lastEdit(in directory: String) throws -> String? {
        let snapshotPath = directory + "/" + Snapshot.fileName
        let journalPath = directory + "/" + Journal.fileName
        let header = try Snapshot.readHeader(path: snapshotPath)
        let journal = try Journal.parse(try DataFile.read(journalPath) ?? Data(), path: journalPath, schema: header.schema)
        return journal.edits.last?.id ?? header.lastEdit
    }
}
