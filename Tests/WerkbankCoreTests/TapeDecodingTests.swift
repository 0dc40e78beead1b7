import Foundation
import XCTest
@testable import WerkbankCore

/// The hand-written snapshot decoders (`TapeDecodable`) against the `Codable` path they replace:
/// the same records, and for damaged lines the same field in the same message.
final class TapeDecodingTests: XCTestCase {
    private let decoder = FastJSONDecoder()

    private func byHand(_ json: Data) throws -> Change { try decoder.decodeByHand(Snapshot.Record.self, from: json).change }
    private func byCodable(_ json: Data) throws -> Change { try decoder.decode(Snapshot.Record.self, from: json).change }
    private func line(_ change: Change) throws -> Data { try FastJSONEncoder().encode(Snapshot.Record(change)) }

    func testEveryRecordOfADemoDatasetDecodesByHandAsByCodable() throws {
        let dataset = DemoGenerator(seed: 7, clients: 300, today: Day(year: 2026, month: 3, day: 2)!).generate()
        var kinds: [Change.Kind: Int] = [:]
        for change in Change.Kind.allCases.flatMap(dataset.sortedRecords) {
            let json = try line(change)
            let decoded = try byHand(json)
            XCTAssertEqual(decoded, try byCodable(json), "\(change.kind) \(change.recordId)")
            XCTAssertEqual(decoded, change, "\(change.kind) \(change.recordId)")
            XCTAssertEqual(try line(decoded), json)
            kinds[change.kind, default: 0] += 1
        }
        // The demo exercises every hand-decoded collection and client item.
        for kind in [Change.Kind.client, .placement, .melding, .proposal] { XCTAssertGreaterThan(kinds[kind] ?? 0, 0, "\(kind)") }
        let clients = Array(dataset.clients.values)
        XCTAssertTrue(clients.contains { !$0.ladder.isEmpty && !$0.benefits.isEmpty && !$0.actions.isEmpty })
        XCTAssertTrue(clients.contains { !$0.deployments.isEmpty && !$0.notes.isEmpty })
    }

    func testSamplesWithEveryFieldSetEscapesAndNumbersDecodeByHandAsByCodable() throws {
        let samples: [Change] = [.putClient(FastJSONSamples.fullClient), .putClient(FastJSONSamples.bareClient),
                                 .putPlacement(FastJSONSamples.placement), .putMelding(FastJSONSamples.melding),
                                 .putUser(FastJSONSamples.user), .putEmployer(FastJSONSamples.employer),
                                 .putVacancy(FastJSONSamples.vacancy), .putDraft(FastJSONSamples.draft)]
        for change in samples {
            for json in [try line(change), try FastJSONSamples.foundationEncoder().encode(Snapshot.Record(change))] {
                XCTAssertEqual(try byHand(json), change)
                XCTAssertEqual(try byHand(json), try byCodable(json))
            }
        }
    }

    /// Accepted variations: unknown members, null optionals, a Dutch date, a whole number as `1e1`.
    func testLenientInputDecodesTheSameWay() throws {
        let client = try line(.putClient(FastJSONSamples.fullClient))
        let variations: [(path: [Any], value: Any?)] = [
            (["client", "unknownMember"], ["nested": [1, 2]]), (["unknownTag"], 1), (["client", "bsn"], NSNull()),
            (["client", "ladder", 0, "date"], "29-02-2024"), (["client", "children"], 1e1),
            (["client", "ladder", 1, "targetDate"], NSNull()), (["client", "deployments", 0, "amount"], 7),
        ]
        for (path, value) in variations {
            let json = try mutate(client, path, value)
            XCTAssertEqual(try byHand(json), try byCodable(json), "\(path)")
        }
        XCTAssertEqual(try byHand(try mutate(client, ["client", "ladder", 0, "date"], "29-02-2024")), .putClient(FastJSONSamples.fullClient))
    }

    func testDamagedLinesNameTheSameFieldAsTheCodablePath() throws {
        let client = try line(.putClient(FastJSONSamples.fullClient))
        let placement = try line(.putPlacement(FastJSONSamples.placement))
        let melding = try line(.putMelding(FastJSONSamples.melding))
        let cases: [(json: Data, field: String)] = [
            (try mutate(client, ["client", "children"], "drie"), "client.children: "),
            (try mutate(client, ["client", "lastName"], nil), "client.lastName: "),
            (try mutate(client, ["client", "version"], NSNull()), "client.version: "),
            (try mutate(client, ["client", "ladder", 1, "date"], "2023-02-29"), "client.ladder[1].date: "),
            (try mutate(client, ["client", "ladder", 0, "rung"], 9), "client.ladder[0].rung: "),
            (try mutate(client, ["client", "ladder", 1, "kind"], nil), "client.ladder[1].kind: "),
            (try mutate(client, ["client", "actions", 0, "status"], "klaar"), "client.actions[0].status: "),
            (try mutate(client, ["client", "benefits", 0, "endReason"], "loterij"), "client.benefits[0].endReason: "),
            (try mutate(client, ["client", "deployments", 1, "hoursPerMonth"], "veel"), "client.deployments[1].hoursPerMonth: "),
            (try mutate(client, ["client", "barriers", 1], 5), "client.barriers[1]: "),
            (try mutate(client, ["client", "skills"], "heftruck"), "client.skills: "),
            (try mutate(client, ["client", "notes", 0, "channel"], "fax"), "client.notes[0].channel: "),
            (try mutate(client, ["client", "household"], "kasteel"), "client.household: "),
            (try mutate(client, ["client", "ladder", 0], "L1"), "client.ladder[0]: "),
            (try mutate(placement, ["placement", "stage"], nil), "placement.stage: "),
            (try mutate(placement, ["placement", "trialStart"], "morgen"), "placement.trialStart: "),
            (try mutate(melding, ["melding", "decision"], "misschien"), "melding.decision: "),
            (try mutate(client, ["client"], 5), "client: "),
            (try mutate(client, ["user"], ["name": "x"]), "een regel moet precies één record bevatten"),
        ]
        for (json, field) in cases {
            let hand = reason { try byHand(json) }
            XCTAssertEqual(hand, reason { try byCodable(json) }, field)
            XCTAssertTrue(hand.hasPrefix(field), "\(hand) does not start with \(field)")
        }
        XCTAssertEqual(reason { try byHand(try mutate(client, ["client", "lastName"], nil)) }, "client.lastName: veld ontbreekt")
    }

