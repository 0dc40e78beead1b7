import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class VacanciesScreenTests: XCTestCase {
    func testCandidatesWithReasonsAndProposingPersistsAPlacement() throws {
        let app = try AppHarness(user: "mvdberg", width: 120, height: 40)
        app.press(.function(7))
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let open = app.model.data.vacancies.values.filter { $0.isOpen(on: AppHarness.today) }
        XCTAssertEqual(screen.vacancies.count, open.count)
        XCTAssertTrue(app.line(0).contains("vacatures (\(open.count) open)"), app.line(0))
        let vacancy = try XCTUnwrap(screen.vacancies.first)
        let employer = try XCTUnwrap(app.model.data.employers[vacancy.employerId]?.name)
        XCTAssertTrue(app.line(2).contains(vacancy.title) && app.line(2).contains(employer.prefix(15)), app.line(2))

        app.press(.enter)
        app.assertShows("kandidaten: \(vacancy.title) · \(employer)")
        let expected = VacancyMatcher(dataset: app.model.data, today: AppHarness.today)
            .candidates(for: vacancy, scope: .coach("mvdberg"), limit: VacanciesScreen.candidateLimit)
        XCTAssertEqual(screen.candidates.map(\.clientId), expected.map(\.clientId))
        let best = try XCTUnwrap(expected.first)
        XCTAssertTrue(app.lines(containing: best.clientName).contains { $0.contains(String(best.score)) })
        app.assertShows("Voor")
        app.assertShows("Tegen")
        for reason in best.reasonsFor.prefix(2) + best.reasonsAgainst.prefix(2) {
            app.assertShows(String(reason.prefix(30)))
        }

        app.press(.char("p"))
        XCTAssertEqual(app.model.status?.text, "opgeslagen: voorgesteld voor \(vacancy.title) bij \(employer)")
        app.assertShows("opgeslagen: voorgesteld voor")
        let placement = try XCTUnwrap(try app.reopenedData().placements.values.first {
            $0.clientId == best.clientId && $0.vacancyId == vacancy.id
        })
        XCTAssertEqual(placement.stage, .proposed)
        XCTAssertEqual(placement.proposed, AppHarness.today)
        XCTAssertEqual(placement.employerId, vacancy.employerId)
        XCTAssertEqual(placement.by, "mvdberg")
        let entry = try XCTUnwrap(try app.store.history(of: best.clientId).last)
        XCTAssertEqual(ChangeText.describe(entry, data: app.model.data), "voorgesteld voor \(vacancy.title) bij \(employer)")
        app.assertShows("al voorgesteld voor deze vacature")
        app.press(.char("p"))
        XCTAssertTrue(app.model.status?.text.hasSuffix("is al voorgesteld voor deze vacature") ?? false, app.model.status?.text ?? "")
        XCTAssertEqual(app.model.data.placements.values.filter { $0.clientId == best.clientId && $0.vacancyId == vacancy.id }.count, 1)
    }

    func testFromACandidateEnterOpensTheDossierAndLeftGoesBack() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        app.press(.function(7), .enter)
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let candidate = try XCTUnwrap(screen.candidates.first)
        app.press(.enter)
        XCTAssertEqual((app.root.top as? DossierScreen)?.clientId, candidate.clientId)
        app.press(.escape)
        XCTAssertNotNil(screen.vacancy, "back from the dossier to the candidates")
        app.press(.left)
        XCTAssertNil(screen.vacancy)
        app.assertShows("vacatures (")
    }
}
