import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class TodayScreenTests: XCTestCase {
    private func expected(_ app: AppHarness, coach: String) -> [Agenda.Item] {
        let data = app.model.data
        return Agenda.items(clients: data.clients.values.filter { $0.coach == coach }, meldingen: Array(data.meldingen.values),
                            includeUnlinked: false, today: AppHarness.today, settings: data.settings)
    }

    func testListsTheAgendaByDayAndMarksAnActionDone() throws {
        let app = try AppHarness(user: "mvdberg", clients: 1000)
        let expected = expected(app, coach: "mvdberg")
        XCTAssertGreaterThan(expected.count, 1)
        XCTAssertTrue(expected.contains { $0.daysLate < 0 }, "the agenda looks ahead, not only back")
        XCTAssertTrue(expected.allSatisfy { $0.due <= Day(parsing: "06-12-2026")! }, "up to the Sunday of next week")
        let oldest = expected[0]
        XCTAssertGreaterThan(oldest.daysLate, 0)
        app.press(.function(9))
        let screen = try XCTUnwrap(app.root.top as? TodayScreen)
        XCTAssertTrue(app.line(0).contains("agenda: \(expected.count) punten"), app.line(0))
        // The first row (under the column titles): weekday and date, days late, kind, client, what.
        let first = app.line(2)
        for part in [TodayScreen.dayText(oldest.due), "\(oldest.daysLate) d laat", oldest.kind.label, oldest.clientName] {
            XCTAssertTrue(first.contains(part), "\(part) missing in: \(first)")
        }
        XCTAssertEqual(screen.items, expected)
        // A second item on the same day shows no date again.
        if let sameDay = expected.indices.dropFirst().first(where: { expected[$0].due == expected[$0 - 1].due }), sameDay < 30 {
            XCTAssertFalse(app.line(2 + sameDay).contains(expected[sameDay].due.dutch), app.line(2 + sameDay))
        }
        let action = try XCTUnwrap(expected.firstIndex { $0.kind == .action })
        for _ in 0..<action { app.press(.down) }
        app.press(.char("d"))
        let item = expected[action]
        app.assertShows("opgeslagen: actie '\(item.detail)' gedaan")
        let saved = try app.reopenedData()
        let done = try XCTUnwrap(saved.clients[item.clientId ?? ""]?.actions.first { $0.id == item.recordId })
        XCTAssertEqual(done.status, .done)
        XCTAssertEqual(done.doneOn, AppHarness.today)
        XCTAssertFalse(screen.items.contains { $0.recordId == item.recordId && $0.kind == .action })
        app.press(.char("u"))
        XCTAssertEqual(screen.items.count, expected.count, "undo brings the action back")
    }

    func testWeekdayNamesExistInBothLanguages() {
        for weekday in 0..<7 {
            XCTAssertTrue(appStrings.has("today.weekday.\(weekday)"))
        }
        XCTAssertEqual(TodayScreen.dayText(AppHarness.today), "ma 23-11-2026")
    }

    func testEnterOpensTheDossierOfTheItem() throws {
        let app = try AppHarness(user: "mvdberg")
        app.press(.function(9))
        let screen = try XCTUnwrap(app.root.top as? TodayScreen)
        let item = try XCTUnwrap(screen.items.first)
        app.press(.enter)
        XCTAssertEqual((app.root.top as? DossierScreen)?.clientId, item.clientId)
        app.press(.escape)
        XCTAssertTrue(app.root.top === screen)
    }
}
