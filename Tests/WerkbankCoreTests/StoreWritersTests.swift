import Foundation
import Synchronization
import XCTest
@testable import WerkbankCore

/// Several writers on one data directory (each `Store` has its own open files and lock, as a
/// separate process would): catch-up before every append, `refresh`, compaction and import by
/// another writer, conflicts, and the repairs a killed writer leaves to the next one.
final class StoreWritersTests: StoreTestCase {
    private func twoWriters() throws -> (Store, Store) {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        return (try Store.open(directory, user: "anna"), try Store.open(directory, user: "bert"))
    }

    private func hours(_ store: Store, _ hours: Int, client id: String = "K1000001") throws {
        var client = try XCTUnwrap(store.data.clients[id])
        client.hoursAvailable = hours
        try store.commit([.putClient(client)], summary: "uren \(hours)", subject: id)
    }

    /// Reopens from disk and checks that both stores hold exactly what is on disk.
    private func assertOnDisk(_ stores: Store..., file: StaticString = #filePath, line: UInt = #line) throws {
        let reopened = try Store.open(directory, user: "check", readOnly: true)
        defer { reopened.close() }
        XCTAssertTrue(reopened.warnings.isEmpty, "\(reopened.warnings)", file: file, line: line)
        for store in stores {
            _ = try store.refresh()
            XCTAssertEqual(store.seq, reopened.seq, file: file, line: line)
            XCTAssertEqual(store.data, reopened.data, file: file, line: line)
        }
    }

    /// Reading a large directory takes seconds: a writer opening it holds no lock meanwhile, so
    /// the others go on saving, and what they saved is in the store once it is open. The reading
    /// reports its progress, rising to 1.
    func testOpeningReadsWithoutTheLockAndCatchesUpWithWhatOthersSavedMeanwhile() throws {
        try Store.create(directory, dataset: sampleDataset(clients: 5_000), user: "anna").close()
        nonisolated(unsafe) let anna = try Store.open(directory, user: "anna")
        defer { anna.close() }
        let lockPath = file("werkbank.lock").path
        let seen = Mutex<(fractions: [Double], lockFree: Bool?, saved: Bool)>(([], nil, false))
        let bert = try Store.open(directory, user: "bert") { fraction in
            seen.withLock { seen in
                seen.fractions.append(fraction)
                guard seen.lockFree == nil else { return }
                let probe = open(lockPath, O_RDWR)
                seen.lockFree = flock(probe, LOCK_EX | LOCK_NB) == 0
                flock(probe, LOCK_UN)
                close(probe)
                guard var client = anna.data.clients["K1000001"] else { return }
                client.hoursAvailable = 33
                seen.saved = (try? anna.commit([.putClient(client)], summary: "uren 33", subject: client.id)) != nil
            }
        }
        defer { bert.close() }
        let (fractions, lockFree, saved) = seen.withLock { $0 }
        XCTAssertEqual(lockFree, true, "no lock is held while the snapshot is read")
        XCTAssertTrue(saved, "another writer saves while the directory is read")
        XCTAssertEqual(bert.data.clients["K1000001"]?.hoursAvailable, 33, "caught up after reading")
        XCTAssertEqual(bert.seq, anna.seq)
        XCTAssertEqual(try bert.refresh(), [], "what was caught up while opening is not handed out as news")
        XCTAssertGreaterThan(fractions.count, 1)
        XCTAssertGreaterThan(fractions.max() ?? 0, 0.9)
        XCTAssertTrue(fractions.allSatisfy { $0 > 0 && $0 <= 1 })
        try assertOnDisk(anna, bert)
    }

    func testTwoWritersAtOnceEachSeeTheOthersEditsAndNoLockIsHeldBetweenAppends() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        // No session lock: another open file description gets the lock at once.
        let probe = open(file("werkbank.lock").path, O_RDWR)
        XCTAssertEqual(flock(probe, LOCK_EX | LOCK_NB), 0)
        flock(probe, LOCK_UN)
        close(probe)

