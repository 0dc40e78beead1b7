import Foundation
import XCTest
import WerkbankBench
@testable import WerkbankCore

final class FastJSONEncoderTests: XCTestCase {
    private let fast = FastJSONEncoder()
    private let foundation = FastJSONSamples.foundationEncoder()

    private func assertSameBytes<T: Encodable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try foundation.encode(value)
        let actual = try fast.encode(value)
        XCTAssertEqual(String(decoding: actual, as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
        XCTAssertEqual(actual, expected, file: file, line: line)
    }

    func testEveryModelTypeIsByteIdenticalToFoundation() throws {
        try assertSameBytes(FastJSONSamples.fullClient)
        try assertSameBytes(FastJSONSamples.bareClient)
        try assertSameBytes(FastJSONSamples.employer)
        try assertSameBytes(FastJSONSamples.vacancy)
        try assertSameBytes(FastJSONSamples.placement)
        try assertSameBytes(FastJSONSamples.melding)
        try assertSameBytes(FastJSONSamples.draft)
        try assertSameBytes(FastJSONSamples.instrument)
        try assertSameBytes(FastJSONSamples.user)
        try assertSameBytes(FastJSONSamples.edit)
        try assertSameBytes(Snapshot.Record(.putClient(FastJSONSamples.fullClient)))
        try assertSameBytes(Snapshot.Header(format: "werkbank", schema: 1, seq: 42, counts: ["client": 100_000, "employer": 12, "user": 8]))
        try assertSameBytes(AuditLog.Entry.of(FastJSONSamples.edit))
    }

    func testSyntheticClientsAreByteIdenticalToFoundation() throws {
        for index in 0..<200 {
            try assertSameBytes(StoreBenchmark.syntheticClient(index))
        }
    }

    func testEveryASCIICharacterAndUnicodeIsEscapedLikeFoundation() throws {
        let ascii = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        try assertSameBytes([ascii, "é😀\u{2028}\u{FEFF}日本", "", "/\\\"", "\u{0}"])
        XCTAssertEqual(String(decoding: try fast.encode(["a\"b\\c/d\ne\u{1}é"]), as: UTF8.self), #"["a\"b\\c/d\ne\u0001é"]"#)
    }

    func testNumbersAreWrittenLikeFoundation() throws {
        try assertSameBytes([12.5, 12.0, -0.0, 0, 1e3, 1e15, 1e16, 1e20, 0.1, 1e-4, 1e-7, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -3.25])
        try assertSameBytes([Float(1.5), 0.1, 3e38])
        try assertSameBytes([Int.min, -1, 0, 7, Int.max])
        try assertSameBytes([UInt64.max])
        try assertSameBytes([Int8.min])
        XCTAssertEqual(String(decoding: try fast.encode([12.5, 12.0, 1e3]), as: UTF8.self), "[12.5,12,1000]")
    }

    func testKeysAreSortedByUTF8BytesAndADuplicateKeyKeepsTheLastValue() throws {
        try assertSameBytes(["b": 1, "B": 2, "é": 3, "a": 4, "10": 5, "9": 6, "ab": 7, "a\u{0}": 8, "abcdefghij": 9, "abcdefghi": 10])
        try assertSameBytes([3: "drie", 10: "tien", -1: "min een"])
        try assertSameBytes(TwiceEncodedKey())
        XCTAssertEqual(String(decoding: try fast.encode(TwiceEncodedKey()), as: UTF8.self), #"{"a":"first","z":"second"}"#)
    }

    func testNilOptionalsAreLeftOutAndExplicitNullIsWritten() throws {
        let text = String(decoding: try fast.encode(FastJSONSamples.bareClient), as: UTF8.self)
        XCTAssertFalse(text.contains("birthDate") || text.contains("bsn") || text.contains("null"), text)
        XCTAssertTrue(text.contains("\"routes\":[]"), text)
        try assertSameBytes(["a": Int?.none, "b": 1])
        try assertSameBytes([Int?.none, 2])
    }

    func testKeyOrderReusedAcrossRecordsStaysCorrect() throws {
        // One writer for all lines: later objects with the same keys reuse the first one's order.
        var clients = (0..<300).map(StoreBenchmark.syntheticClient)
        clients.insert(FastJSONSamples.fullClient, at: 100)
        clients.insert(FastJSONSamples.bareClient, at: 200)
        clients[250].benefits = []
        clients[251].birthDate = nil
        let expected = try clients.map { try foundation.encode($0) + Data([0x0A]) }.reduce(Data(), +)
        XCTAssertEqual(try fast.encodeLines(clients), expected)
        let drafts = (0..<20).map { Draft(id: "D\($0)", user: "u", kind: "k", updated: "", fields: ["k\($0 % 3)": "a", "x\($0 % 5)": "b", "K": "c"]) }
        XCTAssertEqual(try fast.encodeLines(drafts), try drafts.map { try foundation.encode($0) + Data([0x0A]) }.reduce(Data(), +))
    }

    func testDatesAreWrittenLikeDayISOIncludingUnusualYears() throws {
        let days = [Day(year: 1, month: 1, day: 1)!, Day(year: 999, month: 12, day: 31)!, Day(year: 9999, month: 2, day: 28)!,
                    Day(ordinal: 3_000_000), Day(ordinal: -800_000), FastJSONSamples.day]
        try assertSameBytes(days)
        XCTAssertEqual(String(decoding: try fast.encode(Array(days.prefix(2))), as: UTF8.self), #"["0001-01-01","0999-12-31"]"#)
    }

    func testLinesAreOneValuePerLine() throws {
        let users = [FastJSONSamples.user, User(name: "anna", displayName: "Anna", role: .admin)]
        let expected = try users.map { try foundation.encode($0) + Data([0x0A]) }.reduce(Data(), +)
        XCTAssertEqual(try fast.encodeLines(users), expected)
    }

    func testNonFiniteNumbersAndNestedContainersAreRefused() {
        XCTAssertThrowsError(try fast.encode(["cost": Double.nan])) { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["cost"])
        }
        XCTAssertThrowsError(try fast.encode([Float.infinity]))
        XCTAssertThrowsError(try fast.encode(NestedContainerUser())) { error in
            XCTAssertTrue("\(error)".contains("nestedContainer"), "\(error)")
        }
    }

    func testAValueThatEncodesNothingIsAnEmptyObject() throws {
        XCTAssertEqual(String(decoding: try fast.encode([EncodesNothing()]), as: UTF8.self), "[{}]")
        try assertSameBytes([EncodesNothing()])
    }
}

/// Encodes key `a` twice; JSON keeps one member per key.
private struct TwiceEncodedKey: Encodable {
    enum Keys: String, CodingKey { case z, a }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("ignored", forKey: .a)
        try container.encode("second", forKey: .z)
        try container.encode("first", forKey: .a)
    }
}

private struct NestedContainerUser: Encodable {
    enum Keys: String, CodingKey { case outer, inner }
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
        try nested.encode(1, forKey: .inner)
    }
}

private struct EncodesNothing: Encodable {
    func encode(to encoder: Encoder) throws {}
}
