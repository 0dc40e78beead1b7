import XCTest
@testable import TerminalUI

final class WidgetPaletteTests: XCTestCase {
    private let entries = [
        PaletteEntry("Caseload tonen", description: "alle cliënten"),
        PaletteEntry("Cliënt zoeken", description: "zoek op naam of BSN"),
        PaletteEntry("Intake starten", description: "nieuwe melding"),
        PaletteEntry("Rapportage maken", description: "maandcijfers"),
        PaletteEntry("Thema wisselen", description: "kleuren"),
    ]

    private func type(_ text: String, into palette: CommandPalette) {
        for character in text { XCTAssertTrue(palette.handle(.key(.char(character)))) }
    }

    func testFuzzyMatching() {
        XCTAssertEqual(FuzzyMatch.match("cz", in: "Cliënt zoeken")?.positions, [0, 7])
        XCTAssertEqual(FuzzyMatch.match("clie", in: "Cliënt zoeken")?.positions, [0, 1, 2, 3], "accents ignored")
        XCTAssertNil(FuzzyMatch.match("zc", in: "Cliënt zoeken"), "order matters")
        let wordStart = FuzzyMatch.match("ma", in: "Rapportage maken")
        XCTAssertEqual(wordStart?.positions, [11, 12], "prefers the start of a word")
        XCTAssertGreaterThan(wordStart?.score ?? 0, FuzzyMatch.match("ma", in: "Thema wisselen")?.score ?? 0)
    }

    func testTypingFiltersAndEnterPicksTheEntry() {
        let palette = CommandPalette(entries: entries)
        var picked: [Int] = []
        palette.onPick = { picked.append($0) }
        XCTAssertEqual(palette.filtered, [0, 1, 2, 3, 4])
        type("ma", into: palette)
        XCTAssertEqual(palette.filtered, [3, 4])
        XCTAssertTrue(palette.handle(.key(.down)))
        XCTAssertTrue(palette.handle(.key(.enter)))
        XCTAssertTrue(palette.handle(.key(.ctrl("u"))))
        XCTAssertEqual(palette.filtered.count, 5)
        type("cz", into: palette)
        XCTAssertEqual(palette.filtered, [1])
        let buffer = renderBuffer(palette, width: 40, height: 8)
        assertScreen(buffer.text, """
        ╭─ Opdrachten ─────────────────────────╮
        │› cz                                  │
        │──────────────────────────────────────│
        │Cliënt zoeken     zoek op naam of BSN │
        │                                      │
        │                                      │
        │                                      │
        ╰──────────────────────────────────────╯
        """)
        XCTAssertEqual(buffer[1, 3].style.role, .match)
        XCTAssertEqual(buffer[8, 3].style.role, .match)
        XCTAssertEqual(buffer[2, 3].style.role, .selection)
        XCTAssertEqual(palette.cursorPosition?.x, 5)
        XCTAssertTrue(palette.handle(.key(.enter)))
        type("q", into: palette)
        XCTAssertNil(palette.selectedEntry)
        XCTAssertTrue(palette.handle(.key(.enter)), "nothing to pick")
        XCTAssertEqual(picked, [4, 1])
    }

    func testEscapeCancels() {
        let palette = CommandPalette(entries: entries)
        var cancelled = false
        palette.onCancel = { cancelled = true }
        XCTAssertTrue(palette.handle(.key(.escape)))
        XCTAssertTrue(cancelled)
    }

    /// A long name keeps its words when the descriptions (keys) are short.
    func testNamesGetTheRoomTheKeysLeave() {
        let palette = CommandPalette(entries: [PaletteEntry("zoek een klant (naam, BSN, klantnummer, postcode)", description: "F3"),
                                               PaletteEntry("stoppen", description: "F10 q")])
        let buffer = renderBuffer(width: 70, height: 8) { palette.render($0, into: &$1) }
        XCTAssertTrue(buffer.text.contains("zoek een klant (naam, BSN, klantnummer, postcode)"), buffer.text)
    }
}
