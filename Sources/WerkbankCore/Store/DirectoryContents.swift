import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What opening a data directory reads: the snapshot, with the journal replayed over it, and the
/// instrument catalogue. Reading never writes; every fault is an error naming file and line.
struct DirectoryContents {
    var dataset: Dataset
    var snapshotSeq: Int
    /// The last edit's seq (the snapshot's when the journal adds nothing).
    var seq: Int
    var journal: Journal.Contents
    /// Journal edits applied over the snapshot.
    var replayed: [Edit]
    var warnings: [String]

    /// A directory just written with `dataset` at seq 0 and no journal.
    static func fresh(_ dataset: Dataset) -> DirectoryContents {
        DirectoryContents(dataset: dataset, snapshotSeq: 0, seq: 0, journal: Journal.Contents(edits: [], goodLength: 0, tornLine: nil),
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
            let journal = try Journal.parse(journalData, path: journalPath)
            var contents = try replay(journal, over: snapshot.dataset, seq: snapshot.seq, journalPath: journalPath)
            contents.dataset.instruments = try InstrumentCatalogue.load(directory + "/" + InstrumentCatalogue.fileName)
            return contents
        }
    }

    private static func replay(_ journal: Journal.Contents, over dataset: Dataset, seq snapshotSeq: Int,
                               journalPath: String) throws -> DirectoryContents {
        var dataset = dataset
        var seq = snapshotSeq
        var replayed: [Edit] = []
        // Edits at or below the snapshot's seq are already in it (a crash after a compaction's
        // rename, before the journal was emptied). The rest must follow on without a gap.
        for (index, edit) in journal.edits.enumerated() where edit.seq > snapshotSeq {
            guard edit.seq == seq + 1 else {
                throw WerkbankError(coreText("store.seq_gap", journalPath, index + 1, edit.seq, seq + 1))
            }
            dataset.apply(edit)
            seq = edit.seq
            replayed.append(edit)
        }
        let warnings = journal.tornLine.map { [coreText("store.torn_tail", journalPath, $0)] } ?? []
        return DirectoryContents(dataset: dataset, snapshotSeq: snapshotSeq, seq: seq, journal: journal,
                                 replayed: replayed, warnings: warnings)
    }
}
