import Foundation
import XCTest
@testable import WerkbankCore

/// CRC-32 and SHA-256 against the standard test vectors.
final class ChecksumAndHashTests: XCTestCase {
    func testCRC32KnownValues() {
        XCTAssertEqual(CRC32.checksum(Data("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum(Data()), 0)
        XCTAssertEqual(CRC32.checksum(Data("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
        // The eight-byte steps and the byte-wise tail agree on every length and alignment.
        let bytes = Data((0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        for length in 0...40 {
            var bitwise: UInt32 = 0xFFFF_FFFF
            for byte in bytes.prefix(length) {
                bitwise ^= UInt32(byte)
                for _ in 0..<8 { bitwise = bitwise & 1 == 1 ? (bitwise >> 1) ^ 0xEDB8_8320 : bitwise >> 1 }
            }
            XCTAssertEqual(CRC32.checksum(bytes.dropFirst(3).prefix(length)), CRC32.checksum(Data(bytes.dropFirst(3).prefix(length))))
            XCTAssertEqual(CRC32.checksum(bytes.prefix(length)), bitwise ^ 0xFFFF_FFFF, "length \(length)")
        }
    }

    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hexHash(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hexHash(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hexHash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hexHash(Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8)),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        XCTAssertEqual(SHA256.hexHash([UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Lengths around the padding boundary (55, 56, 64 bytes) against values from sha256sum.
        XCTAssertEqual(SHA256.hexHash([UInt8](repeating: 0x61, count: 55)), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        XCTAssertEqual(SHA256.hexHash([UInt8](repeating: 0x61, count: 56)), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        XCTAssertEqual(SHA256.hexHash([UInt8](repeating: 0x61, count: 64)), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    func testFramingRejectsUppercaseAndMissingChecksums() {
        let line = ChecksumFraming.frame(Data("{\"a\":1}\n".utf8)).dropLast()
        XCTAssertNotNil(try? ChecksumFraming.unframe(Data(line)).get())
        XCTAssertNil(try? ChecksumFraming.unframe(Data(String(decoding: line, as: UTF8.self).uppercased().utf8)).get())
        XCTAssertNil(try? ChecksumFraming.unframe(Data("{\"a\":1}".utf8)).get())
    }

    /// `frame` gives, line by line, the CRC-32 as 8 lowercase hex digits, a tab, the line and a
    /// newline; a last line without a newline gets one.
    func testFramingEveryLineEqualsItsDefinition() {
        for text in ["", "\n", "{\"a\":1}\n", "een\ntwee\n", "a\n\nb", "één ✓\n" + String(repeating: "x", count: 300) + "\n"] {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(text.hasSuffix("\n") || text.isEmpty ? 1 : 0)
                .map { line in Hex.string(withUnsafeBytes(of: CRC32.checksum(Data(line.utf8)).bigEndian) { Array($0) }) + "\t" + line + "\n" }
                .joined()
            XCTAssertEqual(String(decoding: ChecksumFraming.frame(Data(text.utf8)), as: UTF8.self), expected, text)
        }
    }

    /// Lines encoded straight behind room for their checksum are the lines encoded plainly and
    /// then framed: records of every size, texts with non-ASCII and escapes, one line and many.
    func testLinesFramedInPlaceEqualLinesFramedAfterwards() throws {
        let notes = (0..<300).map { number in
            ContactNote(id: "n\(number)", date: Day(year: 2026, month: 1 + number % 12, day: 1 + number % 28)!, by: "mvdberg",
                        channel: .phone, text: String(repeating: "één \"regel\"\n ✓ ", count: number % 40))
        }
        for lines in [[], Array(notes.prefix(1)), notes] {
            let framed = try ChecksumFraming.encodeLines(lines)
            XCTAssertEqual(framed, ChecksumFraming.frame(try FastJSONEncoder().encodeLines(lines)))
            for line in JSONLines.split(framed).lines { XCTAssertNotNil(try? ChecksumFraming.unframe(line.bytes).get()) }
        }
    }
}
