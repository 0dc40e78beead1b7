import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Following the other processes that write the same directory: the journal lines they
/// appended, and the new snapshot and journal of a compaction or import.
extension Store {
    /// Applies the edits other processes made since the last call (including those caught up
    /// during an own commit) and returns them, oldest first. Takes no lock: only complete lines
    /// are read, a line still being written is left for the next call. When the data had to be
    /// read anew (`reloads` went up) the edits that were compacted into the snapshot meanwhile
    /// are not returned one by one.
    /// Costs three `stat` calls when nothing changed.
    public func refresh() throws -> [Edit] {
        if loading != nil { return try finishLoading() }
        try catchUp(locked: false)
        defer { unreported = [] }
        return unreported
    }

    /// Brings `data` up to the latest state on disk. Under the lock (`locked`) nobody writes, so
    /// an incomplete last journal line is a crash's leftover and is cut off.
    func catchUp(locked: Bool) throws {
        if FileIdentity.of(path: snapshotPath) != snapshotIdentity
            || FileIdentity.of(path: journalPath) != FileIdentity.of(fd: journalFd) {
            try followReplacement(locked: locked)
        } else {
            try readAppended(locked: locked)
        }
    }

    /// Applies the complete edits appended after `journalLength`. Anything that does not continue
    /// where this store stopped makes it read the whole directory anew (which names the file and
    /// line when the journal really is damaged).
    private func readAppended(locked: Bool) throws {
        guard journalFd >= 0 else { return }
        var info = stat()
        guard fstat(journalFd, &info) == 0 else { throw DataFile.ioError(journalPath) }
        let size = Int(info.st_size)
        guard size != journalLength else { return }
        guard size > journalLength else { return try reloadAll(locked: locked) }
        let parsed: Journal.Contents
        do {
            parsed = try Journal.parse(try readJournal(from: journalLength, to: size), path: journalPath, schema: schema)
        } catch {
            return try reloadAll(locked: locked)
        }
        // Edits at or below the snapshot's seq are already in it (a compaction that stopped
        // before replacing the journal); the rest must follow on without a gap.
        let new = parsed.edits.filter { $0.seq > snapshotSeq }
        guard new.enumerated().allSatisfy({ $0.element.seq == seq + 1 + $0.offset }) else {
            return try reloadAll(locked: locked)
        }
        for edit in new {
            data.apply(edit)
            seq = edit.seq
            lastEditId = edit.id
            journaledEdits += 1
            unreported.append(edit)
        }
        journalLength += parsed.goodLength
        let linesBefore = journalLines
        journalLines += parsed.edits.count
        if locked, let torn = parsed.tornLine {
            warnings.append(coreText("store.torn_tail", journalPath, linesBefore + torn))
            try cutTornTail()
        }
    }

    /// Another process compacted or imported: it wrote a new snapshot and a new journal. The old
    /// journal (still open here) is read to its end first; when the new snapshot holds exactly
    /// the data this store now has, only the new journal is followed, else everything is read anew.
    private func followReplacement(locked: Bool) throws {
        let reloadsBefore = reloads
        try readAppended(locked: locked)
        guard reloads == reloadsBefore else { return }
        guard let snapshot = DirectoryContents.snapshotSeq(path), snapshot.seq == seq else {
            return try reloadAll(locked: locked)
        }
        let fd = try DirectoryContents.openJournal(path, writer: !readOnly)
        guard FileIdentity.of(path: snapshotPath) == snapshot.identity else {
            if fd >= 0 { Glibc.close(fd) }
            return try reloadAll(locked: locked)
        }
        if journalFd >= 0 { Glibc.close(journalFd) }
        journalFd = fd
        journalLength = 0
        journalLines = 0
        journaledEdits = 0
        snapshotSeq = snapshot.seq
        snapshotIdentity = snapshot.identity
        try readAppended(locked: locked)
    }

    /// Reads snapshot and journal anew (another process imported, or compacted edits this store
    /// had not seen). Of the new edits only those still in the journal are reported.
    private func reloadAll(locked: Bool) throws {
        let contents = try DirectoryContents.read(path, writer: !readOnly, locked: locked, parts: parts)
        let seqBefore = seq
        adopt(contents)
        unreported = contents.replayed.filter { $0.seq > seqBefore }
        reloads += 1
        if locked && contents.journal.tornLine != nil {
            warnings += contents.warnings
            try cutTornTail()
        }
    }

    private func readJournal(from start: Int, to end: Int) throws -> Data {
        var bytes = Data(count: end - start)
        var total = 0
        try bytes.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            while total < buffer.count {
                let count = pread(journalFd, buffer.baseAddress! + total, buffer.count - total, off_t(start + total))
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw DataFile.ioError(journalPath) }
                if count == 0 { break }
                total += count
            }
        }
        return bytes.prefix(total)
    }
}
