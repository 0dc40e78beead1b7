import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// The teamleider overview (F8, first tab): tiles, caseload per coach against the norm, the
/// worklists per coach, drill-down; whole screens at 80×24 and 200×60 (demo data, 120 clients).
final class TeamOverviewTests: XCTestCase {
    private func overview(width: Int, height: Int) throws -> AppHarness {
        try AppHarness(user: "gwolbers", clients: 120, width: width, height: height)
    }

    private func assertScreen(_ app: AppHarness, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = app.screen.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(actual.count, wanted.count, file: file, line: line)
        for (index, pair) in zip(actual, wanted).enumerated() where pair.0 != pair.1 {
            XCTFail("line \(index) differs\n  expected |\(pair.1)\n  actual   |\(pair.0)\n\(app.screen)", file: file, line: line)
            return
        }
    }

    func testWholeScreenAt80x24() throws {
        assertScreen(try overview(width: 80, height: 24), Self.screen80x24)
    }

    func testWholeScreenAt200x60() throws {
        assertScreen(try overview(width: 200, height: 60), Self.screen200x60)
    }

    func testCountsAgreeWithTheCaseloadAndDrillDownToTheClients() throws {
        let app = try overview(width: 200, height: 60)
        let dashboard = try XCTUnwrap(app.root.top as? DashboardScreen)
        XCTAssertTrue(dashboard.showsOverview, "a supervisor starts on the overview")
        let pane = dashboard.overview
        let index = app.model.index
        for row in pane.overview.coaches where !row.coach.isEmpty {
            XCTAssertEqual(row.clients.count, index.query(.active(.coach(row.coach))).count, "coach \(row.coach)")
            var outOfView = CaseloadQuery.active(.coach(row.coach))
            outOfView.toggle(.outOfView(true))
            XCTAssertEqual(Set(row.list(.outOfView).overdue), Set(index.query(outOfView).clientIds), "uit beeld of \(row.coach)")
            var reassessment = CaseloadQuery.active(.coach(row.coach))
            reassessment.toggle(.worklist(.reassessment, .overdue))
            XCTAssertEqual(Set(row.list(.reassessment).overdue), Set(index.query(reassessment).clientIds))
        }
        // Cursor: first coach, Klanten → Uit beeld (Klanten, % norm, Uit beeld).
        app.press(.down, .right, .right)
        let selection = try XCTUnwrap(pane.selection)
        XCTAssertEqual(selection.clientIds, pane.overview.coaches[1].list(.outOfView).overdue)
        XCTAssertFalse(selection.clientIds.isEmpty)
        app.press(.enter)
        let drilldown = try XCTUnwrap(app.root.top as? DrilldownScreen)
        XCTAssertEqual(drilldown.entries.compactMap(\.clientId), selection.clientIds)
        XCTAssertTrue(drilldown.heading.contains("Uit beeld"), drilldown.heading)
        app.press(.escape)
        app.press(.char("1"))
        app.assertShows("Eindstand per jaar")
        app.press(.char("0"))
        app.assertShows("Klanten nu")
    }

    func testPluralForms() {
        XCTAssertEqual(appText("dashboard.overview.selection", "Uit beeld", "1"), " Uit beeld: 1 klant   Enter: wie zitten hierachter")
        XCTAssertEqual(appText("dashboard.overview.selection", "Uit beeld", DutchNumber.integer(1234)),
                       " Uit beeld: 1.234 klanten   Enter: wie zitten hierachter")
        // A value is put in once: a heading that reads "{1}" is not filled again.
        XCTAssertEqual(appText("dashboard.overview.selection", "{1}", "2"), " {1}: 2 klanten   Enter: wie zitten hierachter")
    }

