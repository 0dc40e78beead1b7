import XCTest
@testable import TerminalUI

final class WidgetDisplayTests: XCTestCase {
    private let ladder = [
        BarChart.Bar("Trede 1", value: 12, valueText: "12"),
        BarChart.Bar("Trede 2", value: 30, valueText: "30"),
        BarChart.Bar("Trede 3", value: 5, valueText: "5"),
    ]

    func testBarChartScalesWithEighthsAndDrawsTheTargetMarker() {
        let chart = BarChart(bars: ladder, target: 15)
        let buffer = renderBuffer(width: 30, height: 3) { chart.render($0, into: &$1) }
        assertScreen(buffer.text, """
        Trede 1 ███████▋  ┃         12
        Trede 2 ██████████┃████████ 30
        Trede 3 ███▏      ┃          5
        """)
        XCTAssertEqual(buffer[18, 0].style.role, .warning)
        XCTAssertEqual(roles(buffer, y: 1, from: 8, to: 18), [.accent])
    }

    func testBarChartASCIIFallbackUsesWholeCells() {
        let chart = BarChart(bars: ladder, maxValue: 30, target: 15, glyphs: .ascii)
        let buffer = renderBuffer(width: 30, height: 3) { chart.render($0, into: &$1) }
        assertScreen(buffer.text, """
        Trede 1 ########  |         12
        Trede 2 ##########|######## 30
        Trede 3 ###       |          5
        """)
    }

