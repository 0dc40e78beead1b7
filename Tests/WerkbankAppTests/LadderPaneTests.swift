import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class LadderPaneTests: XCTestCase {
    func testRungMoveWithReasonShowsInHistoryAndChartAndPersists() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.ownClient { $0.ladderPosition.current == .socialContacts }
        app.press(.function(5))
        let twoBefore = try app.chartCount("2  sociale contacten"), threeBefore = try app.chartCount("3  deelname")

        app.openDossier(client.id, tab: "dossier-ladder")
        app.press(.char("r"))
        app.assertShows("Trede wijzigen · \(client.listName)")
        app.type("3")          // chooses the rung and moves on to the reason
        app.type("start werkervaringsplek")
        app.press(.enter)

        app.assertShows("opgeslagen: trede 2 → 3: start werkervaringsplek")
        let row = try XCTUnwrap(app.lines(containing: "start werkervaringsplek").first { $0.contains("23-11-2026") })
        XCTAssertTrue(row.contains("actueel") && row.contains("3  deelname"), row)
        app.assertShows("Nu        3  deelname georganiseerde activiteiten")

        app.press(.function(5))
        XCTAssertEqual(try app.chartCount("2  sociale contacten"), twoBefore - 1)
        XCTAssertEqual(try app.chartCount("3  deelname"), threeBefore + 1)

        let saved = try XCTUnwrap(try app.reopenedData().clients[client.id])
        XCTAssertEqual(saved.ladderPosition.current, .organisedActivities)
        let observation = try XCTUnwrap(saved.ladder.last)
        XCTAssertEqual([observation.reason, observation.by, observation.kind.rawValue], ["start werkervaringsplek", "mvdberg", "actueel"])
        XCTAssertEqual(Set(saved.ladder.map(\.id)).count, saved.ladder.count, "observation ids are unique")
        let entry = try XCTUnwrap(try app.store.history(of: client.id).last)
        XCTAssertEqual(ChangeText.describe(entry, data: app.model.data), "trede 2 → 3: start werkervaringsplek (\(AppHarness.today.dutch))")
    }

    func testMissingReasonAndFutureDateAreRefusedNextToTheField() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.ownClient { !$0.ladder.isEmpty }
        app.openDossier(client.id, tab: "dossier-ladder")
        app.press(.char("r"))
        app.type("3")          // the rung, then the cursor is on the reason
        app.press(.enter)      // Enter on the last field tries to save
        app.assertShows("Reden *")
        app.assertShows("verplicht: vul dit in")
        app.type("   ")
        app.press(.ctrl("s"))
        app.assertShows("geef een reden op")

        app.press(.backTab, .ctrl("u"))
        app.type("01122026")
        app.press(.tab, .ctrl("u"))
        app.type("te vroeg")
        app.press(.ctrl("s"))
        app.assertShows("datum ligt in de toekomst (vandaag is 23-11-2026)")

        app.press(.escape)
        app.assertHides("Trede wijzigen")
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.ladder, client.ladder)
    }

    func testExpectedRungNeedsATargetDateAfterToday() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.ownClient { !$0.ladder.isEmpty }
        app.openDossier(client.id, tab: "dossier-ladder")
        app.press(.char("v"))
        let form = try XCTUnwrap(app.root.overlayView as? EditForm)
        while form.form.focusedIndex != 0 { app.press(.backTab) }
        app.type("5")
        while form.form.focusedIndex != 1 { app.press(.backTab) }
        app.press(.ctrl("u"))
        app.type("01012026")
        app.press(.tab)
        app.type("na cursus")
        app.press(.ctrl("s"))
        app.assertShows("streefdatum moet na vandaag (23-11-2026) liggen")
        app.press(.ctrl("u"))
        app.type("01062027")
        app.press(.ctrl("s"))
        app.assertShows("opgeslagen: verwachte trede 5 per 01-06-2027: na cursus")
        app.assertShows("Verwacht  5  betaald werk met ondersteuning")
        let expected = try XCTUnwrap(try app.reopenedData().clients[client.id]?.ladderPosition.expected)
        XCTAssertEqual(expected.targetDate, Day(year: 2027, month: 6, day: 1))
        XCTAssertEqual(expected.rung, .paidWorkWithSupport)
    }

    func testLadderScreenEnterAsksTheCaseloadToFilterOnTheSelectedRung() throws {
        let app = try AppHarness(user: "mvdberg")
        let caseload = FakeCaseload(query: CaseloadQuery(scope: .coach("mvdberg"), filters: [.targetGroup: [TargetGroup.youth.rawValue]]))
        app.root.makeScreen = { destination, root in
            destination == .caseload ? caseload : RootView.screen(for: destination, root: root)
        }
        app.root.show(caseload)
        app.press(.function(5))
        let youth = app.model.index.query(caseload.caseloadQuery).count
        app.assertShows("Caseload M. van den Berg: \(youth) klanten (met de zoekterm en filters van de caseload)")
        app.press(.down, .down, .down)
        app.assertShows("3  deelname georganiseerde activiteiten: ")
        app.press(.enter)
        XCTAssertEqual(caseload.rungFilters, ["3"])
        XCTAssertTrue(app.root.top === caseload)
    }

    func testLadderViewsFitIn80By24() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        app.press(.function(5))
        for rung in Rung.allCases { app.assertShows("\(rung.rawValue)  " + String(rung.label.prefix(10))) }
        let screenLines = app.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try XCTUnwrap(screenLines.firstIndex { $0.contains("Start") && $0.contains("Nu") && $0.contains("Verwacht") })
        XCTAssertTrue(app.line(heading + 1).hasPrefix(" 0 ") && app.line(heading + 7).hasPrefix(" 6 "),
                      "start/now/expected charts show rungs 0-6:\n\(app.screen)")

        let client = try app.ownClient { $0.ladder.count >= 2 }
        app.openDossier(client.id, tab: "dossier-ladder")
        for label in ["Start ", "Nu ", "Verwacht ", "Verloop ", "Datum", "Reden", "r trede wijzigen"] { app.assertShows(label) }
        app.press(.char("r"))
        for label in ["Nieuwe trede *", "Datum *", "Reden *", "Esc annuleren", "6  betaald werk"] { app.assertShows(label) }
        XCTAssertTrue(app.line(23).contains("F1"), "function bar stays at the bottom:\n\(app.screen)")
    }
}

