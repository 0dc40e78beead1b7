import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Text that is never cut where it matters: widths go to text columns, not to names wider than
/// any name needs, and every screen's essential keys show at 80×24.
final class WholeTextTests: XCTestCase {
    override func tearDown() { Language.current = .nl }

    private func caseload(_ app: AppHarness) throws -> CaseloadScreen {
        try XCTUnwrap(app.root.top as? CaseloadScreen, app.screen)
    }

    /// The name column is as wide as the longest name; the next action gets the rest and shows
    /// whole at 200 columns.
    func testCaseloadNameColumnIsNoWiderThanTheLongestNameAndTheNextActionIsWhole() throws {
        let app = try AppHarness(user: "mvdberg", width: 200, height: 60)
        let screen = try caseload(app)
        let rows = Array(screen.result)
        let longest = rows.map { DisplayWidth.of($0.listName) }.max() ?? 0
        let header = app.line(2)
        let bsnTitle = try XCTUnwrap(header.range(of: "BSN"), header)
        XCTAssertEqual(DisplayWidth.of(String(header[..<bsnTitle.lowerBound])), 2 + longest + Table.columnGap,
                       "the name column takes the longest name and no more:\n\(header)")
        for row in rows {
            let action = CaseloadColumn.nextAction.text(row, today: app.model.today)
            XCTAssertTrue(app.lines(containing: row.listName).contains { $0.contains(action) }, "\(action) cut:\n\(app.screen)")
        }
    }

