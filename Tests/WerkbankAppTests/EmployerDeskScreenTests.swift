import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// The employer desk from F7: a vacancy with tasks, candidates from all caseloads with reasons
/// and freshness, proposals and answers, the hire followed to a vast contract, the shortlist,
/// the employers, and a relapse flagged in the agenda, caseload and dossier.
final class EmployerDeskScreenTests: XCTestCase {
    private func form(_ app: AppHarness, file: StaticString = #filePath, line: UInt = #line) throws -> EditForm {
        try XCTUnwrap(app.root.overlayView as? EditForm, "no form open", file: file, line: line)
    }

    /// Adds "Orderpicker" (two tasks) from F7 `n` and opens its candidates with `d`.
    private func addVacancyAndOpenDesk(_ app: AppHarness) throws -> (Vacancy, DeskScreen) {
        app.press(.function(7))
        let list = try XCTUnwrap(app.root.top as? VacanciesScreen)
        app.press(.char("n"))
        let vacancyForm = try form(app)
        vacancyForm.inputs[1].draftValue = "Orderpicker"
        vacancyForm.inputs[2].draftValue = "Picken | 16 | orderpicken\nInpakken | 8 | inpakken"
        vacancyForm.inputs[3].draftValue = "24"
        app.press(.ctrl("s"))
        XCTAssertNil(app.root.overlayView, app.model.status?.text ?? "")
        let vacancy = try XCTUnwrap(try app.reopenedData().vacancies.values.first { $0.title == "Orderpicker" })
        XCTAssertEqual(vacancy.tasks, [VacancyTask(name: "Picken", skills: ["orderpicken"], hoursPerWeek: 16),
                                       VacancyTask(name: "Inpakken", skills: ["inpakken"], hoursPerWeek: 8)])
        XCTAssertEqual(vacancy.hoursPerWeek, 24)
        list.vacancyTable.select(try XCTUnwrap(list.vacancies.firstIndex { $0.id == vacancy.id }))
        app.press(.char("d"))
        return (vacancy, try XCTUnwrap(app.root.top as? DeskScreen))
    }

    func testAVacancyWithTasksRankedFromAllCaseloadsProposedAnsweredAndTheHireFollowedToAPermanentContract() throws {
        let app = try AppHarness(user: "mvdberg", width: 140, height: 45)
        let (vacancy, desk) = try addVacancyAndOpenDesk(app)
        app.assertShows("werkgeversdesk: Orderpicker")
        let expected = VacancyMatcher(dataset: app.model.data, today: AppHarness.today)
            .candidates(for: vacancy, scope: .all, limit: DeskScreen.candidateLimit)
        XCTAssertEqual(desk.candidates.map(\.clientId), expected.map(\.clientId))
        XCTAssertGreaterThan(Set(desk.candidates.map(\.clientCoach)).count, 1, "candidates from all caseloads")
        // Another coach's client is masked; the reasons and freshness show for the selected one.
        let other = try XCTUnwrap(desk.candidates.firstIndex { $0.clientCoach != "mvdberg" })
        XCTAssertTrue(desk.isMasked(desk.candidates[other]))
        XCTAssertTrue(app.lines(containing: desk.candidates[other].clientName).isEmpty || desk.candidates.filter {
            $0.clientName == desk.candidates[other].clientName }.count > 1)
        let first = try XCTUnwrap(desk.candidates.first)
        for reason in first.reasonsFor.prefix(1) { app.assertShows(String(reason.prefix(30))) }
        app.assertShows(first.factors.contains { $0.confirmedOn != nil } ? "bevestigd op" : "nooit bevestigd")
        if let uncertain = desk.candidates.prefix(30).firstIndex(where: \.uncertain) {
            desk.table.select(uncertain)
            app.press(.down, .up)
            app.assertShows("onzeker — eerst bellen")
        }

        // Mark two of the own caseload and propose them.
        let own = desk.candidates.indices.filter { desk.candidates[$0].clientCoach == "mvdberg" }.prefix(2)
        XCTAssertEqual(own.count, 2)
        let ids = own.map { desk.candidates[$0].clientId }
        for row in own {
            desk.table.select(row)
            app.press(.char(" "))
        }
        app.press(.char("p"))
        XCTAssertEqual(app.model.status?.text, "opgeslagen: 2 kandidaten voorgesteld")
        let saved = try app.reopenedData().proposals.values.filter { $0.vacancyId == vacancy.id }
        XCTAssertEqual(Set(saved.map(\.clientId)), Set(ids))
        XCTAssertEqual(try app.reopenedData().vacancies[vacancy.id]?.status, .proposed)
        for id in ids {
            let name = try XCTUnwrap(app.model.client(id)?.listName)
            XCTAssertTrue(app.lines(containing: name).contains { $0.contains("voorgesteld") }, "\(name) marked as proposed")
        }

        // The employer rejects the first (a reason is required) and hires the second.
        desk.table.select(try XCTUnwrap(desk.candidates.firstIndex { $0.clientId == ids[0] }))
        app.press(.char("a"))
        var answer = try form(app)
        answer.inputs[0].draftValue = String(ProposalAnswer.allCases.firstIndex(of: .rejected)!)
        app.press(.ctrl("s"))
        XCTAssertNotNil(app.root.overlayView, "a rejection without a reason is refused")
        answer.inputs[1].draftValue = "Te weinig ervaring met scanners"
        app.press(.ctrl("s"))
        XCTAssertNil(app.root.overlayView, app.model.status?.text ?? "")
        let rejected = try XCTUnwrap(try app.reopenedData().proposals.values.first { $0.clientId == ids[0] && $0.vacancyId == vacancy.id })
        XCTAssertEqual(rejected.answer, .rejected)
        XCTAssertEqual(rejected.answerReason, "Te weinig ervaring met scanners")

        desk.table.select(try XCTUnwrap(desk.candidates.firstIndex { $0.clientId == ids[1] }))
        app.press(.char("a"))
        answer = try form(app)
        answer.inputs[0].draftValue = String(ProposalAnswer.allCases.firstIndex(of: .hired)!)
        app.press(.ctrl("s"))
        XCTAssertNil(app.root.overlayView, app.model.status?.text ?? "")
        var placement = try XCTUnwrap(try app.reopenedData().placements.values.first { $0.clientId == ids[1] && $0.vacancyId == vacancy.id })
        XCTAssertEqual(placement.stage, .trial)
        let titles = try XCTUnwrap(app.model.client(ids[1])).actions.map(\.title)
        XCTAssertEqual(titles.filter { $0.hasPrefix("Nazorg") }.count, Aftercare.months.count, "\(titles)")

        // Follow the hire in the dossier: proefplaatsing → tijdelijk → vast contract.
        app.press(.enter)
        let dossier = try XCTUnwrap(app.root.top as? DossierScreen)
        XCTAssertEqual(dossier.clientId, ids[1])
        app.showTab("Plaatsingen", in: dossier)
        for stage in [PlacementStage.temporary, .permanent] {
            app.press(.char(">"))
            _ = try form(app)
            app.press(.ctrl("s"))
            placement = try XCTUnwrap(try app.reopenedData().placements[placement.id])
            XCTAssertEqual(placement.stage, stage, app.model.status?.text ?? "")
        }
        app.assertShows(PlacementStage.permanent.label)
    }

