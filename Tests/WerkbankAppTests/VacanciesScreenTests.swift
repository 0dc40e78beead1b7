import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class VacanciesScreenTests: XCTestCase {
    func testCandidatesWithReasonsAndProposingPersistsAProposal() throws {
        let app = try AppHarness(user: "mvdberg", width: 120, height: 40)
        app.press(.function(7))
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let open = app.model.data.vacancies.values.filter { $0.isOpen(on: AppHarness.today) }
        XCTAssertEqual(screen.vacancies.count, open.count)
        XCTAssertTrue(app.line(0).contains("vacatures (\(open.count) open)"), app.line(0))
        let vacancy = try XCTUnwrap(screen.vacancies.first)
        let employer = try XCTUnwrap(app.model.data.employers[vacancy.employerId]?.name)
        XCTAssertTrue(app.line(3).contains(vacancy.title) && app.line(3).contains(employer.prefix(15)), app.line(3))

        app.press(.enter)
        XCTAssertTrue(app.line(0).contains("kandidaten: " + vacancy.title.prefix(CandidateList.titleWidth - 1)), app.line(0))
        XCTAssertTrue(app.line(0).hasSuffix(app.model.todayText + "  mvdberg"), app.line(0))
        XCTAssertTrue(app.line(1).contains("\(vacancy.title) · \(employer)"), app.line(1))
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

        XCTAssertFalse(app.lines(containing: best.clientName).contains { $0.contains("voorgesteld") }, "not proposed yet")
        app.press(.char("p"))
        XCTAssertTrue(app.lines(containing: best.clientName).contains { $0.contains("voorgesteld") }, "a proposed candidate is marked")
        let said = "opgeslagen: voorgesteld voor \(vacancy.title) bij \(employer)"
        XCTAssertTrue(app.model.status?.text.hasPrefix(said) ?? false, app.model.status?.text ?? "")
        app.assertShows("opgeslagen: voorgesteld voor")
        let proposal = try XCTUnwrap(try app.reopenedData().proposals.values.first {
            $0.clientId == best.clientId && $0.vacancyId == vacancy.id
        })
        XCTAssertEqual(proposal.date, AppHarness.today)
        XCTAssertEqual(proposal.employerId, vacancy.employerId)
        XCTAssertEqual(proposal.proposedBy, "mvdberg")
        XCTAssertNil(proposal.throughCoach, "an own client")
        XCTAssertNil(proposal.answer)
        XCTAssertFalse(try app.reopenedData().placements.values.contains { $0.clientId == best.clientId && $0.vacancyId == vacancy.id },
                       "a placement starts with the hire, not the proposal")
        let entry = try XCTUnwrap(try app.store.history(of: best.clientId).last)
        XCTAssertTrue(ChangeText.describe(entry, data: app.model.data).hasPrefix("voorgesteld voor \(vacancy.title) bij \(employer)"))
        app.assertShows("al voorgesteld voor deze vacature")
        app.press(.char("p"))
        XCTAssertTrue(app.model.status?.text.hasSuffix("is al voorgesteld voor deze vacature") ?? false, app.model.status?.text ?? "")
        XCTAssertEqual(app.model.data.proposals.values.filter { $0.clientId == best.clientId && $0.vacancyId == vacancy.id }.count, 1)
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

    func testTheVacancyListSearchesSortsAndFilters() throws {
        let app = try AppHarness(user: "mvdberg", width: 120, height: 40)
        app.press(.function(7))
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let all = screen.vacancies
        XCTAssertGreaterThan(all.count, 3)
        let word = String(try XCTUnwrap(all.last).title.split(separator: " ").first ?? "")
        app.type("/")
        XCTAssertTrue(screen.capturesText)
        app.type(word.lowercased())
        XCTAssertFalse(screen.vacancies.isEmpty)
        XCTAssertTrue(screen.vacancies.contains { $0.id == all.last?.id })
        XCTAssertTrue(screen.vacancies.allSatisfy { v in
            ([v.title, app.model.data.employers[v.employerId]?.name ?? "", v.district] + v.certificates + v.requiredSkills)
                .joined(separator: " ").range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        })
        app.press(.escape)
        XCTAssertEqual(screen.vacancies.count, all.count, "Esc clears the search")

        app.type("s")
        XCTAssertEqual(screen.sortColumn, 2, "s sorts on the next column (hours)")
        XCTAssertEqual(screen.vacancies.map(\.hoursPerWeek), screen.vacancies.map(\.hoursPerWeek).sorted())
        app.type("S")
        XCTAssertEqual(screen.vacancies.map(\.hoursPerWeek), screen.vacancies.map(\.hoursPerWeek).sorted(by: >))

        let district = try XCTUnwrap(all.map(\.district).first { !$0.isEmpty })
        app.type("f")
        let palette = try XCTUnwrap(app.root.overlayView as? CommandPalette)
        app.type(appText("vacancies.filter_district", district))
        XCTAssertEqual(palette.selectedEntry.map { palette.entries[$0].name }, appText("vacancies.filter_district", district))
        app.press(.enter)
        XCTAssertEqual(screen.districtFilter, [district])
        XCTAssertEqual(screen.vacancies.count, all.filter { $0.district == district }.count)
        XCTAssertTrue(screen.statusHint.contains(appText("vacancies.filter_district", district)), screen.statusHint)
    }
}
