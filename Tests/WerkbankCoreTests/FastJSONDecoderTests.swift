import Foundation
import XCTest
import WerkbankBench
@testable import WerkbankCore

final class FastJSONDecoderTests: XCTestCase {
    private let fast = FastJSONDecoder()

    override func setUp() {
        Language.current = .en
    }

    override func tearDown() {
        Language.current = .nl
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try fast.decode(type, from: Data(text.utf8))
    }

    private func assertRoundTrip<T: Codable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try fast.decode(T.self, from: FastJSONEncoder().encode(value)), value, file: file, line: line)
        // Files written by Foundation's encoder (every existing data directory) read the same.
        XCTAssertEqual(try fast.decode(T.self, from: FastJSONSamples.foundationEncoder().encode(value)), value, file: file, line: line)
    }

    func testEveryModelTypeRoundTrips() throws {
        try assertRoundTrip(FastJSONSamples.fullClient)
        try assertRoundTrip(FastJSONSamples.bareClient)
        try assertRoundTrip(FastJSONSamples.employer)
        try assertRoundTrip(FastJSONSamples.vacancy)
        try assertRoundTrip(FastJSONSamples.placement)
        try assertRoundTrip(FastJSONSamples.melding)
        try assertRoundTrip(FastJSONSamples.draft)
        try assertRoundTrip(FastJSONSamples.instrument)
        try assertRoundTrip(FastJSONSamples.user)
        try assertRoundTrip(FastJSONSamples.edit)
        try assertRoundTrip(AuditLog.Entry.of(FastJSONSamples.edit))
        for index in 0..<50 { try assertRoundTrip(StoreBenchmark.syntheticClient(index)) }
        let record = try fast.decode(Snapshot.Record.self, from: FastJSONEncoder().encode(Snapshot.Record(.putMelding(FastJSONSamples.melding))))
        XCTAssertEqual(record.change, .putMelding(FastJSONSamples.melding))
    }

    func testWhitespaceMemberOrderAndUnknownMembersAreAccepted() throws {
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted]
        XCTAssertEqual(try fast.decode(Client.self, from: pretty.encode(FastJSONSamples.fullClient)), FastJSONSamples.fullClient)
        let user = try decode(User.self, " {\r\n\t\"role\" : \"admin\", \"extra\": [1, {\"x\": null}], \"name\":\"anna\",\"displayName\":\"Anna\"} \n")
        XCTAssertEqual(user, User(name: "anna", displayName: "Anna", role: .admin))
        XCTAssertEqual(try decode([String: Int].self, #"{"a":1,"a":2}"#), ["a": 1], "the first of two equal keys counts, as in JSONDecoder")
    }

    func testLargeObjectsFindKeysThatAreEscapedOrRepeated() throws {
        let text = String(decoding: try FastJSONEncoder().encode(FastJSONSamples.fullClient), as: UTF8.self)
        let escapedKey = text.replacingOccurrences(of: #""firstName":"#, with: #""first\u004eame":"#)
        XCTAssertEqual(try decode(Client.self, escapedKey), FastJSONSamples.fullClient)
        let members = (0..<12).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
        let repeated = try decode([String: Int].self, "{" + members + #","k3":99,"k11":98}"#)
        XCTAssertEqual(repeated["k3"], 3, "the first of two equal keys counts")
        XCTAssertEqual(repeated["k11"], 11)
        XCTAssertEqual(repeated.count, 12)
    }

    func testEscapesAndUnicode() throws {
        let text = #"["\"", "\\", "\n\t\r\b\f", "\u00e9", "\ud83d\ude00", "\/", "é😀 plain", "a\u0000b", "\u00E9\u00e9"]"#
        XCTAssertEqual(try decode([String].self, text), ["\"", "\\", "\n\t\r\u{8}\u{C}", "é", "😀", "/", "é😀 plain", "a\u{0}b", "éé"])
        XCTAssertEqual(try decode([String: String].self, #"{"\u0061\"b":"x"}"#), ["a\"b": "x"], "escaped keys are matched unescaped")
        XCTAssertEqual(try decode(Draft.self, #"{"fields":{},"id":"\u0044\u0031","kind":"k","step":0,"updated":"u","user":"\u0061"}"#).id, "D1")
    }

    /// Strings of plain bytes, escapes, multi-byte UTF-8, raw control characters, invalid bytes and
    /// stray quotes, at every alignment against the 8-byte words the parser skips plain text by:
    /// read the same as Foundation reads them, or refused when Foundation refuses them.
    func testRandomStringsReadAsFoundationReadsThem() {
        let plain = Array("abcdefgh".utf8)
        let pieces: [[UInt8]] = [Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\n"#.utf8), Array(#"\u00e9"#.utf8),
                                 Array("é".utf8), Array("😀".utf8), [0x01], [0x1F], [0x7F], [0xFF], [0xC3], Array(#"\x"#.utf8),
                                 [0x22, 0x2C, 0x22]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var bytes = Array("[".utf8) + Array(repeating: 0x20, count: Int.random(in: 0..<8, using: &generator)) + [0x22]
            for _ in 0..<Int.random(in: 0..<12, using: &generator) {
                // Mostly plain text, so that the other pieces land at every offset of a word.
                if Int.random(in: 0..<3, using: &generator) == 0 {
                    bytes += pieces.randomElement(using: &generator)!
                } else {
                    bytes += plain.prefix(Int.random(in: 1...8, using: &generator))
                }
            }
            bytes += Array(#""]"#.utf8)
            let data = Data(bytes)
            let expected = try? JSONDecoder().decode([String].self, from: data)
            let read = try? fast.decode([String].self, from: data)
            XCTAssertEqual(read, expected, String(decoding: data, as: UTF8.self))
        }
    }

    func testNumbers() throws {
        XCTAssertEqual(try decode([Int].self, "[0, -0, 7, -42, 1e3, 2.0, 1E+2, 9223372036854775807, -9223372036854775808]"),
                       [0, 0, 7, -42, 1000, 2, 100, Int.max, Int.min])
        XCTAssertEqual(try decode([Double].self, "[12.5, -0.25, 1e3, 1E-2, 0, 5e-324, 1.7976931348623157e308, 123456789012345678]"),
                       [12.5, -0.25, 1000, 0.01, 0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 123456789012345680])
        XCTAssertEqual(try decode([UInt8].self, "[0, 255]"), [0, 255])
        XCTAssertEqual(try decode([Float].self, "[1.5, 0.1]"), [1.5, 0.1])
        XCTAssertTrue(decodingReason { _ = try self.decode([Int].self, "[1, 12.5]") }.hasPrefix("[1]: number 12.5 does not fit in Int"))
        XCTAssertTrue(decodingReason { _ = try self.decode([Int8].self, "[128]") }.contains("number 128 does not fit in Int8"))
        XCTAssertTrue(decodingReason { _ = try self.decode([Int].self, "[9223372036854775808]") }.contains("does not fit"))
        XCTAssertTrue(decodingReason { _ = try self.decode([Double].self, "[1e400]") }.contains("does not fit in Double"))
        for bad in ["[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]", "[0x10]"] {
            XCTAssertThrowsError(try decode([Double].self, bad), bad)
        }
    }

    func testSyntaxErrorsNameTheByteAndTheField() {
        XCTAssertEqual(decodingReason { _ = try self.decode(Client.self, #"{"id":"K1","firstName":"Fati"#) },
                       "firstName: invalid JSON at byte 29: the text ends in the middle")
        XCTAssertEqual(decodingReason { _ = try self.decode(Client.self, #"{"id":"K1","notes":[{"date":"2024-01-01","#) },
                       "notes[0]: invalid JSON at byte 42: the text ends in the middle")
        XCTAssertEqual(decodingReason { _ = try self.decode(Client.self, #"{"id":"K1","notes":[{"text":"a\qb"}]}"#) },
                       "notes[0].text: invalid JSON at byte 32: invalid character 'q' after a backslash")
        XCTAssertEqual(decodingReason { _ = try self.decode([String].self, "[\"a\nb\"]") },
                       "invalid JSON at byte 4: a control character (such as a line break) in text must be escaped")
        XCTAssertEqual(decodingReason { _ = try self.decode([String].self, #"["\ud83d"]"#) },
                       #"invalid JSON at byte 9: \u escape with an unpaired surrogate"#)
        XCTAssertEqual(decodingReason { _ = try self.decode([String].self, #"["\udc00x"]"#) },
                       #"invalid JSON at byte 9: \u escape with an unpaired surrogate"#)
        XCTAssertEqual(decodingReason { _ = try self.decode([String].self, #"["\u12G4"]"#) },
                       #"invalid JSON at byte 3: \u must be followed by four hexadecimal digits"#)
        XCTAssertEqual(decodingReason { _ = try self.decode([[Int]].self, "[[1], [1 2]]") }, "[1]: invalid JSON at byte 10: ',' or ']' is expected here")
        XCTAssertEqual(decodingReason { _ = try self.decode([String: Int].self, "{\"a\" 1}") }, "a: invalid JSON at byte 6: a ':' is expected after a field name")
        XCTAssertEqual(decodingReason { _ = try self.decode([String: Int].self, "{a:1}") }, "invalid JSON at byte 2: a field name in quotes is expected here")
        XCTAssertEqual(decodingReason { _ = try self.decode([Int].self, "[1] x") }, "invalid JSON at byte 5: more text follows the value")
        XCTAssertEqual(decodingReason { _ = try self.decode([Bool].self, "[tru]") }, "invalid JSON at byte 5: unexpected character ']'")
        XCTAssertEqual(decodingReason { _ = try self.decode([Int].self, "") }, "invalid JSON at byte 1: the text ends in the middle")
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        XCTAssertTrue(decodingReason { _ = try self.decode([Int].self, deep) }.contains("nested more than 512 levels deep"))
        XCTAssertEqual(decodingReason { _ = try self.fast.decode([String].self, from: Data([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])) },
                       "invalid JSON at byte 3: text is not valid UTF-8")
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]] {
            XCTAssertTrue(decodingReason { _ = try self.fast.decode([String].self, from: Data([0x5B, 0x22] + bad + [0x22, 0x5D])) }
                .hasSuffix("text is not valid UTF-8"), "\(bad)")
        }
        XCTAssertEqual(try fast.decode([String].self, from: Data([0x5B, 0x22, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC, 0xC3, 0xA9, 0x22, 0x5D])), ["😀€é"])
    }

    func testWrongTypeMissingFieldAndNullNameTheField() throws {
        XCTAssertEqual(decodingReason { _ = try self.decode(User.self, #"{"name":"a","displayName":"A"}"#) }, "role: field missing")
        XCTAssertEqual(decodingReason { _ = try self.decode(User.self, #"{"name":"a","displayName":7,"role":"admin"}"#) },
                       "displayName: expected text, found a whole number")
        XCTAssertEqual(decodingReason { _ = try self.decode(User.self, #"{"name":null,"displayName":"A","role":"admin"}"#) },
                       "name: expected text, found null (no value)")
        let client = String(decoding: try FastJSONEncoder().encode(FastJSONSamples.bareClient), as: UTF8.self)
        XCTAssertTrue(client.contains(#""children":0"#), client)
        XCTAssertEqual(decodingReason { _ = try self.decode(Client.self, client.replacingOccurrences(of: #""children":0"#, with: #""children":"3""#)) },
                       "children: expected a whole number, found text")
        let ladder = #"{"id":"L","date":"2024-01-01","kind":"start","rung":2,"by":"","reason":"","targetDate":"31-02-2024"}"#
        XCTAssertEqual(decodingReason { _ = try self.decode([LadderObservation].self, "[\(ladder.replacingOccurrences(of: "31-02", with: "01-02")), \(ladder)]") },
                       "[1].targetDate: not a date: 31-02-2024")
        XCTAssertEqual(decodingReason { _ = try self.decode(Edit.self, #"{"id":"e","seq":1,"at":"t","user":"u","summary":"s","changes":[{"op":"put","kind":"user","record":{"name":"a","displayName":"A","role":"baas"}}]}"#) },
                       "changes[0].record.role: Cannot initialize UserRole from invalid String value baas")
        XCTAssertEqual(decodingReason { _ = try self.decode(Snapshot.Record.self, #"{"client":[]}"#) }, "client: expected an object, found a list")
    }

    func testDecodedStringsAreNotTiedToTheInputBuffer() throws {
        var data = Data(#"["abcdefghijklmnopqrstuvwxyz", "é"]"#.utf8)
        let strings = try fast.decode([String].self, from: data)
        data.resetBytes(in: 0..<data.count)
        XCTAssertEqual(strings, ["abcdefghijklmnopqrstuvwxyz", "é"])
    }
}
