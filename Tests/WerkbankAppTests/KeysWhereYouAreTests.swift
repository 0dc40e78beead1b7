import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Issue 14.1 headless: the dossier's n/r/v/i/a act from every tab, forms open on their first
/// empty required field, the caseload's one-key working lists, redo on Ctrl-Y (U in the
/// dossier), type-to-jump, and the function bar greying keys that do nothing.
final class KeysWhereYouAreTests: XCTestCase {
    private func activeScope(_ dossier: DossierScreen) -> String { dossier.scopes[0] }

    private func editForm(_ app: AppHarness, file: StaticString = #filePath, line: UInt = #line) throws -> EditForm {
        try XCTUnwrap(app.root.overlayView as? EditForm, "no form open", file: file, line: line)
    }

    func testNoteFromTheOverviewOpensOnTheTextAndSavesWithCtrlS() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        XCTAssertEqual(activeScope(dossier), "dossier-overzicht")
        app.type("n")
        XCTAssertEqual(activeScope(dossier), "dossier-notities")
        let form = try editForm(app)
        XCTAssertEqual(form.form.focusedIndex, 2, "date and channel have defaults: the cursor is on the text")
        app.type("Gebeld over de sollicitatie")
        app.press(.ctrl("s"))
        XCTAssertNil(app.root.overlayView)
        let note = try XCTUnwrap(try app.reopenedNotes(of: client.id).first { $0.text == "Gebeld over de sollicitatie" })
        XCTAssertEqual(note.date, AppHarness.today)
        XCTAssertEqual(note.channel, .meeting)
    }

    func testRungFromTheNotesTabTakesTheNumberThenTheReason() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let dossier = app.openDossier(client.id)
        app.type("5")
        XCTAssertEqual(activeScope(dossier), "dossier-notities")
        app.type("r")
        XCTAssertEqual(activeScope(dossier), "dossier-ladder")
        let form = try editForm(app)
        XCTAssertEqual(form.form.focusedIndex, 0, "a new rung must be chosen first")
        let target: Rung = client.ladderPosition.current == .paidWork ? .paidWorkWithSupport : .paidWork
        app.type("\(target.rawValue)")
        XCTAssertEqual(form.form.focusedIndex, 2, "the typed number chooses the rung and moves on to the reason")
        app.type("werk gevonden")
        app.press(.enter)
        XCTAssertNil(app.root.overlayView)
        let saved = try XCTUnwrap(try app.reopenedData().clients[client.id]?.ladderPosition.actual)
        XCTAssertEqual(saved.rung, target)
        XCTAssertEqual(saved.reason, "werk gevonden")
    }

    func testExpectedRungAndActionOpenTheirTabsFromAnyTab() throws {
        let app = try AppHarness()
        let dossier = app.openDossier(try app.someClient().id)
        app.type("7")
        app.type("v")
        XCTAssertEqual(activeScope(dossier), "dossier-ladder")
        XCTAssertNotNil(app.root.overlayView as? EditForm)
        app.press(.escape)
        app.type("a")
        XCTAssertEqual(activeScope(dossier), "dossier-plan")
        XCTAssertEqual(try editForm(app).form.focusedIndex, 0, "the action's title is the empty required field")
    }

    func testInstrumentIsPickedByTypingItsNameAndEnterOpensTheDeployForm() throws {
        let app = try AppHarness()
        let today = AppHarness.today
        let trial = try XCTUnwrap(app.model.data.instruments[InstrumentCatalogue.ID.trialPlacement])
        let client = try XCTUnwrap(app.model.data.clients(of: "mvdberg").sorted { $0.id < $1.id }
            .first { InstrumentEligibility.evaluate(trial, for: $0, on: today).isEligible })
        let dossier = app.openDossier(client.id)
        app.type("i")
        XCTAssertEqual(activeScope(dossier), "dossier-instruments")
        let tab = try XCTUnwrap(dossier.tabs.first { $0.scope == "dossier-instruments" } as? InstrumentsTab)
        XCTAssertTrue(tab.isPicking)
        app.assertShows(appText("koffer.picking"))
        app.type("p")
        XCTAssertEqual(tab.catalogue.selected?.instrument.name, "Proefplaatsing")
        app.press(.enter)
        let form = try editForm(app)
        XCTAssertEqual(form.title, appText("koffer.form.deploy", "Proefplaatsing", client.listName))
        XCTAssertEqual(form.form.focusedIndex, 4, "start and end have defaults; the employer is the empty required field")
    }

    func testTypeToJumpInTheInstrumentList() throws {
        let app = try AppHarness()
        app.press(.function(6))
        let screen = try XCTUnwrap(app.root.top as? InstrumentCaseScreen)
        app.type("w")
        XCTAssertEqual(screen.catalogue.selected?.instrument.name, "Werkplekaanpassing")
        app.type("k")
        XCTAssertEqual(screen.catalogue.selected?.instrument.name, "Korte cursus heftruck")
        app.type("k")
        XCTAssertEqual(screen.catalogue.selected?.instrument.name, "Korte cursus VCA", "the same letter again goes to the next")
    }

    func testBangAndUShowTheWorkingListsAndAgainLiftThem() throws {
        let app = try AppHarness()
        let caseload = try XCTUnwrap(app.root.top as? CaseloadScreen)
        let everyone = caseload.result.count
        app.type("!")
        XCTAssertEqual(caseload.query.filters[.overdue], [FacetValue.overdue(true).key])
        XCTAssertTrue(caseload.result.count < everyone)
        XCTAssertTrue((0..<caseload.result.count).allSatisfy { caseload.result[$0].overdue })
        app.type("U")
        XCTAssertEqual(caseload.query.filters[.outOfView], [FacetValue.outOfView(true).key], "U is the uit-beeld list, not redo")
        XCTAssertTrue((0..<caseload.result.count).allSatisfy { caseload.result[$0].outOfView })
        app.type("!")
        XCTAssertNil(caseload.query.filters[.overdue], "asked again, the list's filter is lifted")
        XCTAssertNotNil(caseload.query.filters[.outOfView])
    }

    func testThePaletteHasAnEntryForEveryWorkingList() throws {
        let app = try AppHarness()
        app.type(":")
        let palette = try XCTUnwrap(app.root.overlayView as? CommandPalette)
        let names = Set(palette.entries.map(\.name))
        for command in ["overdue", "outOfView", "decision", "reassessment", "exemption", "clearFilters", "filter"] {
            XCTAssertTrue(names.contains(appText("cmd.caseload.\(command)")), command)
        }
    }

    func testRedoIsCtrlYEverywhereAndUInTheDossier() throws {
        let app = try AppHarness()
        let client = try app.someClient()
        let notes = { (try? app.reopenedData().clients[client.id]?.notes.count) ?? -1 }
        let before = notes()
        app.openDossier(client.id)
        app.type("n")
        app.type("eerste")
        app.press(.ctrl("s"))
        XCTAssertEqual(notes(), before + 1)
        app.type("u")
        XCTAssertEqual(notes(), before)
        app.type("U")
        XCTAssertEqual(notes(), before + 1, "U redoes in the dossier")
        app.type("u")
        app.press(.ctrl("y"))
        XCTAssertEqual(notes(), before + 1, "Ctrl-Y redoes")
    }

    func testFunctionBarGreysTheKeyOfTheScreenYouAreOn() throws {
        let app = try AppHarness()
        app.press(.function(7))
        XCTAssertFalse(app.root.doesSomething(.function(7)), "F7 on the vacancies does nothing")
        XCTAssertTrue(app.root.doesSomething(.function(8)))
        XCTAssertTrue(app.root.doesSomething(.function(1)))
        let bar = FunctionBar(items: [FunctionKeyItem("F7", "vacatures", key: .function(7), isEnabled: false)])
        var buffer = Buffer(size: Size(width: 30, height: 1))
        bar.render(Rect(x: 0, y: 0, width: 30, height: 1), into: &buffer)
        XCTAssertNil(bar.key(atX: 0, y: 0), "a greyed entry ignores clicks")
    }

    func testFilterPanelJumpsByLetterAndHomeEnd() throws {
        let app = try AppHarness()
        let caseload = try XCTUnwrap(app.root.top as? CaseloadScreen)
        let chosen = { Set(caseload.query.filters.flatMap { facet, keys in keys.map { FacetValue(facet, $0) } }) }
        let initial = chosen()
        app.type("f")
        XCTAssertNotNil(app.root.overlayView as? CaseloadFacetPanel)
        app.press(.end)
        app.type(" ")
        XCTAssertEqual(chosen().subtracting(initial).map(\.facet), [.instrument], "End goes to the last value (an instrument)")
        app.type(" ")
        app.press(.home)
        app.type("u")
        app.type(" ")
        let jumped = try XCTUnwrap(chosen().symmetricDifference(initial).first)
        XCTAssertTrue(app.model.index.label(of: jumped).lowercased().hasPrefix("u"), app.model.index.label(of: jumped))
    }
}