    func testTheShortlistIsAnonymousOwnerOnlyAndLogged() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("wb-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let app = try AppHarness(user: "mvdberg", width: 140, height: 45)
        app.press(.function(7))
        let list = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let vacancy = try XCTUnwrap(list.vacancies.first)
        app.press(.char("d"))
        let desk = try XCTUnwrap(app.root.top as? DeskScreen)
        let clients = desk.candidates.prefix(3).compactMap { app.model.client($0.clientId) }
        let files = try XCTUnwrap(try ShortlistExport.write(clients, vacancy: vacancy, model: app.model, environment: ["HOME": home.path]))
        XCTAssertTrue(files.markdown.path.hasPrefix("/"))
        for url in [files.markdown, files.csv] {
            let text = try String(contentsOf: url, encoding: .utf8)
            let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
            XCTAssertEqual(mode & 0o777, 0o600)
            for client in clients {
                XCTAssertFalse(text.contains(client.lastName), "name in \(url.lastPathComponent)")
                if let bsn = client.bsn { XCTAssertFalse(text.contains(bsn)) }
                if !client.address.isEmpty { XCTAssertFalse(text.contains(client.address)) }
            }
            XCTAssertFalse(text.contains("€"))
        }
        XCTAssertTrue(try String(contentsOf: files.markdown, encoding: .utf8).contains("Kandidaat 3"))
        XCTAssertTrue(try app.auditLog().last?.contains("shortlist \(vacancy.id)") ?? false)
    }

    func testEmployersWithAgreementsAndHistory() throws {
        let app = try AppHarness(user: "mvdberg", width: 140, height: 45)
        app.press(.function(7), .char("w"))
        let screen = try XCTUnwrap(app.root.top as? EmployersScreen)
        XCTAssertEqual(screen.employers.count, app.model.data.employers.count)
        let row = try XCTUnwrap(screen.employers.firstIndex { $0.socialReturn != nil })
        let employer = screen.employers[row]
        screen.table.select(row)
        app.press(.enter)
        let sroi = try XCTUnwrap(employer.socialReturn)
        app.assertShows("SROI \(app.model.data.socialReturnFilled(employerId: employer.id))/\(sroi.places) vóór \(sroi.deadline.dutch)")
        app.assertShows("Voorstellen en plaatsingen")
        // A coach may not edit an employer: Core refuses, the form stays open.
        app.press(.char("e"))
        _ = try form(app)
        app.press(.ctrl("s"))
        XCTAssertTrue(app.model.status?.text.contains("mag dit niet") ?? false, app.model.status?.text ?? "")
    }

    func testARelapseShowsInTheAgendaTheCaseloadAndTheDossier() throws {
        let app = try AppHarness(user: "mvdberg", width: 140, height: 45)
        let client = try app.someClient()
        let left = AppHarness.today.adding(days: -100), back = AppHarness.today.adding(days: -20)
        var updated = client
        updated.benefits = [BenefitPeriod(id: client.id + "-u1", start: left.adding(months: -12), end: left, endReason: .work),
                            BenefitPeriod(id: client.id + "-u2", start: back)]
        try app.seed([.putClient(updated)], subject: client.id)
        app.press(.function(9))
        XCTAssertFalse(app.lines(containing: "terugval").filter { $0.contains(client.listName.prefix(12)) }.isEmpty,
                       (0..<45).map(app.line).joined(separator: "\n"))
        let relapsed = app.model.index.query(CaseloadQuery(scope: .coach("mvdberg"), filters: [.relapse: [FacetValue.relapse(true).key]]))
        XCTAssertTrue(relapsed.clientIds.contains(client.id))
        XCTAssertTrue(relapsed.allSatisfy(\.relapse))
        app.openDossier(client.id)
        // The Overzicht's section of benefit periods (the last) starts with the relapse.
        for _ in OverviewSection.allCases.dropLast() { app.press(.char("j")) }
        app.assertShows("Terugval")
        XCTAssertTrue(app.lines(containing: "Terugval").contains { $0.contains(left.dutch) }, app.lines(containing: "Terugval").joined())
    }
}
