import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class CaseloadScreenTests: XCTestCase {
    private func caseload(_ app: AppHarness, file: StaticString = #filePath, line: UInt = #line) throws -> CaseloadScreen {
        try XCTUnwrap(app.root.top as? CaseloadScreen, "the top screen is not the caseload", file: file, line: line)
    }

    /// The clients of mvdberg's caseload, straight from the data.
    private func ownClients(_ app: AppHarness) -> [Client] {
        app.model.data.clients.values.filter { $0.coach == "mvdberg" && $0.isActive(on: AppHarness.today) }.sorted { $0.id < $1.id }
    }

    /// The row of the screen that shows `text`, or nil.
    private func row(showing text: String, in app: AppHarness) -> Int? {
        (0..<app.backend.size.height).first { app.line($0).contains(text) }
    }

    func testHeaderNamesTheCoachAndTheCaseloadSize() throws {
        let app = try AppHarness(user: "mvdberg")
        let count = ownClients(app).count
        XCTAssertGreaterThan(count, 5)
        XCTAssertTrue(app.line(0).contains("Werkbank · caseload M. van den Berg (\(count))"), app.line(0))
        app.assertShows("\(count) klanten")
    }

    func testSearchNarrowsTheListAsYouTypeAndHighlightsTheName() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        let client = try XCTUnwrap(ownClients(app).first { $0.lastName.count >= 5 && $0.infix.isEmpty })
        let typed = String(client.lastName.prefix(4)).lowercased()
        app.press(.char("/"))
        XCTAssertTrue(screen.capturesText)
        var counts: [Int] = []
        for character in typed {
            app.type(String(character))
            counts.append(screen.result.count)
        }
        XCTAssertEqual(counts, counts.sorted(by: >), "each letter narrows (or keeps) the list")
        XCTAssertLessThan(try XCTUnwrap(counts.last), ownClients(app).count)
        app.assertShows("zoek: \(typed)")
        let y = try XCTUnwrap(row(showing: client.listName, in: app))
        // The name starts after the mark column; its first letters are the match.
        XCTAssertEqual(app.backend.screen[2, y].style.role, .match, app.line(y))
        XCTAssertEqual(app.backend.screen[2 + typed.count, y].style.role == .match, false, "only the typed part is highlighted")
        app.press(.enter)
        XCTAssertFalse(screen.capturesText, "Enter keeps the filter and returns to the list")
        XCTAssertEqual(screen.result.count, counts.last)
        app.press(.char("/"), .escape)
        XCTAssertEqual(screen.result.count, ownClients(app).count, "Esc clears the search")
        app.assertHides("zoek: \(typed)")
    }

    func testBSNSearchFindsTheClientWhileTheListShowsItMasked() throws {
        let app = try AppHarness(user: "mvdberg", width: 200, height: 60)
        let screen = try caseload(app)
        let client = try XCTUnwrap(ownClients(app).first { $0.bsn != nil })
        let bsn = try XCTUnwrap(client.bsn)
        app.press(.function(3))
        app.type(bsn)
        app.press(.enter)
        XCTAssertEqual(screen.result.clientIds, [client.id])
        let y = try XCTUnwrap(row(showing: client.listName, in: app))
        XCTAssertTrue(app.line(y).contains(BSN.masked(bsn)), app.line(y))
        XCTAssertEqual(app.lines(containing: bsn).count, 1, "the full BSN shows only in the search field:\n\(app.screen)")
        XCTAssertTrue(app.line(1).contains(bsn))
    }

    func testFacetPanelShowsCountsAndFiltersOnARung() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        let clients = ownClients(app)
        let onRung2 = clients.filter { $0.ladderPosition.current == .socialContacts }.count
        XCTAssertGreaterThan(onRung2, 0)
        app.press(.function(4))
        app.assertShows("[ ] trede 2 (\(onRung2))")
        // The cursor starts on the first rung with clients; move to rung 2.
        let lowerRungs = [Rung.research, .isolated].filter { rung in clients.contains { $0.ladderPosition.current == rung } }.count
        // The status facet (actief, uitgestroomd) comes first.
        for _ in 0..<(lowerRungs + 2) { app.press(.down) }
        app.press(.char(" "))
        app.assertShows("[x] trede 2 (\(onRung2))")
        XCTAssertEqual(screen.result.count, onRung2)
        XCTAssertTrue(screen.result.allSatisfy { $0.currentRung == .socialContacts })
        app.press(.escape)
        app.assertShows("\(onRung2) van \(clients.count) klanten · filter: trede 2")
        app.press(.char("f"), .char("x"), .escape)
        XCTAssertEqual(screen.result.count, clients.count)
    }

    func testSortKeysChangeTheOrder() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        XCTAssertEqual(screen.query.sort, .name)
        app.press(.char("s"))
        XCTAssertEqual(screen.query.sort, .rung)
        app.assertShows("sortering: Trede ▲")
        let ascending = screen.result.compactMap { $0.currentRung?.rawValue }
        XCTAssertEqual(ascending, ascending.sorted())
        XCTAssertLessThan(try XCTUnwrap(ascending.first), try XCTUnwrap(ascending.last))
        app.press(.char("S"))
        app.assertShows("sortering: Trede ▼")
        let descending = screen.result.compactMap { $0.currentRung?.rawValue }
        XCTAssertEqual(descending, ascending.sorted(by: >))
        // The first data row on screen shows the highest rung.
        XCTAssertTrue(app.line(3).contains(screen.result[0].listName), app.line(3))
    }

    func testClickingAColumnTitleSortsOnItAndAgainReverses() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        let x = try XCTUnwrap(app.line(2).range(of: "Laatste contact")).lowerBound.utf16Offset(in: app.line(2))
        app.send(.mouse(MouseEvent(x: x + 1, y: 2, button: .left)))
        XCTAssertEqual(screen.query.sort, .lastContact)
        XCTAssertTrue(screen.query.ascending)
        app.assertShows("Laatste contact ▲")
        let days = screen.result.compactMap(\.lastContact)
        XCTAssertEqual(days, days.sorted())
        app.send(.mouse(MouseEvent(x: x + 1, y: 2, button: .left)))
        XCTAssertFalse(screen.query.ascending)
        app.assertShows("Laatste contact ▼")
    }

    func testFlowedOutClientsStayOutOfTheCaseloadUntilTheStatusFilterAsksForThem() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        let all = app.model.data.clients.values.filter { $0.coach == "mvdberg" }
        let former = all.filter { !$0.isActive(on: AppHarness.today) }
        XCTAssertFalse(former.isEmpty)
        XCTAssertEqual(Set(screen.result.clientIds), Set(ownClients(app).map(\.id)))
        XCTAssertTrue(former.allSatisfy { screen.result.position(of: $0.id) == nil })
        app.press(.function(4))
        app.assertShows("[x] actief (\(ownClients(app).count))")
        app.assertShows("[ ] uitgestroomd (\(former.count))")
        screen.filterOnRung("2")
        XCTAssertTrue(screen.result.allSatisfy { $0.isActive && $0.currentRung == .socialContacts }, "F5's rung filter keeps the status")
    }

    func testLadderScreenEnterFiltersTheRealCaseloadOnTheChosenRung() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        app.press(.function(5))
        XCTAssertTrue(app.root.top is LadderScreen)
        app.press(.down, .down)
        app.press(.enter)
        XCTAssertTrue(app.root.top === screen, "back on the same caseload screen, not a new one")
        let rung = try XCTUnwrap(screen.query.filters[.rung]?.first)
        XCTAssertEqual(screen.query.filters[.rung]?.count, 1)
        let expected = ownClients(app).filter { FacetValue.rung($0.ladderPosition.current).key == rung }
        XCTAssertFalse(expected.isEmpty, "rung \(rung)")
        XCTAssertEqual(Set(screen.result.clientIds), Set(expected.map(\.id)))
        XCTAssertEqual(app.root.stack.count, 1, "the ladder screen closed")
    }

    func testAWerkcoachMayNotReassignClientsOnlyAnAdminMay() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        let first = screen.result[0].id, second = screen.result[1].id
        app.press(.char(" "), .char(" "))
        app.assertShows("2 gemarkeerd")
        app.press(.char("t"))
        app.assertShows("Toewijzen aan coach (2 klanten)")
        app.type("vries")
        app.press(.enter)
        XCTAssertTrue(app.model.status?.text.hasSuffix("dat mag alleen: beheerder") ?? false, app.model.status?.text ?? "")
        let saved = try app.reopenedData()
        XCTAssertEqual(saved.clients[first]?.coach, "mvdberg")
        XCTAssertEqual(saved.clients[second]?.coach, "mvdberg")

        app.model.switchUser(to: try XCTUnwrap(app.model.data.users["blansink"]))
        let commands = [first, second].map { AssignCoach(client: $0, to: "edvries", basis: "mvdberg") }
        XCTAssertTrue(app.model.run(commands, summary: "toegewezen"))
        XCTAssertEqual(try app.reopenedData().clients[second]?.coach, "edvries")
        let entry = try XCTUnwrap(try app.store.history(of: first).last)
        XCTAssertEqual(ChangeText.describe(entry, data: app.model.data), "werkcoach M. van den Berg → E. de Vries")
        app.model.undo(client: nil)
        let restored = try app.reopenedData()
        XCTAssertEqual(restored.clients[first]?.coach, "mvdberg")
        XCTAssertEqual(restored.clients[second]?.coach, "mvdberg")
        XCTAssertTrue(app.model.status?.text.hasPrefix("ongedaan gemaakt bij ") ?? false, app.model.status?.text ?? "")
    }

    func testAddActionToMarkedClientsChecksTheDate() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        let ids = [screen.result[0].id, screen.result[1].id]
        app.press(.char(" "), .char(" "), .char("a"))
        app.assertShows("Actie toevoegen (2 klanten)")
        app.type("Gesprek werkfit")
        app.press(.tab)
        for _ in 0..<8 { app.press(.backspace) }
        app.type("31022027")
        app.press(.enter)
        app.assertShows("geen bestaande datum")
        for _ in 0..<8 { app.press(.backspace) }
        app.type("01032027")
        app.press(.enter)
        app.assertShows("opgeslagen: actie 'Gesprek werkfit' (01-03-2027) bij 2 klanten")
        let saved = try app.reopenedData()
        for id in ids {
            let action = try XCTUnwrap(saved.clients[id]?.actions.first { $0.title == "Gesprek werkfit" })
            XCTAssertEqual(action.due, Day(year: 2027, month: 3, day: 1))
            XCTAssertEqual(action.status, .open)
            XCTAssertEqual(action.by, "mvdberg")
        }
        let entry = try XCTUnwrap(try app.store.history(of: ids[1]).last)
        XCTAssertEqual(ChangeText.describe(entry, data: app.model.data), "actie 'Gesprek werkfit' toegevoegd (vervalt 01-03-2027)")
    }

    func testEnterOpensTheDossierOfTheSelectedClient() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        app.press(.down)
        let id = try XCTUnwrap(screen.selectedClientId)
        app.press(.enter)
        let dossier = try XCTUnwrap(app.root.top as? DossierScreen)
        XCTAssertEqual(dossier.clientId, id)
        XCTAssertTrue(app.line(0).contains("Werkbank · " + (app.model.client(id)?.fullName ?? "?")), app.line(0))
    }

    func testDoubleClickOpensTheDossier() throws {
        let app = try AppHarness(user: "mvdberg")
        let screen = try caseload(app)
        app.send(.mouse(MouseEvent(x: 5, y: 5, button: .left)))
        let id = try XCTUnwrap(screen.selectedClientId)
        XCTAssertEqual(id, screen.result[2].id, "row 5 is the third client (header, search line, table header)")
        XCTAssertTrue(app.root.top === screen, "one click only selects")
        app.send(.mouse(MouseEvent(x: 5, y: 5, button: .left)))
        XCTAssertEqual((app.root.top as? DossierScreen)?.clientId, id)
    }

    func testNarrowWindowDropsThePreviewAndKeepsWholeColumnTitles() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        let client = try caseload(app).result[0]
        app.assertHides("BSN ")
        app.assertHides("Belemmeringen")
        let header = app.line(2)
        for title in ["Naam", "Trede", "Verw.", "Laatste contact", "Volgende actie"] {
            XCTAssertTrue(header.contains(title), "column title \(title) missing: \(header)")
        }
        XCTAssertFalse(header.contains("…"), header)
        XCTAssertTrue(app.line(3).hasPrefix("  " + client.listName), app.line(3))
        for y in 0..<24 { XCTAssertLessThanOrEqual(DisplayWidth.of(app.line(y)), 80) }
        app.resize(width: 200, height: 60)
        app.assertShows("Belemmeringen")
        app.assertShows("BSN " + client.maskedBSN)
    }

    func testCoachCannotSwitchCaseloadButSupervisorCan() throws {
        let coach = try AppHarness(user: "mvdberg")
        coach.press(.char("C"))
        coach.assertShows("alleen een teamleider of beheerder")
        let admin = try AppHarness(user: "blansink")
        let screen = try caseload(admin)
        XCTAssertEqual(screen.result.inScope, admin.model.data.clients.count)
        admin.press(.char("C"))
        admin.type("berg")
        admin.press(.enter)
        XCTAssertEqual(screen.result.inScope, admin.model.data.clients.values.filter { $0.coach == "mvdberg" }.count)
        XCTAssertTrue(admin.line(0).contains("caseload M. van den Berg"), admin.line(0))
    }
}