    /// Stored notes (schema 3: blocks, dates, ids) with held ones after them, and a damaged form.
    func testStoredNotesDecodeByHandAsByCodable() throws {
        let day = Day(year: 2026, month: 3, day: 2)!
        var client = Client(id: "K1", firstName: "Jan", lastName: "Vries")
        let held = ContactNote(id: "K1-n3", date: day, by: "anna", channel: .phone, text: "nieuw")
        client.notes = NoteList([NoteRef(storedId: "K1-n1", date: day.adding(days: -9)), NoteRef(storedId: "K1-n2", date: day), NoteRef(held)],
                                blocks: [NoteBlock(offset: 0, length: 300), NoteBlock(offset: 900, length: 120)])
        let json = try line(.putClient(client))
        XCTAssertTrue(String(decoding: json, as: UTF8.self).contains(#""notes":{"at":[[0,300],[900,120]],"dates":["2026-02-21","2026-03-02"],"held":[{"#), String(decoding: json, as: UTF8.self))
        let hand = try byHand(json), codable = try byCodable(json)
        XCTAssertEqual(hand, codable)
        guard case .putClient(let decoded) = hand else { return XCTFail("client") }
        XCTAssertEqual(decoded.notes.blocks, client.notes.blocks)
        XCTAssertEqual(decoded.notes.map(\.id), ["K1-n1", "K1-n2", "K1-n3"])
        XCTAssertEqual(decoded.notes.map { $0.held != nil }, [false, false, true])
        let damaged = try mutate(json, ["client", "notes", "at", 1], [900])
        XCTAssertEqual(reason { try byHand(damaged) }, reason { try byCodable(damaged) })
        XCTAssertTrue(reason { try byHand(damaged) }.hasPrefix("client.notes.at"), reason { try byHand(damaged) })
    }

    func testSnapshotNamesFileLineAndFieldOfADamagedRecord() throws {
        let dataset = DemoGenerator(seed: 7, clients: 20, today: Day(year: 2026, month: 3, day: 2)!).generate()
        var body = Data()
        let header = try Snapshot.write(dataset, seq: 0, lastEdit: nil, notesLength: 0) { body += $0 }
        var lines = (header + body).split(separator: 0x0A, omittingEmptySubsequences: false)
        let number = try XCTUnwrap(lines.firstIndex { String(decoding: $0, as: UTF8.self).contains("\"ladder\":[[{") })
        // The same length, so the header's section lengths still hold.
        let json = String(decoding: lines[number].dropFirst(ChecksumFraming.prefixLength), as: UTF8.self)
        let damaged = json.replacingOccurrences(of: #""date":"\d{4}-\d{2}-\d{2}""#, with: #""date":"2025-13-01""#, options: .regularExpression)
        lines[number] = ChecksumFraming.frame(Data((damaged + "\n").utf8)).dropLast()
        let data = Data(lines.joined(separator: [0x0A]))
        XCTAssertThrowsError(try decodeSnapshot(data, path: "/d/snapshot.jsonl")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/d/snapshot.jsonl, regel \(number + 1): onleesbaar (ladder[0][0].date: "), "\(error)")
        }
    }

    // MARK: Helpers

    private func reason(_ body: () throws -> Change) -> String {
        do {
            _ = try body()
            return "decoded without error"
        } catch {
            return JSONLines.reason(error)
        }
    }

    /// `json` with the value at `path` (member names and array positions) replaced by `value`,
    /// or removed when `value` is nil.
    private func mutate(_ json: Data, _ path: [Any], _ value: Any?) throws -> Data {
        func replace(_ node: Any, _ path: ArraySlice<Any>) -> Any? {
            guard let step = path.first else { return value }
            if var object = node as? [String: Any], let key = step as? String {
                object[key] = replace(object[key] as Any, path.dropFirst())
                return object
            }
            if var array = node as? [Any], let position = step as? Int {
                array[position] = replace(array[position], path.dropFirst()) ?? NSNull()
                return array
            }
            return node
        }
        let root = replace(try JSONSerialization.jsonObject(with: json), path[...])
        return try JSONSerialization.data(withJSONObject: root as Any)
    }
}