    static let screen80x24 = #"""
 Werkbank · Cijfers · alle coaches                      ma 23-11-2026  gwolbers
Overzicht│Bestand│Uitstroom│Preventie│Ladder│KPI│Coaches│Instrum.│Plaatsing
 Periode 2022 – 2026   peildatum 23-11-2026   coach alle coaches
 Klanten nu             Instroom deze maand    Uitstroom deze maand
 59       ▇▇▇█████████  0        ▁█▅▅█▁▅▅█▁▅▁  0        ▅▁▅▁▅▁█▁▁▁▁▁
 eind van elke maand    12 maanden             12 maanden
 Meldingen deze maand   Boven de norm (120)    Beslistermijn
 1        ▆▆█▆▆▃▆██▃▁▃  0 coaches              0 verlopen
 12 maanden             van 7 coaches          0 binnenkort
 Herbeoordeling trede   Ontheffing loopt af    Uit beeld
 4 verlopen             4 verlopen             13 verlopen
 1 binnenkort           0 binnenkort           na 8 weken

 Coach            Klanten  % norm  Uit beeld  Besluit laat  Besluit <14 d     ›
 A. Yılmaz              5  4%              1             0              0     ›
 E. de Vries           11  9%              2             0              0     ›
 J. Nijhuis            11  9%              1             0              0     ›
 L. Kamphuis           10  8%              2             0              0     ›
 M. van den Berg        9  7%              3             0              0     ›
 R. El Amrani           7  5%              2             0              0     ›
 S. ter Horst           6  5%              2             0              0     ›
 Overzicht · A. Yılmaz · Klanten: 5 klanten   Enter: wie zitten hierachter
 Enter wie · Tab paneel · [ ] p periode · d peildatum · t coach · x export · …
F1hulp  F2intakeF3zoek  F4filterF5ladderF6kofferF7banen F8cijferF9agendaF10stop
"""#

    static let screen200x60 = #"""
 Werkbank · Cijfers · alle coaches                                                                                                                                              ma 23-11-2026  gwolbers
 Overzicht │ Bestand │ Uitstroom │ Preventie │ Ladder │ KPI │ Caseload │ Instrumenten │ Plaatsingen
 Periode 2022 – 2026   peildatum 23-11-2026   coach alle coaches
 Klanten nu             Instroom deze maand    Uitstroom deze maand   Meldingen deze maand   Boven de norm (120)    Beslistermijn          Herbeoordeling trede   Ontheffing loopt af
 59       ▇▇▇█████████  0        ▁█▅▅█▁▅▅█▁▅▁  0        ▅▁▅▁▅▁█▁▁▁▁▁  1        ▆▆█▆▆▃▆██▃▁▃  0 coaches              0 verlopen             4 verlopen             4 verlopen
 eind van elke maand    12 maanden             12 maanden             12 maanden             van 7 coaches          0 binnenkort           1 binnenkort           0 binnenkort
 Uit beeld
 13 verlopen
 na 8 weken

 Coach            Klanten  % norm  Uit beeld  Besluit laat  Besluit <14 d  Trede >1 jaar  Trede <30 d  Ontheffing om  Ontheff. <30 d  Acties te laat
 A. Yılmaz              5  4%              1             0              0              0            0              0               0               2
 E. de Vries           11  9%              2             0              0              1            0              1               0               3
 J. Nijhuis            11  9%              1             0              0              0            0              1               0               3
 L. Kamphuis           10  8%              2             0              0              1            1              1               0               1
 M. van den Berg        9  7%              3             0              0              1            0              1               0               1
 R. El Amrani           7  5%              2             0              0              1            0              0               0               1
 S. ter Horst           6  5%              2             0              0              0            0              0               0               2
 Totaal                59                 13             0              0              4            1              4               0              13






































 Overzicht · A. Yılmaz · Klanten: 5 klanten   Enter: wie zitten hierachter
 Enter wie · Tab paneel · [ ] p periode · d peildatum · t coach · x export · pijlen cijfer
F1 hulp  F2 intake  F3 zoek  F4 filter  F5 ladder  F6 koffer  F7 banen  F8 cijfers  F9 agenda  F10 stop
"""#
}
