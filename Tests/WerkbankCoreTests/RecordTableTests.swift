import XCTest
@testable import WerkbankCore

/// The table that holds the clients and meldingen reads like a dictionary by id: put, replace,
/// remove (the last record moves into the gap), equality in any order.
final class RecordTableTests: XCTestCase {
    private func melding(_ id: String, question: String = "") -> Melding {
        Melding(id: id, date: Day(year: 2026, month: 1, day: 5)!, question: question)
    }

    func testPutReplaceAndRemoveKeepEveryIdAtItsRecord() {
        var table = RecordTable<Melding>()
        for number in 1...5 { XCTAssertNil(table.updateValue(melding("M\(number)"), forKey: "M\(number)")) }
        XCTAssertEqual(table.updateValue(melding("M3", question: "nieuw"), forKey: "M3"), melding("M3"))
        XCTAssertEqual(table.count, 5)
        XCTAssertEqual(table.removeValue(forKey: "M2"), melding("M2"))   // M5 moves into its place
        XCTAssertNil(table.removeValue(forKey: "M2"))
        table["M1"] = nil
        table["M6"] = melding("M6")
        XCTAssertEqual(Set(table.keys), ["M3", "M4", "M5", "M6"])
        for (id, record) in table { XCTAssertEqual(record.id, id) }
        XCTAssertEqual(table["M3"]?.question, "nieuw")
        XCTAssertEqual(table["M5"], melding("M5"))
        XCTAssertNil(table["M1"])
        table["M5"]?.question = "gewijzigd"
        XCTAssertEqual(table["M5"]?.question, "gewijzigd")
        XCTAssertEqual(table.values.count, 4)
    }

    func testTablesWithTheSameRecordsAreEqualInAnyOrder() {
        let forward: RecordTable<Melding> = ["M1": melding("M1"), "M2": melding("M2")]
        var backward = RecordTable<Melding>()
        backward["M2"] = melding("M2")
        backward["M1"] = melding("M1")
        XCTAssertEqual(forward, backward)
        backward["M2"] = melding("M2", question: "anders")
        XCTAssertNotEqual(forward, backward)
        backward["M2"] = nil
        XCTAssertNotEqual(forward, backward)
    }

    func testFilteredAndMapValuesGiveRecordsById() {
        var table = RecordTable<Melding>()
        for number in 1...40 { table["M\(number)"] = melding("M\(number)", question: number % 2 == 0 ? "even" : "") }
        let even = table.filtered { $0.question == "even" }
        XCTAssertEqual(even.count, 20)
        XCTAssertEqual(even["M4"], table["M4"])
        XCTAssertNil(even["M3"])
        XCTAssertEqual(table.mapValues(\.question)["M40"], "even")
    }

    /// Thousands of random puts, replacements and removals (which move records and shift slots
    /// back) leave the table holding exactly what a dictionary holds, found by every id.
    func testRandomChangesAgreeWithADictionary() {
        var random = SeededRandom(seed: 12)
        var table = RecordTable<Melding>()
        var expected: [String: Melding] = [:]
        for step in 0..<20_000 {
            let id = "M\(random.below(3_000))"
            switch random.below(10) {
            case 0..<6:
                let record = melding(id, question: "q\(step)")
                XCTAssertEqual(table.updateValue(record, forKey: id), expected.updateValue(record, forKey: id))
            case 6:
                table.reserveCapacity(table.count + random.below(500))
            default:
                XCTAssertEqual(table.removeValue(forKey: id), expected.removeValue(forKey: id))
            }
        }
        XCTAssertEqual(table.count, expected.count)
        for number in 0..<3_000 { XCTAssertEqual(table["M\(number)"], expected["M\(number)"], "M\(number)") }
        for (id, record) in table { XCTAssertEqual(expected[id], record) }
    }
}
