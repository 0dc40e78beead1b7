import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Editing in the dossier: forms, validation, journal, history, undo.
final class DossierEditTests: XCTestCase {
    /// Opens the Persoon form and puts `text` into the postcode field (the 7th field).
    private func typePostcode(_ text: String, in app: AppHarness) {
        app.type("e")
        for _ in 0..<6 { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type(text)
    }

    private func otherPostcode(than current: String) -> String { current == "7552 CD" ? "7553 CE" : "7552 CD" }

    func testInvalidPostcodeShowsDutchErrorUnderTheFieldAndDoesNotSave() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        app.openDossier(client.id)
        typePostcode("0123ab", in: app)
        app.press(.ctrl("s"))
        let errorRow = try XCTUnwrap((0..<40).first { app.line($0).contains("'0123 AB' is geen postcode (1234 AB)") }, app.screen)
        XCTAssertTrue(app.line(errorRow - 1).contains("Postcode"), "error not under the field:\n\(app.screen)")
        app.assertShows("niet opgeslagen: verbeter de velden")
        XCTAssertEqual(app.model.client(client.id)?.postcode, client.postcode)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.postcode, client.postcode)
        XCTAssertTrue(app.root.hasOverlay)
    }

    func testValidEditSavesShowsInHistoryAndPersists() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        let new = otherPostcode(than: client.postcode)
        typePostcode(new.replacingOccurrences(of: " ", with: "").lowercased(), in: app)
        app.press(.ctrl("s"))
        let summary = "postcode \(client.postcode) → \(new)"
        XCTAssertFalse(app.root.hasOverlay)
        app.assertShows("opgeslagen: \(summary)")
        app.assertShows(new)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.postcode, new)
        XCTAssertEqual(app.model.index.row(clientId: client.id)?.postcode, new, "the caseload index stays current")
        app.showTab("Historie", in: dossier)
        let row = try XCTUnwrap(app.lines(containing: summary).first, app.screen)
        XCTAssertTrue(row.contains("M. van den Berg"), row)
        XCTAssertTrue(row.contains(AppHarness.today.dutch) || row.contains("-20"), row)
    }

    func testCtrlZInFormAndUKeyUndoTheLastSavedEditAsNewJournaledEdits() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        app.openDossier(client.id)
        let new = otherPostcode(than: client.postcode)
        typePostcode(new, in: app)
        app.press(.ctrl("s"))
        app.type("e")
        app.press(.ctrl("z"))
        XCTAssertFalse(app.root.hasOverlay)
        XCTAssertEqual(app.model.client(client.id)?.postcode, client.postcode)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.postcode, client.postcode)
        app.assertShows("ongedaan gemaakt bij \(client.fullName): postcode")

        typePostcode(new, in: app)
        app.press(.ctrl("s"))
        app.type("u")
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.postcode, client.postcode)
        let summaries = try app.store.history(of: client.id).map { ChangeText.describe($0, data: app.model.data) }
        XCTAssertEqual(summaries.filter { $0.hasPrefix("ongedaan gemaakt: postcode") }.count, 2, "\(summaries)")
    }

    func testEscapeOnADirtyFormAsksBeforeDiscarding() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        app.openDossier(client.id)
        typePostcode("7552", in: app)
        app.press(.escape)
        app.assertShows("Wijzigingen weggooien")
        app.type("n")
        app.assertHides("Wijzigingen weggooien")
        XCTAssertTrue(app.root.hasOverlay, "answering no keeps the form")
        app.press(.escape)
        app.type("j")
        XCTAssertFalse(app.root.hasOverlay)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.postcode, client.postcode)
        app.type("e")
        app.press(.escape)
        XCTAssertFalse(app.root.hasOverlay, "a clean form closes without asking")
    }

    func testExemptionWithoutReasonIsRefused() throws {
        let app = try AppHarness()
        let client = try XCTUnwrap(app.model.data.clients(of: "mvdberg").sorted { $0.id < $1.id }
            .first { $0.workObligation == .imposed && $0.exemptionReason.isEmpty })
        app.openDossier(client.id)
        app.press(.down, .down, .down, .down)
        app.type("e")
        app.assertShows("Arbeidsplicht bewerken")
        app.type("v")   // type-ahead: volledige ontheffing
        app.press(.ctrl("s"))
        app.assertShows("bij een ontheffing hoort een reden")
        XCTAssertEqual(app.model.client(client.id)?.workObligation, .imposed)
        app.type("mantelzorg")   // the failed save put the focus on the reason
        app.press(.ctrl("s"))
        XCTAssertEqual(app.model.status?.text, "opgeslagen: arbeidsplicht opgelegd → volledige ontheffing; reden ontheffing — → mantelzorg")
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.exemptionReason, "mantelzorg")
    }

    /// A damaged line in the notes file: the Notities tab says the notes cannot be read and names
    /// the file and byte, instead of "no notes yet"; the other tabs and clients are unaffected.
    func testDamagedNotesAreNamedInTheNotesTabNotShownAsNoNotes() throws {
        let app = try AppHarness()
        let client = try XCTUnwrap(app.model.data.clients(of: app.model.user.name).sorted { $0.id < $1.id }
            .first { $0.notes.contains { $0.held == nil } })
        let offset = try XCTUnwrap(client.notes.blocks.first?.offset)
        let notesFile = app.directory.appendingPathComponent("notities.jsonl")
        var bytes = try Data(contentsOf: notesFile)
        bytes[offset + 12] ^= 0x20
        try bytes.write(to: notesFile)
        let dossier = app.openDossier(client.id)
        app.showTab("Notities", in: dossier)
        app.assertShows("De notities zijn niet te lezen")
        app.assertShows("byte \(offset)")
        app.assertHides("Nog geen notities")
        app.showTab("Ladder", in: dossier)
        app.assertHides("niet te lezen")
    }

    func testNewNoteIsShownFirstAndPersists() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        app.showTab("Notities", in: dossier)
        app.type("n")          // the form opens on the text
        app.press(.backTab)
        app.type("t")          // channel: telefoon
        app.press(.tab)
        app.type("Gebeld over de sollicitatie.")
        app.press(.enter)
        app.type("Volgende week gesprek.")
        app.press(.ctrl("s"))
        app.assertShows("opgeslagen: notitie 23-11-2026 (telefoon) toegevoegd")
        let heading = try XCTUnwrap((0..<40).first { app.line($0).contains("23-11-2026 · telefoon · M. van den Berg") }, app.screen)
        XCTAssertEqual(heading, 4, "newest note first:\n\(app.screen)")
        XCTAssertTrue(app.line(heading + 1).contains("Gebeld over de sollicitatie."))
        XCTAssertTrue(app.line(heading + 2).contains("Volgende week gesprek."))
        let saved = try XCTUnwrap(try app.reopenedNotes(of: client.id).first { $0.text.hasPrefix("Gebeld") })
        XCTAssertEqual(saved.text, "Gebeld over de sollicitatie.\nVolgende week gesprek.")
        XCTAssertEqual(saved.channel, .phone)
        XCTAssertEqual(saved.by, "mvdberg")
    }

    func testNewActionAppearsThenDoneAndPersists() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        app.showTab("Plan & acties", in: dossier)
        app.type("a")
        app.type("Cv bijwerken")
        app.press(.tab, .ctrl("u"))
        app.type("20112026")
        app.press(.enter)   // Enter on the last field saves
        app.assertShows("opgeslagen: actie 'Cv bijwerken' toegevoegd (vervalt 20-11-2026)")
        let row = try XCTUnwrap(app.lines(containing: "Cv bijwerken").first)
        XCTAssertTrue(row.contains("open · te laat"), row)
        XCTAssertTrue(try app.reopenedData().clients[client.id]?.actions.contains { $0.title == "Cv bijwerken" && $0.status == .open } ?? false)

        let plan = try XCTUnwrap(dossier.tabs.first { $0 is PlanTab } as? PlanTab)
        let index = try XCTUnwrap(plan.actions.firstIndex { $0.title == "Cv bijwerken" })
        plan.table.select(index)
        app.type("d")
        app.assertShows("opgeslagen: actie 'Cv bijwerken' gedaan")
        let done = try XCTUnwrap(try app.reopenedData().clients[client.id]?.actions.first { $0.title == "Cv bijwerken" })
        XCTAssertEqual(done.status, .done)
        XCTAssertEqual(done.doneOn, AppHarness.today)
    }

    func testPlacementAdvancesStageAndTrialMayNotExceedThreeMonths() throws {
        let app = try AppHarness()
        let client = try XCTUnwrap(app.model.data.clients(of: "mvdberg").sorted { $0.id < $1.id }
            .first { c in !app.model.data.placements.values.contains { $0.clientId == c.id } })
        let employer = try XCTUnwrap(app.model.data.employers.values.sorted { $0.id < $1.id }.first)
        let trial = Placement(id: "P-test", clientId: client.id, employerId: employer.id, stage: .trial,
                              proposed: Day(year: 2026, month: 10, day: 15), trialStart: Day(year: 2026, month: 11, day: 1))
        try app.seed([.putPlacement(trial)], subject: client.id)
        let dossier = app.openDossier(client.id)
        app.showTab("Plaatsingen", in: dossier)
        app.assertShows(employer.name)
        app.assertShows("proefplaatsing loopt uiterlijk tot 01-02-2027")
        app.type(">")
        app.assertShows("proefplaatsing → tijdelijk contract")
        app.press(.ctrl("u"))
        app.type("15032027")
        app.press(.ctrl("s"))
        app.assertShows("proefplaatsing max. 3 maanden: uiterlijk 01-02-2027")
        XCTAssertEqual(app.model.data.placements["P-test"]?.stage, .trial)
        app.press(.ctrl("u"))
        app.type("01122026")
        app.press(.ctrl("s"))
        XCTAssertEqual(app.model.status?.text, "opgeslagen: plaatsing bij \(employer.name): proefplaatsing → tijdelijk contract per 01-12-2026")
        let saved = try XCTUnwrap(try app.reopenedData().placements["P-test"])
        XCTAssertEqual(saved.stage, .temporary)
        XCTAssertEqual(saved.temporaryStart, Day(year: 2026, month: 12, day: 1))
        app.showTab("Historie", in: dossier)
        app.assertShows("tijdelijk contract per 01-12-2026")
    }
}

final class DossierFormPartsTests: XCTestCase {
    func testTextAreaWrapsBetweenWordsAndMovesByRow() {
        let area = TextArea(text: "", lines: 3)
        let rect = Rect(x: 0, y: 0, width: 11, height: 3)
        var buffer = Buffer(size: Size(width: 11, height: 3))
        area.isFocused = true
        area.render(rect, into: &buffer)
        for character in "abc defgh ijkl" { _ = area.handle(.key(.char(character))) }
        area.render(rect, into: &buffer)
        XCTAssertEqual(buffer.line(0), "abc defgh")
        XCTAssertEqual(buffer.line(1).trimmingCharacters(in: .whitespaces), "ijkl")
        _ = area.handle(.key(.up))
        _ = area.handle(.key(.char("X")))
        XCTAssertEqual(area.text, "abc Xdefgh ijkl")
        XCTAssertTrue(area.isDirty)
        area.text = "abcdefghijklm"
        area.render(rect, into: &buffer)
        XCTAssertEqual(buffer.line(0), "abcdefghij", "a word longer than the row is broken")
    }
}