        try hours(anna, 11)
        XCTAssertEqual(try bert.refresh().map(\.summary), ["uren 11"])
        XCTAssertEqual(try bert.refresh(), [], "each edit is handed out once")
        XCTAssertEqual(bert.data.clients["K1000001"]?.hoursAvailable, 11)
        try hours(bert, 12, client: "K1000002")
        let edits = try anna.refresh()
        XCTAssertEqual(edits.map(\.user), ["bert"])
        XCTAssertEqual(edits.map(\.seq), [2])
        let lockText = String(decoding: try Data(contentsOf: file("werkbank.lock")), as: UTF8.self)
        XCTAssertTrue(lockText.contains("\"user\":\"bert\"") && lockText.contains("\"pid\":\(getpid())"), lockText)
        try assertOnDisk(anna, bert)
        let audit = String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self)
        XCTAssertTrue(audit.contains("\"seq\":1,\"subject\":\"K1000001\",\"user\":\"anna\""), audit)
        XCTAssertTrue(audit.contains("\"seq\":2,\"subject\":\"K1000002\",\"user\":\"bert\""), audit)
    }

    func testACommitCatchesUpFirstAndItsPreconditionSeesTheOthersEdit() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        let seenByBert = try XCTUnwrap(bert.data.clients["K1000001"])
        try hours(anna, 30)
        // Bert's form still shows the old value; his edit must be refused, not win silently.
        var yours = seenByBert
        yours.hoursAvailable = 8
        XCTAssertThrowsError(try bert.commit([.putClient(yours)], summary: "uren 8", subject: yours.id) { latest in
            let now = latest.clients["K1000001"]!
            guard now.version == seenByBert.version else {
                throw EditConflict(subject: now.id, what: "uren", theirs: "\(now.hoursAvailable ?? 0)", yours: "8", by: "anna")
            }
        }) { error in
            XCTAssertEqual(error as? EditConflict,
                           EditConflict(subject: "K1000001", what: "uren", theirs: "30", yours: "8", by: "anna"))
        }
        XCTAssertEqual(try journalLines().count, 1, "nothing written")
        XCTAssertEqual(bert.seq, 1)
        XCTAssertEqual(bert.data.clients["K1000001"]?.hoursAvailable, 30, "caught up under the lock")
        XCTAssertEqual(try bert.refresh().map(\.summary), ["uren 30"], "the caught-up edit is still reported")
        try assertOnDisk(anna, bert)
    }

    func testChangesBuiltUnderTheLockAddToTheOthersEditInsteadOfOverwritingIt() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        func addNote(_ store: Store, _ text: String) throws {
            try store.commit(summary: "notitie", subject: "K1000001") { latest in
                var client = latest.clients["K1000001"]!
                client.notes.append(NoteRef(ContactNote(id: text, date: Day(year: 2026, month: 11, day: 23)!, by: store.user,
                                                        channel: .phone, text: text)))
                return [.putClient(client)]
            }
        }
        try addNote(anna, "van anna")
        try addNote(bert, "van bert")   // bert never saw anna's note before his commit
        XCTAssertEqual(try bert.notes(of: "K1000001").map(\.text).suffix(2), ["van anna", "van bert"])
        try assertOnDisk(anna, bert)
    }

    func testACompactionByAnotherWriterIsFollowedWithoutReadingTheSnapshotAgain() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        for value in 1...3 { try hours(anna, value) }
        _ = try bert.refresh()
        try anna.compact()
        try hours(anna, 4)
        XCTAssertEqual(try bert.refresh().map(\.summary), ["uren 4"])
        XCTAssertEqual(bert.reloads, 0)
        XCTAssertEqual(bert.journaledEdits, 1)
        // Bert appends to the new journal, not to the replaced one.
        try hours(bert, 5, client: "K1000002")
        XCTAssertEqual(try journalLines().count, 2)
        XCTAssertEqual(try anna.refresh().map(\.seq), [5])
        try assertOnDisk(anna, bert)
    }

    func testEditsCompactedBeforeAnotherWriterSawThemAreReadFromTheNewSnapshot() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        try hours(anna, 1)
        try anna.compact()
        try hours(anna, 2)
        try anna.compact()
        try hours(anna, 3, client: "K1000002")
        XCTAssertEqual(try bert.refresh().map(\.seq), [3], "the edits in the snapshot are not handed out one by one")
        XCTAssertEqual(bert.reloads, 1)
        XCTAssertEqual(bert.data.clients["K1000001"]?.hoursAvailable, 2)
        try assertOnDisk(anna, bert)
    }

    func testACommitRightAfterAnotherWritersCompactionContinuesTheSequence() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        try hours(anna, 1)
        try anna.compact()
        try hours(anna, 2)
        try hours(bert, 3, client: "K1000002")   // no refresh first: the commit catches up itself
        XCTAssertEqual(bert.seq, 3)
        XCTAssertEqual(try journalLines().count, 2)
        try assertOnDisk(anna, bert)
    }

    func testAnImportByAnotherWriterIsFollowed() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        try hours(bert, 1)
        var imported = sampleDataset(clients: 5)
        imported.clients["K1000004"]?.district = "Oost"
        try anna.replace(with: imported, summary: "import")
        XCTAssertEqual(anna.seq, 2)
        _ = try bert.refresh()
        XCTAssertEqual(bert.reloads, 1)
        XCTAssertEqual(bert.data.clients.count, 5)
        XCTAssertEqual(bert.data.clients["K1000004"]?.district, "Oost")
        try hours(bert, 9, client: "K1000004")
        XCTAssertEqual(bert.seq, 3)
        try assertOnDisk(anna, bert)
    }

    func testAutomaticCompactionAfterACommitPastTheThreshold() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        anna.compactAfterEdits = 3
        for value in 1...3 { try hours(anna, value) }
        XCTAssertEqual(anna.journaledEdits, 3)
        try hours(anna, 4)
        XCTAssertEqual(anna.journaledEdits, 0)
        XCTAssertEqual(try Data(contentsOf: file("journal.jsonl")).count, 0)
        XCTAssertTrue(String(decoding: try Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).contains("\"seq\":4"))
        bert.compactsAutomatically = false
        bert.compactAfterEdits = 0
        try hours(bert, 5)
        XCTAssertEqual(bert.journaledEdits, 1, "left to the caller")
        XCTAssertTrue(try bert.compactIfNeeded())
        XCTAssertFalse(try anna.compactIfNeeded())
        try assertOnDisk(anna, bert)
    }

    func testATornLineOfAKilledWriterIsLeftByRefreshAndCutByTheNextAppend() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        try hours(anna, 1)
        try append(#"{"at":"2025-01-01T10:00:00+01:00","changes":[{"kind":"cli"#, to: "journal.jsonl")
        XCTAssertEqual(try bert.refresh().map(\.seq), [1], "an unfinished line is not an error without the lock")
        XCTAssertEqual(try bert.refresh(), [])
        try hours(bert, 2)
        XCTAssertTrue(bert.warnings.contains { $0.contains("journal.jsonl") && $0.contains("(2)") }, "\(bert.warnings)")
        XCTAssertEqual(try journalLines().count, 2)
        XCTAssertEqual(try anna.refresh().map(\.seq), [2])
        try assertOnDisk(anna, bert)
    }

    func testTheAuditLineOfAWriterKilledAfterItsJournalLineIsAddedByTheNextAppend() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        let auditBefore = try Data(contentsOf: file("audit.jsonl"))
        try hours(anna, 1)
        try auditBefore.write(to: file("audit.jsonl"))   // as if anna died before her audit line
        try hours(bert, 2)
        let lines = String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self).components(separatedBy: "\n")
        let seqs = lines.compactMap { line in line.range(of: #""seq":\d+"#, options: .regularExpression).map { String(line[$0].dropFirst(6)) } }
        XCTAssertEqual(seqs, ["0", "1", "2"])
        XCTAssertEqual(try bert.history(of: "K1000001").map(\.user), ["anna", "bert"])
    }

    func testAccessLinesOfAReadOnlyStoreTakeTheLockToo() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        let reader = try Store.open(directory, user: "carla", readOnly: true)
        defer { reader.close() }
        XCTAssertThrowsError(try reader.commit([], summary: "mag niet"))
        XCTAssertThrowsError(try reader.compact())
        try reader.recordAccess("export", subject: nil, detail: "csv")
        try hours(anna, 1)
        XCTAssertEqual(try reader.refresh().map(\.seq), [1], "a reader follows the writers too")
        let lockText = String(decoding: try Data(contentsOf: file("werkbank.lock")), as: UTF8.self)
        XCTAssertTrue(lockText.contains("\"user\":\"anna\""), lockText)
        let audit = String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self)
        XCTAssertTrue(audit.contains("\"action\":\"export\"") && audit.contains("\"user\":\"carla\""), audit)
    }

    func testADirectoryTheUserCannotWriteIsRefusedAsNotWritable() throws {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        guard getuid() != 0 else { throw XCTSkip("root may write any directory") }
        chmod(directory.path, 0o500)
        defer { chmod(directory.path, 0o700) }
        XCTAssertThrowsError(try Store.open(directory, user: "anna")) { error in
            XCTAssertEqual((error as? WerkbankError)?.kind, .notWritable)
            XCTAssertTrue((error as? WerkbankError)?.message.contains("niet schrijfbaar") == true, "\(error)")
        }
        XCTAssertEqual(try Store.open(directory, user: "anna", readOnly: true).data.clients.count, 3)
    }

    /// A reader that never takes the lock, racing a writer that commits and compacts all the
    /// time, always ends with exactly the writer's data.
    func testRefreshRacingCommitsAndCompactionsOfAnotherWriter() throws {
        let (anna, bert) = try twoWriters()
        defer { anna.close(); bert.close() }
        let writer = UncheckedBox(anna)
        let done = expectation(description: "writer")
        DispatchQueue.global().async {
            for value in 1...200 {
                var client = writer.store.data.clients["K1000001"]!
                client.hoursAvailable = value
                try! writer.store.commit([.putClient(client)], summary: "uren \(value)", subject: client.id)
                if value % 7 == 0 { try! writer.store.compact() }
            }
            done.fulfill()
        }
        var seen: [Int] = []
        var reloads = 0
        while bert.seq < 200 {
            let batch = try bert.refresh().map(\.seq)
            if bert.reloads != reloads {
                reloads = bert.reloads
                seen = []   // edits compacted into the snapshot meanwhile are not handed out
            }
            seen += batch
        }
        wait(for: [done], timeout: 60)
        XCTAssertEqual(bert.data, anna.data)
        XCTAssertFalse(seen.isEmpty)
        XCTAssertEqual(seen, Array((201 - seen.count)...200), "no edit twice, none skipped")
        try assertOnDisk(anna, bert)
    }
}

/// Hands a store to another thread in a test (the test makes sure only that thread uses it).
private final class UncheckedBox: @unchecked Sendable {
    let store: Store
    init(_ store: Store) { self.store = store }
}
