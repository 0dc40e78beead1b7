import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// The small things people notice: confirmations, status messages and their log, plural
/// forms, whole dashboard headers, the licht theme's own background, the monochrome bar.
final class PolishScreenTests: XCTestCase {
    func testConfirmationsShowJaNeeAndDefaultByIntent() throws {
        let app = try AppHarness(user: "mvdberg")
        var answers: [String] = []
        app.root.confirm(title: "Concept hervatten", message: "Concept hervatten?", defaultYes: true) { answers.append("hervat") }
        app.application.redraw()
        app.assertShows("[J]a / [N]ee")
        app.press(.enter)
        XCTAssertEqual(answers, ["hervat"], "Enter takes Ja for a question that carries on")
        app.root.confirm(title: "Concept weggooien", message: "Het concept weggooien?") { answers.append("weg") }
        app.press(.enter)
        XCTAssertEqual(answers, ["hervat"], "Enter takes Nee for a question that throws away")
        XCTAssertFalse(app.root.hasOverlay)
        app.root.confirm(title: "Concept weggooien", message: "Het concept weggooien?") { answers.append("weg") }
        app.press(.escape)
        XCTAssertEqual(answers, ["hervat"], "Esc is Nee")
        app.root.confirm(title: "Concept weggooien", message: "Het concept weggooien?") { answers.append("weg") }
        app.type("j")
        XCTAssertEqual(answers, ["hervat", "weg"], "J answers Ja")
        app.root.confirm(title: "Concept hervatten", message: "Concept hervatten?", defaultYes: true) { answers.append("hervat") }
        app.type("n")
        XCTAssertEqual(answers, ["hervat", "weg"], "N answers Nee")
        XCTAssertFalse(app.root.hasOverlay)
    }

    func testStatusMessageNamesItsClientAndIsClearedOnAnotherClient() throws {
        let app = try AppHarness(user: "mvdberg")
        let clients = app.model.data.clients(of: "mvdberg").sorted { $0.id < $1.id }
        let (first, second) = (clients[0], clients[1])
        app.openDossier(first.id)
        app.model.status = StatusMessage("opgeslagen: actie gedaan", severity: .success)
        app.send(.tick)
        app.assertShows("opgeslagen: actie gedaan — \(first.listName)")
        app.openDossier(second.id)
        app.send(.tick)
        app.assertHides("opgeslagen: actie gedaan")
        XCTAssertNil(app.model.status)
        app.model.status = StatusMessage("opgeslagen: notitie", severity: .success)
        app.send(.tick)
        app.assertShows("opgeslagen: notitie — \(second.listName)")
        app.press(.escape)
        app.assertHides("opgeslagen: notitie")
    }

    func testMessageLogKeepsTheLastFiftyNewestFirst() throws {
        let app = try AppHarness(user: "mvdberg", width: 120, height: 60)
        for number in 1...60 { app.model.status = StatusMessage("bericht nummer \(number).") }
        XCTAssertEqual(app.model.statusLog.entries.count, 50)
        app.press(.char(":"))
        app.type("Berichten")
        app.press(.enter)
        XCTAssertTrue(app.root.top is MessageLogScreen, app.screen)
        app.assertShows("50 berichten (de laatste 50)")
        let shown = app.lines(containing: "bericht nummer")
        XCTAssertTrue(shown.first?.contains("bericht nummer 60.") ?? false, app.screen)
        app.assertShows("bericht nummer 11.")
        app.assertHides("bericht nummer 10.")
        app.press(.escape)
        XCTAssertFalse(app.root.top is MessageLogScreen)
    }

    func testCountsMeetTheirNounInTheRightForm() {
        XCTAssertEqual(appText("caseload.count", 1), "1 klant")
        XCTAssertEqual(appText("caseload.count", 2), "2 klanten")
        XCTAssertEqual(appText("caseload.count_of", 1, 1), "1 van 1 klant")
        XCTAssertEqual(appText("intake.home.hint", 1, 2, 1, 0), "1 melding · 2 aanvragen · 1 intake · 0 concepten")
        XCTAssertEqual(appText("intake.incomplete", 1), "niet opgeslagen: 1 veld klopt nog niet")
        XCTAssertEqual(coreText("exchange.rejected_rows", 1), "1 regel afgewezen")
        XCTAssertEqual(appStrings.text("caseload.count", ["1"], language: .en), "1 client")
        XCTAssertEqual(appStrings.text("caseload.count", ["3"], language: .en), "3 clients")
        XCTAssertEqual(appText("dossier.edit_title", "{0|x|y}"), "{0|x|y} bewerken", "typed text is never rewritten")
    }

    func testDashboardHeadersAreWholeWhenThereIsRoom() throws {
        let app = try AppHarness(user: "gwolbers", clients: 200, width: 200, height: 60)
        app.press(.function(8))
        app.press(.char("1"))   // Bestand (F8 opens on the overview)
        app.assertShows("Instroom > 1 mnd")
        app.assertShows("Instroom < 1 mnd")
        app.assertHides("Instroom > 1…")
    }

    func testLichtThemeSetsItsOwnBackgroundOnEveryCell() throws {
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes")
        let library = ThemeLibrary(directories: [themes])
        let licht = try library.load("licht")
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        app.press(.char(":"))
        let screen = app.backend.screen
        for y in 0..<24 {
            for x in 0..<80 {
                let look = licht.resolve(screen[x, y].style)
                XCTAssertNotEqual(look.background, ThemeColor.terminalDefault, "cell \(x),\(y) falls through to the terminal's background")
                XCTAssertNotEqual(look.foreground, look.background, "cell \(x),\(y) is unreadable")
            }
        }
    }

    func testMonochromeFunctionBarKeepsItsSpaces() throws {
        for width in [80, 200] {
            let app = try AppHarness(user: "mvdberg", width: width, height: 24)
            let bar = app.line(23)
            let screen = app.backend.screen
            for key in ["F2", "F3", "F9", "F10"] {
                let x = try XCTUnwrap(bar.range(of: key).map { bar.distance(from: bar.startIndex, to: $0.lowerBound) }, bar)
                let before = Theme.zwartWit.resolve(screen[x - 1, 23].style)
                let label = Theme.zwartWit.resolve(screen[x + key.count, 23].style)
                XCTAssertTrue(label.attributes.contains(.reverse), "labels are reversed: \(bar)")
                if screen[x - 1, 23].symbol == " " {
                    XCTAssertFalse(before.attributes.contains(.reverse), "the gap before \(key) is a visible space at \(width): \(bar)")
                }
            }
            XCTAssertTrue(bar.contains("hulp  F2"), bar)
            XCTAssertFalse(Theme.zwartWit.resolve(screen[width - 1, 23].style).attributes.contains(.reverse), "the rest of the bar is plain")
        }
    }
}

final class PickerWrapTests: XCTestCase {
    func testPickerInstructionWrapsAt80Columns() throws {
        let app = try AppHarness(user: "onbekend", width: 80, height: 24)
        app.assertHides("…")
        let words = appText("shell.pick_user_intro", CLI.osUserName([:])).split(separator: " ").suffix(2).joined(separator: " ")
        XCTAssertTrue(app.screen.replacingOccurrences(of: "\n ", with: " ").contains(words), app.screen)
        app.assertShows("M. van den Berg  (mvdberg, werkcoach)")
    }
}
