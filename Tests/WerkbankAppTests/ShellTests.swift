import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class ShellTests: XCTestCase {
    func testUnknownUserPicksWhoTheyAreFromTheUsersList() throws {
        let app = try AppHarness(user: "onbekend")
        app.assertShows("gebruiker 'onbekend' bestaat niet in deze gegevensmap")
        app.assertShows("M. van den Berg  (mvdberg, werkcoach)")
        XCTAssertEqual(app.model.user.name, "onbekend")
    }

    func testFunctionBarIsGeneratedFromTheCommandTable() throws {
        let app = try AppHarness(user: "onbekend")
        let bar = app.line(39)
        for label in ["F1", "hulp", "F2", "intake", "F8", "cijfers", "F10", "stop"] {
            XCTAssertTrue(bar.contains(label), "function bar lacks \(label): \(bar)")
        }
    }

    func testHelpOverlayListsGlobalKeysAndClosesWithEscape() throws {
        let app = try AppHarness(user: "mvdberg")
        app.press(.function(1))
        app.assertShows("Hulp — toetsen")
        app.assertShows("opdrachtenlijst: typ om te zoeken")
        app.press(.escape)
        app.assertHides("Hulp — toetsen")
    }

    func testQuitKeyEndsTheProgram() throws {
        let app = try AppHarness(user: "onbekend")
        app.press(.function(10))
        XCTAssertTrue(app.quitRequested)
    }

    func testTooSmallTerminalShowsMessageAndRecovers() throws {
        let app = try AppHarness(user: "onbekend")
        app.resize(width: 60, height: 20)
        app.assertShows("venster te klein (min. 80×24)")
        app.resize(width: 80, height: 24)
        app.assertShows("Wie ben je?")
    }

    func testRunSavesToDiskAndUndoJournalsTheInverse() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.ownClient { _ in true }
        var edited = client
        edited.phone = "06-12345678"
        XCTAssertNotNil(app.model.run(SetClientFields(basis: client, edited: edited)))
        XCTAssertEqual(app.model.status?.text, "opgeslagen: telefoon gewijzigd")
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.phone, "06-12345678")
        app.model.undo(client: client.id)
        XCTAssertEqual(app.model.status?.text, "ongedaan gemaakt bij \(client.fullName): telefoon gewijzigd")
        XCTAssertEqual(app.model.client(client.id)?.phone, client.phone)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.phone, client.phone)
        let history = try app.store.history(of: client.id).suffix(2).map { ChangeText.describe($0, data: app.model.data) }
        XCTAssertEqual(history, ["telefoon gewijzigd", "ongedaan gemaakt: telefoon gewijzigd"])
    }
}

final class UndoNewRecordTests: XCTestCase {
    func testUndoOfANewRecordRemovesItAgainOnDiskAndRedoBringsItBack() throws {
        let app = try AppHarness(user: "hscholten")
        var form = IntakeForm(kind: .melding)
        form[.meldingDate] = AppHarness.today.dutch
        form[.channel] = "balie"
        form[.firstName] = "Jan"
        form[.lastName] = "Jansen"
        form[.birthDate] = "01-02-1990"
        form[.question] = "Bijstand"
        let edit = try XCTUnwrap(app.model.run(RecordMelding(form, draftId: nil)))
        let id = edit.changes[0].recordId
        XCTAssertNotNil(try app.reopenedData().meldingen[id])
        app.model.undo(client: nil)
        XCTAssertTrue(app.model.status?.text.hasPrefix("ongedaan gemaakt") ?? false, app.model.status?.text ?? "")
        XCTAssertNil(app.model.data.meldingen[id])
        XCTAssertNil(try app.reopenedData().meldingen[id])
        app.model.redo(client: nil)
        XCTAssertNotNil(try app.reopenedData().meldingen[id])
    }
}

final class KeysFileTests: XCTestCase {
    private func keyMap(_ text: String) throws -> (KeyMap, [String]) {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("wb-keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        try FileManager.default.createDirectory(at: config.appendingPathComponent("werkbank"), withIntermediateDirectories: true)
        try text.write(to: config.appendingPathComponent("werkbank/keys.conf"), atomically: true, encoding: .utf8)
        var warnings: [String] = []
        let map = Workbench.loadKeyMap(environment: ["XDG_CONFIG_HOME": config.path], warnings: &warnings)
        return (map, warnings)
    }

    func testAGlobalCommandBoundInTheCaseloadScopeRunsThere() throws {
        let (map, warnings) = try keyMap("caseload j global.search\n")
        XCTAssertEqual(warnings, [])
        let app = try AppHarness(user: "mvdberg")
        let root = RootView(model: app.model, keyMap: map, makeScreen: RootView.screen(for:root:))
        root.goHome()
        XCTAssertEqual(root.command(for: .char("j"))?.name, "global.search")
        XCTAssertTrue(root.handle(.key(.char("j"))))
        XCTAssertTrue(root.top?.capturesText == true, "j started the search")
    }

    func testAMistakeInTheKeysFileIsReportedInDutchWithFileAndLine() throws {
        let (map, warnings) = try keyMap("# eigen toetsen\ncaseload jj global.search\n")
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].hasSuffix("keys.conf:2: onbekende toets 'jj' (standaardtoetsen gebruikt)"), warnings[0])
        XCTAssertEqual(map.command(for: .function(3), in: "caseload")?.name, "global.search", "defaults stay")
    }
}

final class ThemeOptionTests: XCTestCase {
    func testAnUnknownThemeFallsBackWithADutchWarning() {
        var warnings: [String] = []
        XCTAssertNil(Workbench.loadTheme("bestaatniet", environment: [:], warnings: &warnings))
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].contains("thema 'bestaatniet' bestaat niet (standaardthema gebruikt)"), warnings[0])
    }

    func testAShippedThemeLoads() {
        var warnings: [String] = []
        XCTAssertEqual(Workbench.loadTheme("hoog-contrast", environment: [:], warnings: &warnings)?.name, "hoog-contrast")
        XCTAssertEqual(warnings, [])
    }
}
