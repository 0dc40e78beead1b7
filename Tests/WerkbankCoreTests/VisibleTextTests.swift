import XCTest
@testable import WerkbankCore

final class VisibleTextTests: XCTestCase {
    func testControlCharactersBecomePlaceholders() {
        XCTAssertEqual(VisibleText.visible("a\u{1B}c\u{0}\u{7F}\tb"), "a\u{241B}c\u{2400}\u{2421}\u{2409}b")
        XCTAssertEqual(VisibleText.visible("x\u{9B}31m\u{202E}y\u{2066}"), "x<U+009B>31m<U+202E>y<U+2066>")
        XCTAssertEqual(VisibleText.visible("Zoë Çelik — 7511 AB"), "Zoë Çelik — 7511 AB")
        XCTAssertFalse(VisibleText.visible("\u{1B}]52;c;aGk=\u{07}").unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    func testRefusedCharacters() {
        XCTAssertNil(VisibleText.firstRefused(in: "tab\tis goed, é ook"))
        XCTAssertEqual(VisibleText.firstRefused(in: "a\u{0}b"), "\u{0}")
        XCTAssertEqual(VisibleText.firstRefused(in: "é\u{85}"), "\u{85}")
        XCTAssertEqual(VisibleText.firstRefused(in: "naam\u{202B}"), "\u{202B}")
        XCTAssertEqual(VisibleText.firstRefused(in: "x\n"), "\n")
        XCTAssertEqual(VisibleText.codePoint("\u{1B}"), "U+001B")
    }

    func testQuotedValuesAreCutShort() {
        let long = String(repeating: "x", count: 1_000_000)
        XCTAssertEqual(VisibleText.quoted(long), String(repeating: "x", count: 60) + "…")
        XCTAssertEqual(VisibleText.quoted("kort"), "kort")
        let message = VisibleText.message("onbekende code '\(long)\u{1B}' (mogelijk: jongere, ouder)")
        XCTAssertEqual(message, "onbekende code '" + String(repeating: "x", count: 60) + "…' (mogelijk: jongere, ouder)")
        XCTAssertLessThanOrEqual(VisibleText.message("geen aanhalingstekens " + long).count, VisibleText.lineLimit + 1)
    }
}
