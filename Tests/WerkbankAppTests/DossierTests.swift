import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class DossierTests: XCTestCase {
    func testHeaderShowsNameAgeMaskedBSNCoachAndRungAndOpeningIsLogged() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        app.openDossier(client.id)
        let bsn = try XCTUnwrap(client.bsn)
        app.assertShows(client.fullName)
        app.assertShows(BSN.masked(bsn))
        app.assertHides(bsn)
        app.assertShows("coach M. van den Berg")
        if let birth = client.birthDate { app.assertShows("\(birth.age(on: AppHarness.today)) jr") }
        if let rung = client.ladderPosition.current { app.assertShows("trede \(rung.rawValue) \(rung.label)") }
        XCTAssertTrue(try app.auditLog().contains { $0.contains("\"bekeken\"") && $0.contains(client.id) })
    }

    func testTabsSwitchWithTabKeyAndNumberKeys() throws {
        let app = try AppHarness()
        let dossier = app.openDossier(try app.someClient().id)
        XCTAssertEqual(dossier.activeTabTitle, "Overzicht")
        app.assertShows("Geboortedatum")
        app.press(.tab)
        XCTAssertEqual(dossier.activeTabTitle, dossier.tabs[1].title)
        app.press(.backTab)
        XCTAssertEqual(dossier.activeTabTitle, "Overzicht")
        app.showTab("Historie", in: dossier)
        app.assertShows("Wanneer")
        app.assertHides("Geboortedatum")
        app.showTab("Plaatsingen", in: dossier)
        app.showTab("Notities", in: dossier)
        app.showTab("Plan & acties", in: dossier)
        app.assertShows("Vervalt")
        app.type("1")
        XCTAssertEqual(dossier.activeTabTitle, "Overzicht")
    }

    func testBSNRevealShowsFullNumberForTenSecondsAndIsLogged() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        let bsn = try XCTUnwrap(client.bsn)
        let start = Date()
        dossier.clock = { start }
        app.type("b")
        app.assertShows("BSN \(bsn) (nog 10 s)")
        XCTAssertTrue(try app.auditLog().contains { $0.contains("bsn-getoond") && $0.contains(client.id) })
        dossier.clock = { start.addingTimeInterval(10.5) }
        app.send(.tick)
        app.assertHides(bsn)
        app.assertShows(BSN.masked(bsn))
    }

    func testOverviewShowsSectionsAndRunningBenefit() throws {
        let app = try AppHarness(height: 60)
        let client = try XCTUnwrap(app.model.data.clients(of: "mvdberg").sorted { $0.id < $1.id }
            .first { $0.runningBenefit(on: AppHarness.today) != nil })
        app.openDossier(client.id)
        for section in ["Persoon", "Huishouden", "Opleiding en werk", "Doelgroepen en belemmeringen", "Arbeidsplicht"] {
            app.assertShows(section)
        }
        app.press(.end)
        app.assertShows("Uitkeringen")
        let running = try XCTUnwrap(client.runningBenefit(on: AppHarness.today))
        let row = try XCTUnwrap(app.lines(containing: "vanaf \(running.start.dutch)").first)
        XCTAssertTrue(row.contains("lopend"), row)
        let y = try XCTUnwrap((0..<60).first { app.line($0).contains("vanaf \(running.start.dutch)") })
        let x = try XCTUnwrap(app.line(y).range(of: "lopend")).lowerBound.utf16Offset(in: app.line(y))
        XCTAssertEqual(app.backend.screen[x, y].style.role, .success)
    }

    func testEightyByTwentyFourDrawsEveryTabCleanly() throws {
        let app = try AppHarness(width: 80, height: 24)
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        for (index, tab) in dossier.tabs.enumerated() {
            app.type(String(index + 1))
            XCTAssertTrue(app.line(1).contains(client.fullName), app.screen)
            XCTAssertTrue(app.line(3).contains(tab.title), "tab bar: \(app.line(3))")
            XCTAssertTrue(app.line(23).contains("F1"), "function bar lost on \(tab.title):\n\(app.screen)")
            for other in dossier.tabs where other !== tab {
                // Column titles of the other tabs must not be left behind.
                let marker = ["Overzicht": "Geboortedatum", "Plan & acties": "Vervalt", "Historie": "Wanneer",
                              "Plaatsingen": "Werkgever"][other.title]
                if let marker, !(["Overzicht", "Instrumenten"].contains(tab.title) && marker == "Werkgever") { app.assertHides(marker) }
            }
        }
        app.type("1")
        app.type("e")
        let top = try XCTUnwrap((0..<24).first { app.line($0).contains("Persoon bewerken") })
        XCTAssertGreaterThanOrEqual(top, 1)
        XCTAssertTrue((top..<22).contains { app.line($0).hasPrefix(" ╰") || app.line($0).contains("╰") }, app.screen)
        XCTAssertTrue(app.line(23).contains("F1"), app.screen)
    }
}

final class DossierRefreshTests: XCTestCase {
    func testAnEditFromTheLadderTabShowsAtOnceInTheHistoryTab() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        app.openDossier(client.id)
        app.type("7")
        app.assertShows("Historie")
        app.type("2")
        app.press(.char("r"))
        app.type("6")
        app.press(.enter, .enter)
        app.type("vast contract bij Hartwerk")
        app.press(.enter)
        app.assertShows("opgeslagen: trede")
        app.type("7")
        app.assertShows("vast contract bij Hartwerk")
    }
}
