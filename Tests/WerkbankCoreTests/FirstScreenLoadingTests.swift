import Foundation
import XCTest
@testable import WerkbankCore

/// A coach's fast start (`Store.openFirstScreen`): their own clients whole at once, by the
/// snapshot's index, the rest read in the background and taken over by `refresh`; edits wait
/// for it; a damaged index is found; without an index, or for another role, everything is read.
final class FirstScreenLoadingTests: StoreTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    /// A demo directory of `clients` clients with a journal on top; the coach with the most clients.
    private func demoDirectory(clients: Int = 600) throws -> (data: Dataset, coach: String) {
        let dataset = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: clients, today: today).generate()
        let store = try Store.create(directory, dataset: dataset, user: "anna")
        defer { store.close() }
        let id = try XCTUnwrap(store.data.clients.keys.min())
        try store.commit([.addItem(client: id, .note(ContactNote(id: "extra-n", date: today, by: "anna", channel: .phone, text: "gebeld")))],
                         summary: "", subject: id)
        let coaches = Dictionary(grouping: store.data.clients.values, by: \.coach).mapValues(\.count)
        let coach = try XCTUnwrap(coaches.filter { store.data.users[$0.key]?.role == .coach }.max { $0.value < $1.value }?.key)
        return (store.data, coach)
    }

    private func wholeData() throws -> Dataset {
        let store = try Store.open(directory, user: "anna", readOnly: true)
        defer { store.close() }
        return store.data
    }

    func testTheCoachsOwnClientsComeFirstWholeAndTheRestAfterwards() throws {
        let (full, coach) = try demoDirectory()
        let store = try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)
        defer { store.close() }
        XCTAssertFalse(store.isComplete)
        let own = full.clients.values.filter { $0.coach == coach }
        XCTAssertGreaterThan(own.count, 3)
        XCTAssertLessThan(store.data.clients.count, full.clients.count / 2, "only the coach's blocks are read")
        for client in own { XCTAssertEqual(store.data.clients[client.id], client, client.id) }
        let ownIds = Set(own.map(\.id))
        XCTAssertEqual(store.data.meldingen.values.filter { ownIds.contains($0.clientId ?? "") }.count,
                       full.meldingen.values.filter { ownIds.contains($0.clientId ?? "") }.count)
        for melding in full.meldingen.values where ownIds.contains(melding.clientId ?? "") {
            XCTAssertEqual(store.data.meldingen[melding.id], melding)
        }
        XCTAssertEqual(store.data.users, full.users)
        XCTAssertEqual(store.data.placements, full.placements)
        XCTAssertEqual(store.data.vacancies, full.vacancies)
        XCTAssertEqual(store.data.proposals, full.proposals)
        XCTAssertEqual(store.seq, 1, "the journal is replayed over the first clients")

        store.waitForLoading()
        XCTAssertEqual(try store.refresh(), [])
        XCTAssertTrue(store.isComplete)
        XCTAssertEqual(store.reloads, 1, "what was derived from the first clients must be rebuilt")
        XCTAssertEqual(store.data, full)
    }

    func testAClientHandedToTheCoachInTheJournalIsThereAtOnce() throws {
        let (full, coach) = try demoDirectory()
        // Handed on twice: first to a second coach, then to ours.
        let other = try XCTUnwrap(full.clients.values.first { $0.coach != coach })
        let second = try XCTUnwrap(full.users.values.first { $0.role == .coach && $0.name != coach && $0.name != other.coach }).name
        let writer = try Store.open(directory, user: "anna")
        try writer.commit([.setField(client: other.id, field: .coach, old: .text(other.coach), new: .text(second))], summary: "", subject: other.id)
        try writer.commit([.setField(client: other.id, field: .coach, old: .text(second), new: .text(coach))], summary: "", subject: other.id)
        writer.close()
        let store = try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)
        defer { store.close() }
        XCTAssertFalse(store.isComplete)
        XCTAssertEqual(store.data.clients[other.id]?.coach, coach)
        XCTAssertEqual(store.data.clients[other.id]?.notes, other.notes)
    }

    func testAnEditSavedWhileLoadingWaitsForTheRestAndIsSaved() throws {
        let (full, coach) = try demoDirectory()
        let id = try XCTUnwrap(full.clients.values.first { $0.coach == coach }).id
        let store = try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)
        defer { store.close() }
        XCTAssertFalse(store.needsCompaction, "no compaction of the first clients alone")
        let note = Change.addItem(client: id, .note(ContactNote(id: "wait-n", date: today, by: coach, channel: .phone, text: "later")))
        try store.commit([note], summary: "", subject: id)
        XCTAssertTrue(store.isComplete, "the edit waited for the rest")
        XCTAssertEqual(store.reloads, 1)
        XCTAssertEqual(store.data.clients.count, full.clients.count)
        XCTAssertTrue(try journalLines().contains { $0.contains("wait-n") })
        XCTAssertEqual(try wholeData().clients[id]?.notes.count, full.clients[id].map { $0.notes.count + 1 })
    }

    func testOthersEditsMadeWhileLoadingAreCaughtUpWith() throws {
        let (full, coach) = try demoDirectory()
        let store = try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)
        defer { store.close() }
        let id = try XCTUnwrap(full.clients.keys.max())
        let writer = try Store.open(directory, user: "anna")
        try writer.commit([.setField(client: id, field: .postcode, old: nil, new: .text("7511 AA"))], summary: "", subject: id)
        writer.close()
        store.waitForLoading()
        _ = try store.refresh()
        XCTAssertEqual(store.data.clients[id]?.postcode, "7511 AA")
        XCTAssertEqual(store.data, try wholeData())
    }

    func testAnotherRoleASmallDirectoryOrASnapshotWithoutIndexIsReadWholeAtOnce() throws {
        let (full, coach) = try demoDirectory()
        let leader = try XCTUnwrap(full.users.values.first { $0.role == .supervisor }).name
        let store = try Store.openFirstScreen(directory, user: leader, fastStartAbove: 0)
        XCTAssertTrue(store.isComplete)
        XCTAssertEqual(store.data, full)
        store.close()
        let small = try Store.openFirstScreen(directory, user: coach)
        XCTAssertTrue(small.isComplete, "a small directory is read whole at once")
        small.close()
        try removeIndex()
        let coachStore = try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)
        defer { coachStore.close() }
        XCTAssertTrue(coachStore.isComplete, "a file written before the index is read whole")
        XCTAssertEqual(coachStore.data, full)
    }

    func testADamagedIndexIsFound() throws {
        let (_, coach) = try demoDirectory()
        let original = try snapshotLines()
        // A well-framed index that names wrong blocks for the coach.
        try rewriteIndex { index in
            let blocks = index.coaches[coach] ?? []
            index.coaches[coach] = blocks.map { ($0 + 1) % max(1, index.meldingLines.count - 1) }
        }
        XCTAssertTrue(openError()?.contains("de index past niet bij de gegevens") == true, openError() ?? "opened")
        let problems = try IntegrityCheck.run(directory).problems
        XCTAssertTrue(problems.contains { $0.contains("index") }, "\(problems)")
        // A damaged checksum: the fast start names file and line.
        var lines = original
        lines[lines.count - 1] = "00000000" + lines[lines.count - 1].dropFirst(8)
        try writeSnapshot(lines)
        XCTAssertThrowsError(try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)) { error in
            XCTAssertTrue("\(error)".contains("snapshot.jsonl, regel \(lines.count)"), "\(error)")
        }
    }

    func testDamageOutsideTheCoachsClientsIsFoundByTheBackgroundReadAndStopsEdits() throws {
        let (full, coach) = try demoDirectory()
        var lines = try snapshotLines()
        let header = try snapshotHeader(lines)
        let index = try FastJSONDecoder().decode(SnapshotIndex.self, from: Data(unframed(lines[lines.count - 1]).utf8))
        let sections = try XCTUnwrap(header.sections)
        let ladder = try XCTUnwrap(DataPart.allCases.firstIndex(of: .ladder))
        let block = try XCTUnwrap((0..<sections[ladder].lines).first { !(index.coaches[coach] ?? []).contains($0) })
        let line = 1 + sections[..<ladder].reduce(0) { $0 + $1.lines } + block
        // The same length, another checksum: damaged where the coach's blocks are not.
        lines[line] = (lines[line].hasPrefix("0") ? "1" : "0") + lines[line].dropFirst()
        try writeSnapshot(lines)

        let store = try Store.openFirstScreen(directory, user: coach, fastStartAbove: 0)
        defer { store.close() }
        XCTAssertNotNil(store.data.clients[try XCTUnwrap(full.clients.values.first { $0.coach == coach }).id])
        store.waitForLoading()
        for _ in 0..<2 {
            XCTAssertThrowsError(try store.refresh()) { error in
                XCTAssertTrue("\(error)".contains("snapshot.jsonl, regel \(line + 1)"), "\(error)")
            }
        }
        XCTAssertFalse(store.isComplete)
        let id = try XCTUnwrap(full.clients.values.first { $0.coach == coach }).id
        XCTAssertThrowsError(try store.commit([.setField(client: id, field: .postcode, old: nil, new: .text("7511 AA"))],
                                              summary: "", subject: id))
        XCTAssertFalse(try journalLines().contains { $0.contains("7511 AA") }, "nothing was written")
    }

    /// The snapshot as a writer before the index wrote it: no index line, none in the header.
    private func removeIndex() throws {
        var lines = try snapshotLines()
        var header = try snapshotHeader(lines)
        header.index = nil
        lines.removeLast()
        try writeSnapshot(lines, header: header)
    }

    /// Rewrites the index line with `change` applied (framed anew, the header's length to match).
    private func rewriteIndex(_ change: (inout SnapshotIndex) -> Void) throws {
        var lines = try snapshotLines()
        var index = try FastJSONDecoder().decode(SnapshotIndex.self, from: Data(unframed(lines[lines.count - 1]).utf8))
        change(&index)
        lines[lines.count - 1] = framed(String(decoding: try FastJSONEncoder().encode(index), as: UTF8.self))
        var header = try snapshotHeader(lines)
        header.index = lines[lines.count - 1].utf8.count + 1
        try writeSnapshot(lines, header: header)
    }
}