/// A stand-in for the caseload screen: records the rung filters it is asked for.
final class FakeCaseload: Screen, CaseloadContext {
    let scope = "caseload"
    var rungFilters: [String] = []
    var selectedClientId: String?
    let caseloadQuery: CaseloadQuery

    init(query: CaseloadQuery, selectedClientId: String? = nil) {
        caseloadQuery = query
        self.selectedClientId = selectedClientId
    }

    var title: String { "caseload" }
    func filterOnRung(_ key: String) { rungFilters.append(key) }
    func render(_ area: Rect, into buffer: inout Buffer) {}
}

extension AppHarness {
    /// The first (by id) client of the harness user that fits `condition`.
    func ownClient(_ condition: (Client) -> Bool) throws -> Client {
        try XCTUnwrap(model.data.clients.values.filter { $0.coach == model.user.name && $0.isActive(on: AppHarness.today) && condition($0) }.min { $0.id < $1.id },
                      "no client fits")
    }

    /// Opens `clientId`'s dossier on the tab with key-map scope `tab`.
    func openDossier(_ clientId: String, tab: String) {
        root.openDossier(clientId, tabScope: tab)
        XCTAssertEqual(root.top?.scopes.first, tab)
        application.redraw()
    }

    /// The count after the bar of the F5 chart whose label starts with `label`.
    func chartCount(_ label: String) throws -> Int {
        let line = try XCTUnwrap(lines(containing: label).first, "no bar \(label):\n\(screen)")
        let beforePercent = try XCTUnwrap(line.range(of: " (", options: .backwards)).lowerBound
        let digits = line[..<beforePercent].reversed().prefix { $0.isNumber || $0 == "." }
        return try XCTUnwrap(Int(String(digits.reversed()).replacingOccurrences(of: ".", with: "")))
    }
}
