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

    /// A client of another coach who fits the "Orderpicker" tasks perfectly but was last spoken
    /// to 100 days ago (out of view), or (with `exempt`) one fully exempted of the work obligation.
    private func seedFittingClientOfAnotherCoach(_ app: AppHarness, exempt: Bool = false, skip: Set<String> = []) throws -> Client {
        let running = Set(app.model.data.placements.values.filter { $0.end == nil }.map(\.clientId))
        var client = try XCTUnwrap(app.model.data.clients.values.sorted { $0.id < $1.id }.first {
            !$0.coach.isEmpty && $0.coach != "mvdberg" && !skip.contains($0.id) && $0.workObligation != .fullExemption
                && !running.contains($0.id) && $0.isActive(on: AppHarness.today)
        })
        client.skills = ["orderpicken", "inpakken"]
        client.hoursAvailable = 24
        client.notes = [NoteRef(ContactNote(id: client.id + "-n-oud", date: AppHarness.today.adding(days: exempt ? -3 : -100), by: client.coach,
                                    channel: .phone, text: "gebeld"))]
        if exempt { client.workObligation = .fullExemption }
        try app.seed([.putClient(client)], subject: client.id)
        return client
    }

    /// Redraws with row `row` selected.
    private func select(_ row: Int, in desk: DeskScreen, _ app: AppHarness) {
        desk.table.select(row)
        app.resize(width: 140, height: 45)
    }

    func testAVacancyWithTasksRankedFromAllCaseloadsProposedAnsweredAndTheHireFollowedToAPermanentContract() throws {
        let app = try AppHarness(user: "mvdberg", width: 140, height: 45)
        let away = try seedFittingClientOfAnotherCoach(app)
        let (vacancy, desk) = try addVacancyAndOpenDesk(app)
        app.assertShows("werkgeversdesk: Orderpicker")
        let expected = VacancyMatcher(dataset: app.model.data, today: AppHarness.today)
            .candidates(for: vacancy, scope: .all, limit: DeskScreen.candidateLimit)
        XCTAssertEqual(desk.candidates.map(\.clientId), expected.map(\.clientId))
        XCTAssertGreaterThan(Set(desk.candidates.map(\.clientCoach)).count, 1, "candidates from all caseloads")
        let first = try XCTUnwrap(desk.candidates.first)
        for reason in first.reasonsFor.prefix(1) { app.assertShows(String(reason.prefix(30))) }
        app.assertShows(first.factors.contains { $0.confirmedOn != nil } ? "bevestigd op" : "nooit bevestigd")
        // The out-of-view client of another coach: masked, marked "onzeker — eerst bellen", its reasons shown.
        let awayRow = try XCTUnwrap(desk.candidates.firstIndex { $0.clientId == away.id })
        let awayFit = desk.candidates[awayRow]
        XCTAssertTrue(awayFit.uncertain)
        XCTAssertTrue(desk.isMasked(awayFit))
        select(awayRow, in: desk, app)
        XCTAssertTrue(app.lines(containing: "kandidaat \(awayRow + 1) (via").contains { $0.contains("onzeker — eerst bellen") }, app.screen)
        app.assertShows(appText("desk.masked", awayRow + 1, app.model.displayName(of: away.coach)) + " · \(awayFit.score)")
        app.assertHides(away.listName)
        app.assertShows("uit beeld: 100 dagen geen contact")
        app.assertShows("past op 2 van 2 taken")

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
        // The other coach's client is proposed through their coach, and then shows by name.
        select(try XCTUnwrap(desk.candidates.firstIndex { $0.clientId == away.id }), in: desk, app)
        app.press(.char("p"))
        XCTAssertEqual(app.model.status?.text, "opgeslagen: 1 kandidaat voorgesteld")
        let through = try XCTUnwrap(try app.reopenedData().proposals.values.first { $0.clientId == away.id })
        XCTAssertEqual(through.throughCoach, away.coach)
        XCTAssertTrue(app.lines(containing: away.listName).contains { $0.contains("voorgesteld") }, app.screen)

        // The employer rejects the first (a reason is required) and hires the second.
        select(try XCTUnwrap(desk.candidates.firstIndex { $0.clientId == ids[0] }), in: desk, app)
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
        app.assertShows("Voorstel \(AppHarness.today.dutch): afgewezen — Te weinig")
        let rejectedName = try XCTUnwrap(app.model.client(ids[0])?.listName)
        XCTAssertTrue(app.lines(containing: rejectedName).contains { $0.contains("afgewezen") }, app.screen)

        // The rejection shows with its reason among the client's proposals in the dossier.
        app.press(.enter)
        let rejectedDossier = try XCTUnwrap(app.root.top as? DossierScreen)
        app.showTab("Plaatsingen", in: rejectedDossier)
        let count = app.model.data.proposals.values.filter { $0.clientId == ids[0] }.count
        app.assertShows("Voorstellen (\(count))")
        XCTAssertTrue(app.lines(containing: "Orderpicker").contains {
            $0.contains(AppHarness.today.dutch) && $0.contains("afgewezen") && $0.contains("Te weinig ervaring met scanners")
        }, app.screen)
        app.press(.escape)
        XCTAssertTrue(app.root.top === desk)

        select(try XCTUnwrap(desk.candidates.firstIndex { $0.clientId == ids[1] }), in: desk, app)
        app.press(.char("a"))
        answer = try form(app)
        answer.inputs[0].draftValue = String(ProposalAnswer.allCases.firstIndex(of: .hired)!)
        app.press(.ctrl("s"))
        XCTAssertNil(app.root.overlayView, app.model.status?.text ?? "")
        var placement = try XCTUnwrap(try app.reopenedData().placements.values.first { $0.clientId == ids[1] && $0.vacancyId == vacancy.id })
        XCTAssertEqual(placement.stage, .trial)
        let titles = try XCTUnwrap(app.model.client(ids[1])).actions.map(\.title)
        XCTAssertEqual(titles.filter { $0.hasPrefix("Nazorg") }.count, Aftercare.months.count, "\(titles)")
        app.assertShows("aangenomen")

        // Follow the hire in the dossier: proefplaatsing → tijdelijk → vast contract.
        app.press(.enter)
        let dossier = try XCTUnwrap(app.root.top as? DossierScreen)
        XCTAssertEqual(dossier.clientId, ids[1])
        app.showTab("Plaatsingen", in: dossier)
        XCTAssertTrue(app.lines(containing: "Orderpicker").contains { $0.contains("aangenomen") }, app.screen)
        XCTAssertTrue(app.lines(containing: PlacementStage.trial.label).contains { $0.contains(AppHarness.today.dutch) }, app.screen)
        for stage in [PlacementStage.temporary, .permanent] {
            app.press(.char(">"))
            _ = try form(app)
            app.press(.ctrl("s"))
            placement = try XCTUnwrap(try app.reopenedData().placements[placement.id])
            XCTAssertEqual(placement.stage, stage, app.model.status?.text ?? "")
        }
        app.assertShows(PlacementStage.permanent.label)
    }

    func testTheDeskSearchesAsShownSortsOnDistanceAndContactAndFilters() throws {
        let app = try AppHarness(user: "mvdberg", width: 140, height: 45)
        let away = try seedFittingClientOfAnotherCoach(app)
        let exempt = try seedFittingClientOfAnotherCoach(app, exempt: true, skip: [away.id])
        let (_, desk) = try addVacancyAndOpenDesk(app)
        let all = desk.candidates
        XCTAssertFalse(all.contains { $0.clientId == exempt.id }, "exempted clients are left out")
        app.assertShows("filter: geen (f)")
        app.assertShows("sortering: score ▼")

        // `/` finds a masked candidate by what shows, never by the hidden name.
        let awayRank = try XCTUnwrap(all.firstIndex { $0.clientId == away.id }) + 1
        app.type("/")
        XCTAssertTrue(desk.capturesText)
        app.type(away.lastName)
        XCTAssertFalse(desk.candidates.contains { $0.clientId == away.id }, "a masked candidate is not found by name")
        app.press(.escape)
        XCTAssertEqual(desk.candidates.map(\.clientId), all.map(\.clientId), "Esc clears the search")
        let masked = appText("desk.masked", awayRank, app.model.displayName(of: away.coach))
        app.type("/")
        app.type(masked.uppercased())
        XCTAssertEqual(desk.candidates.map(\.clientId), [away.id])
        app.press(.enter)
        XCTAssertFalse(desk.capturesText)
        app.assertShows(masked)
        app.assertShows("zoek")
        let ownOne = try XCTUnwrap(all.first { $0.clientCoach == "mvdberg" })
        app.type("/")
        app.press(.escape)
        app.type("/" + ownOne.clientId)
        XCTAssertEqual(desk.candidates.map(\.clientId), [ownOne.clientId], "an own client by number")
        app.press(.escape)

        // `s`: distance (nearest first, unknown last), then last contact (most recent first); `S` reverses.
        app.type("s")
        app.assertShows("sortering: afstand ▲")
        let kilometres = desk.candidates.map(\.kilometres)
        XCTAssertEqual(kilometres.compactMap { $0 }, kilometres.compactMap { $0 }.sorted())
        XCTAssertFalse(kilometres.drop { $0 != nil }.contains { $0 != nil }, "unknown distances last")
        app.type("s")
        app.assertShows("sortering: laatste contact ▼")
        XCTAssertEqual(desk.candidates.compactMap(\.lastContact), desk.candidates.compactMap(\.lastContact).sorted(by: >))
        app.type("S")
        app.assertShows("sortering: laatste contact ▲")
        XCTAssertEqual(desk.candidates.compactMap(\.lastContact), desk.candidates.compactMap(\.lastContact).sorted())
        app.type("s")
        XCTAssertEqual(desk.candidates.map(\.clientId), all.map(\.clientId), "back to the ranking by score")

        // `f`: only my caseload, without uncertain, with exempted.
        func toggle(_ key: String) throws {
            app.type("f")
            let palette = try XCTUnwrap(app.root.overlayView as? CommandPalette)
            app.type(appText(key))
            XCTAssertEqual(palette.selectedEntry.map { palette.entries[$0].name }, appText(key))
            app.press(.enter)
        }
        try toggle("candidates.filter.mine")
        XCTAssertFalse(desk.candidates.isEmpty)
        XCTAssertTrue(desk.candidates.allSatisfy { $0.clientCoach == "mvdberg" })
        XCTAssertEqual(desk.candidates.count, all.filter { $0.clientCoach == "mvdberg" }.count)
        app.assertShows("filter: alleen mijn caseload")
        try toggle("candidates.filter.mine")
        try toggle("candidates.filter.certain")
        XCTAssertEqual(desk.candidates.map(\.clientId), all.filter { !$0.uncertain }.map(\.clientId))
        app.assertHides("onzeker — eerst bellen")
        try toggle("candidates.filter.certain")
        try toggle("candidates.filter.exempt")
        let withExempt = try XCTUnwrap(desk.candidates.first { $0.clientId == exempt.id })
        XCTAssertTrue(withExempt.reasonsAgainst.contains("volledige ontheffing van de arbeidsplicht"))
        app.assertShows("filter: met vrijgestelden")
        XCTAssertTrue(desk.statusHint.hasPrefix("\(desk.candidates.count) kandidaten"), desk.statusHint)
    }

    func testTheDeskTitleFitsEightyColumns() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        app.press(.function(7))
        let list = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let vacancy = try XCTUnwrap(list.vacancies.max { ($0.title.count, $0.id) < ($1.title.count, $1.id) })
        XCTAssertGreaterThan(vacancy.title.count, CandidateList.titleWidth, "a title longer than the header has room for")
        list.vacancyTable.select(try XCTUnwrap(list.vacancies.firstIndex { $0.id == vacancy.id }))
        app.press(.char("d"))
        let header = app.line(0)
        XCTAssertTrue(header.contains("werkgeversdesk: " + vacancy.title.prefix(CandidateList.titleWidth - 1)), header)
        XCTAssertTrue(header.hasSuffix(app.model.todayText + "  mvdberg"), "the date and user are not cut: \(header)")
        let employer = try XCTUnwrap(app.model.data.employers[vacancy.employerId]?.name)
        XCTAssertTrue(app.line(1).contains(vacancy.title + " · " + employer.prefix(10)), "the whole title below: \(app.line(1))")
        app.assertShows("sortering: score")
    }

    func testTheF7CandidatesSearchSortAndFilterToo() throws {
        let app = try AppHarness(user: "mvdberg", width: 120, height: 40)
        app.press(.function(7), .enter)
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let all = screen.candidates
        XCTAssertGreaterThan(all.count, 3)
        let name = all[2].clientName
        app.type("/")
        XCTAssertTrue(screen.capturesText)
        app.type(name)
        XCTAssertTrue(screen.candidates.allSatisfy { $0.clientName.localizedCaseInsensitiveContains(name) })
        XCTAssertTrue(screen.candidates.contains { $0.clientId == all[2].clientId })
        app.press(.escape)
        XCTAssertEqual(screen.candidates.map(\.clientId), all.map(\.clientId))
        app.type("ss")
        app.assertShows("sortering: laatste contact ▼")
        XCTAssertEqual(screen.candidates.compactMap(\.lastContact), screen.candidates.compactMap(\.lastContact).sorted(by: >))
        app.type("f")
        let palette = try XCTUnwrap(app.root.overlayView as? CommandPalette)
        app.type(appText("candidates.filter.certain"))
        XCTAssertNotNil(palette.selectedEntry)
        app.press(.enter)
        XCTAssertTrue(screen.candidates.allSatisfy { !$0.uncertain })
        XCTAssertEqual(screen.candidates.count, all.filter { !$0.uncertain }.count)
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
