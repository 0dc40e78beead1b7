import XCTest
@testable import TerminalUI

final class WidthTests: XCTestCase {
    func testLatinWithDiacriticsIsOneColumnPerLetter() {
        for text in ["é", "ë", "ï", "ş", "ğ", "İ", "ı", "ç", "ñ", "ø", "Ł"] {
            XCTAssertEqual(DisplayWidth.of(text), 1, text)
        }
        XCTAssertEqual(DisplayWidth.of("Noël Öztürk"), 11)
    }

    func testCombiningMarkAddsNothing() {
        let decomposed = "e\u{301}"          // e + COMBINING ACUTE ACCENT
        XCTAssertEqual(decomposed.count, 1)
        XCTAssertEqual(DisplayWidth.of(decomposed), 1)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x301)!), 0)
        XCTAssertEqual(DisplayWidth.of("Rene\u{301}e"), 5)
    }

    func testArabicLettersAreNarrowAndHarakatZero() {
        XCTAssertEqual(DisplayWidth.of("محمد"), 4)
        XCTAssertEqual(DisplayWidth.of("مُحَمَّد"), 4)   // with vowel marks
    }

    func testCJKAndHangulAreWide() {
        XCTAssertEqual(DisplayWidth.of("漢字"), 4)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1)             // halfwidth katakana
        XCTAssertEqual(DisplayWidth.of("Ａ"), 2)             // fullwidth A
        // Conjoining jamo: leading consonant wide, medial vowel and final consonant zero.
        XCTAssertEqual(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}"), 2)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x1161)!), 0)
    }

    func testEmojiSequencesAreTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧‍👦"), 2)       // ZWJ family
        XCTAssertEqual(DisplayWidth.of("🇳🇱"), 2)            // flag
        XCTAssertEqual(DisplayWidth.of("🇹🇷🇸🇾"), 4)           // two flags
        XCTAssertEqual(DisplayWidth.of("❤️"), 2)             // text-default heart + VS16
        XCTAssertEqual(DisplayWidth.of("1️⃣"), 2)            // keycap
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2)            // skin tone modifier
    }

    func testControlsAreZero() {
        XCTAssertEqual(DisplayWidth.of("\u{7}"), 0)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x85)!), 0)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x200B)!), 0)   // zero width space
    }

    func testTablesAreSortedAndDisjoint() {
        for table in [DisplayWidthTable.wide, DisplayWidthTable.zeroWidth] {
            for (a, b) in zip(table, table.dropFirst()) { XCTAssertLessThan(a.upperBound, b.lowerBound) }
        }
    }

    func testEveryEmojiPresentationScalarIsWide() {
        // Cross-check the generated table against the Swift runtime's Unicode properties.
        var checked = 0
        for v in UInt32(0x2000)...0x1FAFF {
            guard let scalar = Unicode.Scalar(v), scalar.properties.isEmojiPresentation,
                  !DisplayWidth.isRegionalIndicator(v) else { continue }
            XCTAssertEqual(DisplayWidth.of(scalar), 2, String(v, radix: 16))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    func testTruncateAddsEllipsisAndNeverSplitsAGlyph() {
        XCTAssertEqual(DisplayWidth.truncate("Öztürk, Şeyma", to: 8), "Öztürk,…")
        XCTAssertEqual(DisplayWidth.truncate("漢字漢字", to: 4), "漢…")       // 漢 (2) + … (1); 字 would not fit
        XCTAssertEqual(DisplayWidth.truncate("Rene\u{301}e Jansen", to: 6), "Rene\u{301}e…")
        XCTAssertEqual(DisplayWidth.truncate("kort", to: 10), "kort")
        XCTAssertEqual(DisplayWidth.pad("漢字漢字", to: 4), "漢… ")
        XCTAssertEqual(DisplayWidth.pad("ë", to: 3, alignRight: true), "  ë")
    }
}
