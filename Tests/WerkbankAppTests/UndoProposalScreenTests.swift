import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// `u` in F7 right after `p`: the proposal is undone (also on disk), the candidate unmarked and
/// the vacancy open again; Ctrl-Y proposes again.
final class UndoProposalScreenTests: XCTestCase {
    func testUndoRightAfterProposingUnmarksTheCandidate() throws {
        let app = try AppHarness(user: "mvdberg", width: 120, height: 40)
        app.press(.function(7))
        let screen = try XCTUnwrap(app.root.top as? VacanciesScreen)
        let vacancy = try XCTUnwrap(screen.vacancies.first)
        let before = try app.reopenedData()
        app.press(.enter)
        let candidate = try XCTUnwrap(screen.candidates.first)
        XCTAssertFalse(app.lines(containing: candidate.clientName).contains { $0.contains("voorgesteld") }, "not proposed yet")
        app.press(.char("p"))
        XCTAssertTrue(app.lines(containing: candidate.clientName).contains { $0.contains("voorgesteld") }, "a proposed candidate is marked")

        app.press(.char("u"))
        let employer = app.model.data.employers[vacancy.employerId]?.name ?? vacancy.employerId
        let name = try XCTUnwrap(app.model.data.clients[candidate.clientId]?.fullName)
        let said = "ongedaan gemaakt bij \(name): voorgesteld voor \(vacancy.title) bij \(employer)"
        XCTAssertTrue(app.model.status?.text.hasPrefix(said) ?? false, app.model.status?.text ?? "")
        app.assertShows("ongedaan gemaakt bij")
        XCTAssertFalse(app.lines(containing: candidate.clientName).contains { $0.contains("voorgesteld") }, "unmarked again")
        let after = try app.reopenedData()
        XCTAssertEqual(after.proposals, before.proposals)
        XCTAssertEqual(after.vacancies[vacancy.id], before.vacancies[vacancy.id])

        app.press(.ctrl("y"))
        XCTAssertTrue(app.lines(containing: candidate.clientName).contains { $0.contains("voorgesteld") }, "redone: marked again")
        XCTAssertEqual(try app.reopenedData().proposals.values.filter { $0.clientId == candidate.clientId && $0.vacancyId == vacancy.id }.count,
                       before.proposals.values.filter { $0.clientId == candidate.clientId && $0.vacancyId == vacancy.id }.count + 1)
    }

    /// `u` after a besluit says in Dutch that a besluit cannot be undone, and changes nothing.
    func testUAfterABesluitSaysItCannotBeUndone() throws {
        let app = try AppHarness(user: "hscholten")
        let melding = try XCTUnwrap(app.model.data.meldingen.values.filter { $0.decision == nil && $0.noApplicationReason == nil && $0.date <= AppHarness.today }
            .min { $0.id < $1.id })
        var form = IntakeHomeScreen.decisionForm(for: melding)
        form[.applicationDate] = AppHarness.today.dutch
        form[.decision] = "afgewezen"
        form[.decisionDate] = AppHarness.today.dutch
        form[.decisionReason] = "geen recht"
        XCTAssertNotNil(app.model.run(DecideMelding(form, melding: melding, draftId: nil)), app.model.status?.text ?? "")
        let seq = app.store.seq
        app.press(.char("u"))
        XCTAssertEqual(app.model.status?.text, "niet opgeslagen: een besluit kan niet ongedaan worden gemaakt (melding \(melding.id)): "
                       + "het is een beschikking; alleen een nieuw besluit wijzigt het, bijvoorbeeld na bezwaar")
        XCTAssertEqual(app.store.seq, seq)
        XCTAssertEqual(try app.reopenedData().meldingen[melding.id]?.decision, .rejected)
    }
}
