import Foundation
import XCTest
@testable import WerkbankCore

/// Schema 4: the snapshot in sections. A reader asking for some parts gets exactly those (the
/// rest empty), every report computed from its own parts equals the report from all data, a
/// skipped section is not read but damage in it is still found, and a schema-3 directory is
/// upgraded with the same data.
final class SnapshotSectionsTests: StoreTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    /// A demo directory, compacted; with `edits`, a few journaled edits on top that touch every part.
    private func demoDirectory(clients: Int = 200, edits: Bool) throws -> Dataset {
        let dataset = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: clients, today: today).generate()
        let store = try Store.create(directory, dataset: dataset, user: "anna")
        defer { store.close() }
        guard edits else { return store.data }
        let ids = store.data.clients.keys.sorted()
        var moved = try XCTUnwrap(store.data.clients[ids[1]])
        moved.coach = ids.count > 2 ? try XCTUnwrap(store.data.clients[ids[2]]).coach : moved.coach
        moved.benefits.append(BenefitPeriod(id: "extra-u", start: today))
        moved.deployments.append(InstrumentDeployment(id: "extra-i", instrumentId: "proefplaatsing", start: today))
        try store.commit([
            .addItem(client: ids[0], .note(ContactNote(id: "extra-n", date: today, by: "anna", channel: .phone, text: "gebeld"))),
            .addItem(client: ids[0], .ladder(LadderObservation(id: "extra-t", date: today, kind: .actual, rung: .paidWork, by: "anna", reason: "werkt"))),
            .addItem(client: ids[0], .action(PlanAction(id: "extra-a", title: "cv", due: today.adding(days: -3)))),
            .putClient(moved),
        ], summary: "", subject: ids[0])
        return store.data
    }

    private func openReading(_ parts: Set<DataPart>?) throws -> Store {
        try Store.open(directory, user: "anna", readOnly: true, parts: parts)
    }

    /// The JSON of one part of a client, as the snapshot writes it.
    private func json(_ client: Client, _ part: ClientPart) throws -> String {
        String(decoding: try FastJSONEncoder().encode(Client.PartMembers(client: client, part: part)), as: UTF8.self)
    }

    func testEveryMemberOfAClientIsInExactlyOnePart() throws {
        let clients = DemoGenerator(seed: 3, clients: 300, today: today).generate().clients.values
        var keysOfPart: [ClientPart: Set<String>] = [:]
        for client in clients {
            for part in ClientPart.allCases {
                // The core and the profile are objects of members; every other part is one member, a list.
                let value = try JSONSerialization.jsonObject(with: Data(try json(client, part).utf8))
                keysOfPart[part, default: []].formUnion((value as? [String: Any]).map { Array($0.keys) } ?? [part.rawValue])
            }
        }
        let members = Set(Mirror(reflecting: try XCTUnwrap(clients.first)).children.compactMap(\.label)).subtracting(["id"])
        XCTAssertEqual(keysOfPart.values.reduce(Set<String>()) { $0.union($1) }, members)
        XCTAssertEqual(keysOfPart.values.map(\.count).reduce(0, +), members.count, "no member in two parts")
    }

    func testEachPartAloneReadsThatPartAndLeavesTheRestEmpty() throws {
        let full = try demoDirectory(edits: false)
        for part in DataPart.allCases {
            let store = try openReading([part])
            defer { store.close() }
            let needed = DataPart.needed(for: [part])
            let data = store.data
            XCTAssertEqual(data.users, full.users)
            XCTAssertEqual(data.employers, needed.contains(.employers) ? full.employers : [:], "\(part)")
            XCTAssertEqual(data.vacancies, needed.contains(.vacancies) ? full.vacancies : [:], "\(part)")
            XCTAssertEqual(data.placements, needed.contains(.placements) ? full.placements : [:], "\(part)")
            XCTAssertEqual(data.meldingen, needed.contains(.meldingen) ? full.meldingen : [:], "\(part)")
            XCTAssertEqual(data.drafts, needed.contains(.drafts) ? full.drafts : [:], "\(part)")
            XCTAssertEqual(data.proposals, needed.contains(.proposals) ? full.proposals : [:], "\(part)")
            XCTAssertEqual(Set(data.clients.keys), needed.contains(where: \.isClientPart) ? Set(full.clients.keys) : [], "\(part)")
            for (id, client) in data.clients {
                let whole = try XCTUnwrap(full.clients[id])
                for section in DataPart.allCases {
                    guard case .client(let clientPart) = section.content else { continue }
                    let expected = needed.contains(section) ? whole : Client(id: id)
                    XCTAssertEqual(try json(client, clientPart), try json(expected, clientPart), "\(part) \(id) \(clientPart)")
                }
            }
        }
        XCTAssertEqual(try openReading(nil).data, full)
        XCTAssertEqual(try openReading(Set(DataPart.allCases)).data, full)
    }

    func testJournaledEditsAreReadOverTheParts() throws {
        let full = try demoDirectory(edits: true)
        XCTAssertEqual(try openReading(nil).data, full)
        let store = try openReading([.clients, .ladder, .notes, .benefits])
        defer { store.close() }
        for (id, client) in store.data.clients {
            let whole = try XCTUnwrap(full.clients[id])
            XCTAssertEqual(client.coach, whole.coach)
            XCTAssertEqual(client.ladder, whole.ladder)
            XCTAssertEqual(client.benefits, whole.benefits)
            XCTAssertEqual(client.notes.map(\.id), whole.notes.map(\.id))
            XCTAssertEqual(client.lastContact, whole.lastContact)
        }
    }

    func testEveryReportFromItsOwnPartsEqualsTheReportFromAllData() throws {
        let full = try demoDirectory(clients: 400, edits: true)
        let coaches = Set(full.clients.values.map(\.coach)).sorted()
        let periods = [ReportPeriod(), ReportPeriod(from: PeriodBound(parsing: "2019"), to: PeriodBound(parsing: "2024-06"))]
        let options = periods.flatMap { period in
            [nil, coaches.first, coaches.last].map { coach in
                ReportOptions(period: period, peildatum: today.adding(days: -400), coach: coach)
            }
        } + [ReportOptions(period: ReportPeriod(), peildatum: today)]
        for kind in ReportKind.allCases {
            for option in options {
                let parts = kind.parts(options: option)
                XCTAssertNotEqual(parts, Set(DataPart.allCases))
                let own = try openReading(parts)
                defer { own.close() }
                XCTAssertEqual(ReportFormat.json.render(kind.compute(own.data, options: option)),
                               ReportFormat.json.render(kind.compute(full, options: option)), "\(kind) \(option)")
            }
        }
    }

    func testASkippedSectionIsNotReadButDamageInItIsFoundByWholeReadsAndTheCheck() throws {
        let full = try demoDirectory(edits: false)
        var ladderLine = 0
        try editSnapshotSection(.ladder) { lines in
            // A flipped byte: the length stays, the checksum no longer matches.
            lines[1] = lines[1].replacingOccurrences(of: "\"rung\":", with: "\"rung\";")
            ladderLine = 1
        }
        let firstLadderLine = try editSnapshotSection(.ladder) { _ in }
        let options = ReportOptions(period: ReportPeriod(), peildatum: today)
        let bestand = try openReading(ReportKind.bestand.parts(options: options))
        XCTAssertEqual(ReportFormat.json.render(ReportKind.bestand.compute(bestand.data, options: options)),
                       ReportFormat.json.render(ReportKind.bestand.compute(full, options: options)))
        bestand.close()
        let message = try XCTUnwrap(openError(readOnly: true))
        XCTAssertTrue(message.contains("snapshot.jsonl, regel \(firstLadderLine + ladderLine)") && message.contains("controlegetal"), message)
        XCTAssertNotNil(openError(), "a writer reads every section")
        let problems = try IntegrityCheck.run(directory).problems
        XCTAssertTrue(problems.contains { $0.contains("regel \(firstLadderLine + ladderLine)") }, "\(problems)")
    }

    func testACutOffSnapshotIsRefusedEvenWhenTheCutPartIsNotRead() throws {
        _ = try demoDirectory(edits: false)
        let data = try Data(contentsOf: file("snapshot.jsonl"))
        try data.dropLast(40).write(to: file("snapshot.jsonl"))
        XCTAssertThrowsError(try openReading([.benefits])) { error in
            XCTAssertTrue("\(error)".contains("onvolledig"), "\(error)")
        }
    }

    func testAPartLineOutOfOrderTwiceOrMissingIsRefused() throws {
        let full = try demoDirectory(edits: false)
        let original = try Data(contentsOf: file("snapshot.jsonl"))
        let first = try editSnapshotSection(.actions) { $0.swapAt(0, 1) }
        // Read alone, the section is whole (each line names its clients); beside the core it is out of step.
        XCTAssertEqual(try openReading([.actions]).data.clients.mapValues(\.actions), full.clients.mapValues(\.actions))
        XCTAssertThrowsError(try openReading([.clients, .actions])) { error in
            XCTAssertTrue("\(error)".contains("regel \(first)") && "\(error)".contains("niet op volgorde"), "\(error)")
        }
        try original.write(to: file("snapshot.jsonl"))
        try editSnapshotSection(.actions) { $0[1] = $0[0] }
        XCTAssertThrowsError(try openReading([.actions])) { error in
            XCTAssertTrue("\(error)".contains("regel \(first + 1)") && "\(error)".contains("dubbel"), "\(error)")
        }
        try original.write(to: file("snapshot.jsonl"))
        try editSnapshotSection(.deployments) { $0.removeLast() }
        XCTAssertThrowsError(try openReading([.deployments])) { error in
            XCTAssertTrue("\(error)".contains("onvolledig"), "\(error)")
        }
    }

    func testASchema3DirectoryIsReadWholeAndUpgradedWithTheSameData() throws {
        let full = try demoDirectory(edits: true)
        var notes: [String: [ContactNote]] = [:]
        let before = try openReading(nil)
        for id in full.clients.keys { notes[id] = try before.notes(of: id) }
        before.close()
        try downgradeToSchema3()
        let schema3 = try directoryBytes()

        let reader = try openReading([.benefits])
        XCTAssertEqual(reader.data, full, "before schema 4 a reader reads everything")
        reader.close()
        XCTAssertEqual(try directoryBytes(), schema3, "a read-only open never upgrades")

        let writer = try Store.open(directory, user: "anna")
        XCTAssertEqual(writer.data, full)
        XCTAssertTrue(writer.warnings.contains { $0.contains("schema 3 naar 4") }, "\(writer.warnings)")
        for (id, expected) in notes { XCTAssertEqual(try writer.notes(of: id), expected, id) }
        writer.close()
        XCTAssertEqual(try Snapshot.readHeader(path: file("snapshot.jsonl").path).schema, 4)
        let backup = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasPrefix("backup-schema3-") })
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent(backup).appendingPathComponent("snapshot.jsonl")), schema3["snapshot.jsonl"])
        XCTAssertEqual(try openReading(nil).data, full)
        XCTAssertEqual(try IntegrityCheck.run(directory).problems, [])
    }
}