    /// At 80 columns the name column still takes no more than its longest name.
    func testCaseloadAt80ColumnsGivesTheRoomToTheNextAction() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        let rows = Array(try caseload(app).result)
        let longest = rows.map { DisplayWidth.of($0.listName) }.max() ?? 0
        let header = app.line(2)
        let rungTitle = try XCTUnwrap(header.range(of: "Trede"), header)
        XCTAssertLessThanOrEqual(DisplayWidth.of(String(header[..<rungTitle.lowerBound])), 2 + max(18, longest) + Table.columnGap, header)
    }

    /// The intake wizard, the dashboard and the instruments tab show save, close and their main
    /// key at 80×24, in both languages; a hint that does not fit loses whole items, never half a key.
    func testEssentialKeysShowAt80x24() throws {
        for (language, save, close, who, export, pick) in [
            (Language.nl, "Ctrl-S opslaan", "Esc sluiten", "Enter wie", "x export", "i kiezen"),
            (Language.en, "Ctrl-S save", "Esc close", "Enter who", "x export", "i pick"),
        ] {
            let intaker = try AppHarness(user: "hscholten", width: 80, height: 24, language: language)
            try GoldenScreenTests.openIntakeWizard(intaker)
            intaker.assertShows(save)
            intaker.assertShows(close)
            XCTAssertFalse(intaker.line(22).contains("Ctrl-…"), intaker.line(22))

            let supervisor = try AppHarness(user: "gwolbers", width: 80, height: 24, language: language)
            supervisor.assertShows(who)
            supervisor.assertShows(export)

            let coach = try AppHarness(user: "mvdberg", width: 80, height: 24, language: language)
            coach.openDossier(try coach.someClient().id)
            coach.type("3")
            coach.assertShows(pick)
            XCTAssertFalse(coach.screen.contains("w wissel li"), coach.screen)
        }
    }

    /// English column titles fit their columns ("Hrs", not "Hou…"); the list cuts titles and
    /// employers at 80 columns, so the selected vacancy's show whole below it.
    func testEnglishVacancyTitlesAreWholeAt80Columns() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24, language: .en)
        app.press(.function(7))
        XCTAssertFalse(app.line(2).contains("…"), app.line(2))
        XCTAssertTrue(app.line(2).contains("Hrs"), app.line(2))
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let vacancy = try XCTUnwrap(screen.selectedVacancy)
        let employer = try XCTUnwrap(app.model.data.employers[vacancy.employerId]?.name)
        app.assertShows("Vacancy: \(vacancy.title) · \(employer)")
    }

    /// F7 candidates at 80×24: the name column is no wider than the longest name, so each
    /// listed candidate's first reason shows whole in its row when it fits the column (a short
    /// one always does); the selected candidate's reasons show whole below the list.
    func testCandidatesFirstReasonIsWholeAt80x24() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        app.press(.function(7), .enter)
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let best = try XCTUnwrap(screen.candidates.first)
        for reason in best.reasonsFor.prefix(1) + best.reasonsAgainst.prefix(1) { app.assertShows(reason) }
        let listed = screen.candidates.filter { !app.lines(containing: $0.clientName).isEmpty }
        XCTAssertGreaterThan(listed.count, 3, app.screen)
        for fit in listed {
            guard let reason = fit.reasonsFor.first, DisplayWidth.of(reason) <= 36 else { continue }
            XCTAssertTrue(app.lines(containing: fit.clientName).contains { $0.contains(reason) }, "\(reason) cut:\n\(app.screen)")
        }
    }

    /// At 200×60 the selected candidate's reasons wrap in the side pane instead of ending in "…".
    func testEveryReasonOfTheSelectedCandidateIsWholeAt200x60() throws {
        let app = try AppHarness(user: "mvdberg", width: 200, height: 60)
        app.press(.function(7), .enter)
        let best = try XCTUnwrap((app.root.top as? VacanciesScreen)?.candidates.first)
        let pane = app.screen.split(separator: "\n").compactMap { $0.split(separator: "│").dropFirst().last }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for reason in best.reasonsFor + best.reasonsAgainst {
            XCTAssertTrue(pane.contains(reason), "\(reason) cut:\n\(app.screen)")
        }
    }

    /// The English "out of view" mark in the caseload is whole: the column is sized from it.
    func testOutOfViewMarkIsWholeInEnglish() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24, language: .en)
        let outOfView = try XCTUnwrap(Array(try caseload(app).result).first { $0.outOfView })
        let cell = CaseloadColumn.lastContact.text(outOfView, today: app.model.today)
        XCTAssertTrue(cell.hasSuffix("out of view"), cell)
        XCTAssertTrue(app.lines(containing: outOfView.listName).contains { $0.contains(cell) }, app.screen)
    }

    /// At 80×24 the plan tab cuts long action titles in the table; the selected one shows whole below.
    func testSelectedPlanActionIsWholeAt80x24() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        let client = try app.someClient()
        let titles = client.actions.map(\.title)
        XCTAssertTrue(titles.contains { DisplayWidth.of($0) > 30 }, "the demo client has a title the column cuts")
        app.openDossier(client.id)
        app.type("4")
        XCTAssertTrue(titles.contains { app.screen.contains("Actie: " + $0) }, app.screen)
    }

    /// At 80×24 the placements table cuts the employer's name; the selected placement's detail
    /// starts with it whole. A proposal's answer and its date come before the names that get cut.
    func testSelectedPlacementNamesItsEmployerWholeAt80x24() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        let client = try app.someClient()
        let employers = app.model.data.placements.values.filter { $0.clientId == client.id }
            .compactMap { app.model.data.employers[$0.employerId]?.name }
        XCTAssertTrue(employers.contains { DisplayWidth.of($0) > 19 }, "the demo client has a placement the column cuts")
        app.openDossier(client.id)
        app.type("6")
        XCTAssertTrue(employers.contains { app.screen.contains($0) }, app.screen)
        let answered = app.model.data.proposals.values.filter { $0.clientId == client.id && $0.answerDate != nil }
        XCTAssertFalse(answered.isEmpty, "the demo client has an answered proposal")
        for proposal in answered {
            app.assertShows(try XCTUnwrap(proposal.answer).label + " " + (proposal.answerDate?.dutch ?? ""))
        }
    }

    /// A drill-down list at 80×24 shows every name whole (the name column is as wide as the
    /// longest name; "Wat" takes the rest).
    func testDrilldownNamesAreWholeAt80x24() throws {
        let app = try AppHarness(user: "gwolbers", width: 80, height: 24)
        app.press(.down, .right, .right, .enter)
        let screen = try XCTUnwrap(app.root.top as? DrilldownScreen, app.screen)
        XCTAssertFalse(screen.rows.isEmpty)
        for row in screen.rows.prefix(10) {
            XCTAssertTrue(app.lines(containing: row[0]).contains { $0.contains(row[2]) }, "\(row[2]) cut:\n\(app.screen)")
        }
    }

    /// The employer list at 80×24 cuts names and agreements (an SROI deadline); the selected
    /// employer's show whole below the list, and the English titles fit.
    func testSelectedEmployerAndItsAgreementsAreWholeAt80x24() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24, language: .en)
        app.press(.function(7), .char("w"))
        XCTAssertTrue(app.line(1).hasPrefix("Employer "), app.line(1))
        XCTAssertFalse(app.line(1).contains("…"), app.line(1))
        let employers = app.model.data.employers.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let sroi = try XCTUnwrap(employers.firstIndex { $0.socialReturn != nil }, "the demo has an SROI employer")
        for _ in 0..<sroi { app.press(.down) }
        let deadline = try XCTUnwrap(employers[sroi].socialReturn?.deadline.dutch)
        XCTAssertTrue(app.screen.contains("Employer: " + employers[sroi].name), app.screen)
        app.assertShows(deadline)
    }
}