    func testSparklineLevelsAndASCIIFallback() {
        let rising = Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(rising.text(width: 8), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(rising.text(width: 4), "▅▆▇█", "only the latest values, scaled from the baseline 0")
        var ascii = rising
        ascii.glyphs = .ascii
        XCTAssertEqual(ascii.text(width: 8), "_.,-=+*#")
        let fixed = Sparkline(values: [2, 4, 8, 0], maxValue: 8)
        let buffer = renderBuffer(width: 6, height: 1) { fixed.render($0, into: &$1) }
        XCTAssertEqual(buffer.text, "▃▅█▁")
        XCTAssertEqual(roles(buffer, y: 0, to: 4), [.accent])
        XCTAssertEqual(Sparkline(values: [3, 3]).text(width: 2), "██")
        XCTAssertEqual(Sparkline(values: [0, 0]).text(width: 2), "▁▁")
    }

    func testStatusBarPlacesMessageWithItsSeverity() {
        let bar = StatusBar(left: "Caseload · 87 cliënten", right: "Bakker", message: StatusMessage("Opgeslagen", severity: .success))
        let buffer = renderBuffer(width: 44, height: 1) { bar.render($0, into: &$1) }
        assertScreen(buffer.text, "Caseload · 87 cliënten  Opgeslagen    Bakker")
        XCTAssertEqual(roles(buffer, y: 0, from: 24, to: 34), [.success])
        XCTAssertEqual(roles(buffer, y: 0, from: 34, to: 44), [.header])
        let narrow = renderBuffer(width: 30, height: 1) { bar.render($0, into: &$1) }
        assertScreen(narrow.text, "  Opgeslagen            Bakker")
        // A long message is shown whole; the left text gives way.
        let refusal = StatusBar(left: "Caseload · 87 cliënten", right: "Bakker",
                                message: StatusMessage("geweigerd: trede 7 bestaat niet", severity: .error))
        assertScreen(renderBuffer(width: 44, height: 1) { refusal.render($0, into: &$1) }.text,
                     "  geweigerd: trede 7 bestaat niet     Bakker")
    }

    /// A hint line too long for the bar loses whole items from the end: no key without its
    /// meaning ("Ctrl-…"), and the first items (the keys that matter most) stay.
    func testStatusBarDropsWholeHintsFromTheEnd() {
        let hint = "Ctrl-S opslaan · Esc sluiten · Enter verder · Ctrl-O overzicht"
        XCTAssertEqual(StatusBar.fit(hint, to: 62), hint, "fits exactly: unchanged")
        XCTAssertEqual(StatusBar.fit(hint, to: 50), "Ctrl-S opslaan · Esc sluiten · Enter verder · …")
        XCTAssertEqual(StatusBar.fit(hint, to: 20), "Ctrl-S opslaan · …")
        XCTAssertEqual(StatusBar.fit(hint, to: 10), "", "not even one item fits: the hint gives way, no \"Ctrl-…\"")
        XCTAssertEqual(StatusBar.fit("11 klanten op de lijst", to: 10), "11 klante…", "plain text is cut as usual")
        let bar = StatusBar(left: hint, right: "mvdberg")
        assertScreen(renderBuffer(width: 58, height: 1) { bar.render($0, into: &$1) }.text,
                     "Ctrl-S opslaan · Esc sluiten · Enter verder · …    mvdberg")
    }

    func testFunctionBarLabelsAndClickBecomesKey() {
        let bar = FunctionBar(items: [FunctionKeyItem("F1", "Help", key: .function(1)),
                                      FunctionKeyItem("F2", "Intake", key: .function(2)),
                                      FunctionKeyItem("F10", "Stop", key: .function(10))])
        var keys: [Key] = []
        bar.onKey = { keys.append($0) }
        var buffer = Buffer(size: Size(width: 40, height: 3))
        bar.render(Rect(x: 0, y: 2, width: 40, height: 1), into: &buffer)
        assertScreen(buffer.line(2), "F1 Help  F2 Intake  F10 Stop")
        XCTAssertEqual(roles(buffer, y: 2, from: 0, to: 2), [.functionKey])
        XCTAssertEqual(roles(buffer, y: 2, from: 2, to: 7), [.functionLabel])
        XCTAssertEqual(roles(buffer, y: 2, from: 7, to: 9), [.functionKey], "gaps are not drawn like labels (reversed in zwart-wit)")
        XCTAssertTrue(bar.handle(.mouse(MouseEvent(x: 12, y: 2, button: .left))))
        XCTAssertTrue(bar.handle(.mouse(MouseEvent(x: 22, y: 2, button: .left))))
        XCTAssertFalse(bar.handle(.mouse(MouseEvent(x: 30, y: 2, button: .left))), "past the last entry")
        XCTAssertFalse(bar.handle(.mouse(MouseEvent(x: 3, y: 1, button: .left))), "other line")
        XCTAssertEqual(keys, [.function(2), .function(10)])
        var narrow = Buffer(size: Size(width: 24, height: 1))
        bar.render(narrow.area, into: &narrow)
        assertScreen(narrow.line(0), "F1Help  F2IntakeF10Stop")
        XCTAssertEqual(bar.key(atX: 0, y: 0), .function(1))
    }

    func testTextViewWrapsSectionsAndScrolls() {
        let view = TextView(sections: [
            TextSection(heading: "Doel", body: "Binnen drie maanden starten met een werkervaringsplaats bij de gemeente."),
            TextSection(heading: "Afspraken", body: "Elke week contact."),
        ])
        let buffer = renderBuffer(view, width: 21, height: 5)
        assertScreen(buffer.text, """
        Doel                █
        Binnen drie maanden █
        starten met een     █
        werkervaringsplaats │
        bij de gemeente.    │
        """)
        XCTAssertEqual(roles(buffer, y: 0, to: 4), [.header])
        XCTAssertTrue(view.handle(.key(.end)))
        assertScreen(renderText(view, width: 21, height: 5), """
        werkervaringsplaats │
        bij de gemeente.    │
                            █
        Afspraken           █
        Elke week contact.  █
        """)
        XCTAssertTrue(view.handle(.key(.home)))
        view.scroll(toSection: 1)
        XCTAssertEqual(view.offset, 3, "as far as the text allows")
        XCTAssertFalse(view.handle(.key(.char("x"))))
    }

    func testHelpOverlayIsGeneratedFromSections() {
        let help = HelpOverlay(sections: [
            HelpSection(title: "Navigatie", entries: [HelpEntry(keys: "j / ↓", description: "volgende regel"),
                                                      HelpEntry(keys: "k / ↑", description: "vorige regel")]),
            HelpSection(title: "Acties", entries: [HelpEntry(keys: "Enter", description: "open dossier"),
                                                   HelpEntry(keys: "F2", description: "nieuwe intake")]),
        ])
        var closed = 0
        help.onClose = { closed += 1 }
        let buffer = renderBuffer(help, width: 34, height: 11)
        assertScreen(buffer.text, """

           ╭─ Help ───────────────────╮
           │ Navigatie                │
           │   j / ↓  volgende regel  │
           │   k / ↑  vorige regel    │
           │                          │
           │ Acties                   │
           │   Enter  open dossier    │
           │   F2     nieuwe intake   │
           ╰──────────────────────────╯
        """)
        XCTAssertEqual(roles(buffer, y: 3, from: 7, to: 12), [.accent])
        XCTAssertTrue(help.handle(.key(.char("j"))), "an overlay keeps keys")
        XCTAssertTrue(help.handle(.key(.escape)))
        XCTAssertEqual(closed, 1)

        let short = renderText(help, width: 34, height: 5)
        XCTAssertTrue(short.contains("│ Navigatie               █│"), short)
        XCTAssertTrue(help.handle(.key(.pageDown)))
        XCTAssertTrue(renderText(help, width: 34, height: 5).contains("Acties"))
    }

    func testBorderBoxPlainLinesAndInnerArea() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let buffer = renderBuffer(width: 12, height: 4) { area, buffer in
            inner = BorderBox(title: "Wijk", line: .plain).render(area, into: &buffer)
        }
        assertScreen(buffer.text, """
        ┌─ Wijk ───┐
        │          │
        │          │
        └──────────┘
        """)
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 10, height: 2))
        XCTAssertEqual(buffer[3, 0].style.role, .header)
        XCTAssertEqual(buffer[0, 0].style.role, .border)
    }

    func testWrapBreaksAtSpacesByDisplayWidthAndSplitsLongWords() {
        XCTAssertEqual(TextWrap.lines("Zoë gaat naar 東京 voor werk", width: 9), ["Zoë gaat", "naar 東京", "voor werk"])
        XCTAssertEqual(TextWrap.lines("arbeidsmarktregio", width: 6), ["arbeid", "smarkt", "regio"])
        XCTAssertEqual(TextWrap.lines("een\n\ntwee", width: 10), ["een", "", "twee"])
    }
}
