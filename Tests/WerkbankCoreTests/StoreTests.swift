import Foundation
import XCTest
import WerkbankBench
@testable import WerkbankCore

final class StoreTests: StoreTestCase {
    func testCreateThenOpenGivesTheSameDataset() throws {
        let dataset = sampleDataset()
        try Store.create(directory, dataset: dataset, user: "anna").close()
        let store = try Store.open(directory, user: "anna")
        defer { store.close() }
        XCTAssertEqual(store.data, dataset)
        XCTAssertEqual(store.seq, 0)
        XCTAssertTrue(store.warnings.isEmpty)
    }

    func testCreateRefusesADirectoryThatIsNotEmpty() throws {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        XCTAssertThrowsError(try Store.create(directory, dataset: Dataset(), user: "anna")) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.contains("niet leeg") == true, "\(error)")
        }
    }

    func testSnapshotIsDeterministicAndSortedByCoachThenId() throws {
        let dataset = sampleDataset(clients: 20)
        try Store.create(directory, dataset: dataset, user: "anna").close()
        let first = try Data(contentsOf: file("snapshot.jsonl"))
        let other = root.appendingPathComponent("other")
        try Store.create(other, dataset: dataset, user: "bert").close()
        XCTAssertEqual(first, try Data(contentsOf: other.appendingPathComponent("snapshot.jsonl")))
        let clientIds = try String(decoding: first, as: UTF8.self).split(separator: "\n")
            .filter { $0.contains("\"core\":[") }
            .flatMap { line in
                try XCTUnwrap((JSONSerialization.jsonObject(with: Data(unframed(String(line)).utf8)) as? [String: Any])?["ids"] as? [String])
            }
        XCTAssertEqual(clientIds, dataset.clients.values.sorted { ($0.coach, $0.id) < ($1.coach, $1.id) }.map(\.id))
        XCTAssertGreaterThan(Set(dataset.clients.values.map(\.coach)).count, 1)
    }

    func testCommitIsJournaledAndReplayedOnReopen() throws {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        let store = try Store.open(directory, user: "anna")
        var client = try XCTUnwrap(store.data.clients.values.sorted { $0.id < $1.id }.first)
        let oldVersion = client.version
        client.phone = "06-99999999"
        let edit = try store.commit([.putClient(client), .remove(.draft, id: "none")], summary: "telefoon", subject: client.id)
        XCTAssertEqual(edit.seq, 1)
        XCTAssertEqual(edit.user, "anna")
        XCTAssertEqual(store.data.clients[client.id]?.version, oldVersion + 1)
        XCTAssertNotNil(edit.at.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$"#, options: .regularExpression), edit.at)
        store.close()

        let lines = try journalLines()
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].contains("\"op\":\"put\",\"record\":{"), lines[0])
        XCTAssertTrue(lines[0].contains("{\"id\":\"none\",\"kind\":\"draft\",\"op\":\"remove\"}"), lines[0])

        let reopened = try Store.open(directory, user: "anna")
        defer { reopened.close() }
        XCTAssertEqual(reopened.data.clients[client.id]?.phone, "06-99999999")
        XCTAssertEqual(reopened.data.clients[client.id]?.version, oldVersion + 1)
        XCTAssertEqual(reopened.seq, 1)
        XCTAssertEqual(reopened.journaledEdits, 1)
    }

    func testChangeAndEditJSONRoundTrip() throws {
        let edit = Edit(id: "e1", seq: 4, at: "2025-03-04T10:00:00+01:00", user: "anna", summary: "s", subject: nil,
                        changes: [.putClient(StoreBenchmark.syntheticClient(1)), .remove(.client, id: "K9"),
                                  .putUser(User(name: "bert", displayName: "Bert", role: .intaker))])
        let data = try JSONEncoder().encode(edit)
        XCTAssertEqual(try JSONDecoder().decode(Edit.self, from: data), edit)
        XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("subject"), "nil optionals are left out")
        let removeUser = Data(#"{"op":"remove","kind":"user","id":"x"}"#.utf8)
        XCTAssertEqual(try JSONDecoder().decode(Change.self, from: removeUser), .remove(.user, id: "x"))
        let bad = Data(#"{"op":"rename","kind":"user","id":"x"}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(Change.self, from: bad))
    }

    func testSeqIncreasesStrictlyAcrossCompactionAndReopen() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        var seqs: [Int] = []
        var ids: Set<String> = []
        let employer = try XCTUnwrap(store.data.employers["W1"])
        for round in 0..<3 {
            for _ in 0..<3 {
                let edit = try store.commit([.putEmployer(employer)], summary: "werkgever")
                seqs.append(edit.seq)
                ids.insert(edit.id)
            }
            if round == 1 { try store.compact() }
        }
        store.close()
        let reopened = try Store.open(directory, user: "anna")
        seqs.append(try reopened.commit([.putEmployer(employer)], summary: "werkgever").seq)
        reopened.close()
        XCTAssertEqual(seqs, Array(1...10))
        XCTAssertEqual(ids.count, 9)
    }

    func testCompactionWritesSnapshotAndEmptiesJournal() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        var client = try XCTUnwrap(store.data.clients["K1000001"])
        client.wishes = "zorg"
        try store.commit([.putClient(client)], summary: "wensen", subject: client.id)
        try store.commit([.remove(.client, id: "K1000000")], summary: "weg")
        try store.compact()
        XCTAssertEqual(try Data(contentsOf: file("journal.jsonl")).count, 0)
        XCTAssertEqual(store.journaledEdits, 0)
        let expected = store.data
        store.close()
        let header = try XCTUnwrap(String(decoding: Data(contentsOf: file("snapshot.jsonl")), as: UTF8.self).split(separator: "\n").first)
        XCTAssertTrue(header.contains("\"format\":\"werkbank\"") && header.contains("\"schema\":\(schemaVersion)") && header.contains("\"seq\":2"), String(header))

        let reopened = try Store.open(directory, user: "anna")
        defer { reopened.close() }
        XCTAssertEqual(reopened.data, expected)
        XCTAssertNil(reopened.data.clients["K1000000"])
        XCTAssertEqual(reopened.data.clients[client.id]?.wishes, "zorg")
        XCTAssertEqual(reopened.seq, 2)
    }

    func testCrashBetweenSnapshotAndJournalTruncationReplaysNothingTwice() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        var client = try XCTUnwrap(store.data.clients["K1000001"])
        for index in 1...3 {
            client.hoursAvailable = index
            try store.commit([.putClient(client)], summary: "uren", subject: client.id)
        }
        let journalBeforeCompaction = try Data(contentsOf: file("journal.jsonl"))
        try store.compact()
        let expected = store.data
        store.close()
        // As if the crash came after the rename of the new snapshot, before the journal was emptied.
        try journalBeforeCompaction.write(to: file("journal.jsonl"))

        let reopened = try Store.open(directory, user: "anna")
        XCTAssertEqual(reopened.data, expected)
        XCTAssertEqual(reopened.data.clients[client.id]?.version, client.version + 3)
        XCTAssertEqual(reopened.journaledEdits, 0)
        XCTAssertEqual(try reopened.commit([], summary: "daarna").seq, 4)
        reopened.close()
        XCTAssertEqual(try Store.open(directory, user: "anna", readOnly: true).data.clients, expected.clients)
    }

    func testReplaceSwapsTheWholeDatasetAndKeepsTheCatalogue() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        try store.commit([.remove(.client, id: "K1000000")], summary: "weg")
        var imported = StoreBenchmark.syntheticDataset(clients: 5)
        imported.clients["K1000004"]?.wishes = "geïmporteerd"
        try store.replace(with: imported, summary: "import klanten.csv")
        XCTAssertEqual(store.seq, 2)
        XCTAssertEqual(store.data.instruments.keys.sorted(), ["proefplaatsing"])
        store.close()
        XCTAssertEqual(try Data(contentsOf: file("journal.jsonl")).count, 0)
        let reopened = try Store.open(directory, user: "anna")
        defer { reopened.close() }
        XCTAssertEqual(reopened.data.clients, imported.clients)
        XCTAssertEqual(reopened.data.instruments.keys.sorted(), ["proefplaatsing"])
        let audit = String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self)
        XCTAssertTrue(audit.contains("\"action\":\"replace\"") && audit.contains("import klanten.csv"), audit)
    }

    func testHistorySurvivesCompaction() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        var client = try XCTUnwrap(store.data.clients["K1000001"])
        client.district = "Noord"
        try store.commit([.putClient(client)], summary: "wijk → Noord", subject: client.id)
        try store.commit([.remove(.client, id: "K1000002")], summary: "andere klant", subject: "K1000002")
        try store.recordAccess("view", subject: client.id, detail: "klantkaart")
        try store.compact()
        store.close()
        let reopened = try Store.open(directory, user: "bert")
        defer { reopened.close() }
        try reopened.commit([.putClient(client)], summary: "nogmaals", subject: client.id)
        let history = try reopened.history(of: client.id)
        XCTAssertEqual(history.map(\.summary), ["wijk → Noord", "nogmaals"])
        XCTAssertEqual(history.map(\.user), ["anna", "bert"])
        XCTAssertEqual(history.map(\.seq), [1, 3])
        let audit = String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self)
        XCTAssertTrue(audit.contains("\"action\":\"view\"") && audit.contains("klantkaart"), audit)
    }

    func testMissingAuditLinesAreRestoredFromTheJournalOnOpen() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        try store.commit([.remove(.client, id: "K1000000")], summary: "eerste", subject: "K1000000")
        let auditAfterFirst = try Data(contentsOf: file("audit.jsonl"))
        try store.commit([.remove(.client, id: "K1000001")], summary: "tweede", subject: "K1000001")
        store.close()
        // As if the process died after the journal fsync, before the audit line was written.
        try auditAfterFirst.write(to: file("audit.jsonl"))
        try Store.open(directory, user: "anna").close()
        let reopened = try Store.open(directory, user: "anna")
        defer { reopened.close() }
        XCTAssertEqual(try reopened.history(of: "K1000001").map(\.summary), ["tweede"])
        XCTAssertEqual(try reopened.history(of: "K1000000").map(\.summary), ["eerste"])
    }

    func testInstrumentCatalogueIsPlainJSONAndOptional() throws {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        let text = String(decoding: try Data(contentsOf: file("instrumenten.json")), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n") && text.contains("\"schema\" : \(schemaVersion)") && text.contains("\"proefplaatsing\""), text)
        try FileManager.default.removeItem(at: file("instrumenten.json"))
        let store = try Store.open(directory, user: "anna")
        XCTAssertTrue(store.data.instruments.isEmpty)
        store.close()
        try Data(#"{"schema":1,"instruments":[{"id":"x","name":"X"}]}"#.utf8).write(to: file("instrumenten.json"))
        chmod(file("instrumenten.json").path, 0o600)
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.contains("instrumenten.json") && message.contains("side"), message)
    }

    func testOpenCreatesAnEmptyDirectoryButRefusesAForeignOne() throws {
        let store = try Store.open(directory, user: "anna")
        XCTAssertEqual(store.data, Dataset())
        try store.commit([.putUser(User(name: "anna", displayName: "Anna", role: .admin))], summary: "gebruiker")
        store.close()
        XCTAssertEqual(try Store.open(directory, user: "anna", readOnly: true).data.users.count, 1)

        let foreign = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mijn notities".utf8).write(to: foreign.appendingPathComponent("notities.txt"))
        XCTAssertThrowsError(try Store.open(foreign, user: "anna"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: foreign.path), ["notities.txt"])
        XCTAssertThrowsError(try Store.open(root.appendingPathComponent("missing"), user: "anna", readOnly: true))
    }
}
