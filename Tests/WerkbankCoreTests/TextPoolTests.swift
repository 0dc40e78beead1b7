import Foundation
import XCTest
@testable import WerkbankCore

/// Loading keeps a repeated text once (`TextPool`) without changing any value read.
final class TextPoolTests: XCTestCase {
    private func pooled(_ text: String, in pool: TextPool) -> String {
        var text = text
        return text.withUTF8 { pool.text($0) }
    }

    /// Where a string's bytes are: two strings sharing one allocation have the same address.
    private func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    func testEveryTextComesBackUnchangedAndRepeatsShareOneCopy() {
        let pool = TextPool(capacity: 4)
        // Enough distinct texts to grow the table several times, each asked for twice.
        let texts = (0..<2_000).map { "vastgesteld bij intake \($0) ë" } + ["kort", "", String(repeating: "x", count: 200)]
        let first = texts.map { pooled($0, in: pool) }
        // Each asked for again from a string of its own.
        let second = texts.map { pooled(String(decoding: Array($0.utf8), as: UTF8.self), in: pool) }
        XCTAssertEqual(first, texts)
        XCTAssertEqual(second, texts)
        for (one, other) in zip(first, second).prefix(2_000) {
            XCTAssertEqual(storage(one), storage(other), "a repeat is the pool's copy")
        }
        // Short texts live in the value itself; long ones are not pooled (a copy each time).
        let long = pooled(texts.last!, in: pool), again = pooled(texts.last!, in: pool)
        XCTAssertNotEqual(storage(long), storage(again))
    }

    func testASnapshotReadWithThePoolEqualsTheDataWritten() throws {
        let dataset = DemoGenerator(seed: 11, clients: 300, today: Day(year: 2026, month: 3, day: 2)!).generate()
        var body = Data()
        let header = try Snapshot.write(dataset, seq: 0, lastEdit: nil, notesLength: 0) { body += $0 }
        let read = try decodeSnapshot(header + body, path: "/d/snapshot.jsonl").dataset
        XCTAssertEqual(read.clients, dataset.clients)
        XCTAssertEqual(read.meldingen, dataset.meldingen)
        // The demo's ladder reasons come from a short list: each is held once per decoding task.
        let reasons = read.clients.values.flatMap(\.ladder).map(\.reason).filter { $0.utf8.count > 15 }
        XCTAssertGreaterThan(reasons.count, 100)
        XCTAssertLessThan(Set(reasons.map(storage)).count * 4, reasons.count)
    }
}
