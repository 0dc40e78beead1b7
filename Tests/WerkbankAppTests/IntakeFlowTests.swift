import Foundation
import Synchronization
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// An intaker types a whole path key by key: melding, aanvraag en besluit, intake wizard.
final class IntakeFlowTests: XCTestCase {
    /// A BSN that passes the elfproef and is nobody's in `data`.
    static func freeBSN(in data: Dataset) -> String {
        let used = Set(data.clients.values.compactMap(\.bsn))
        return ["367418253", "209494177", "762984594"].first { BSN.isValid($0) && !used.contains($0) } ?? ""
    }

    /// The November 2026 preventie counts as `werkbank report preventie` prints them.
    static func preventieNovember(_ directory: URL) throws -> [String: Int] {
        let output = Mutex("")
        let code = CLI.main(["report", "preventie", "--from", "2026-11", "--to", "2026-11", "--format", "json",
                             "--data", directory.path, "--lang", "nl"],
                            environment: ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_USER": "hscholten"], output: TextOutput { text in output.withLock { $0 += text } },
                            errors: TextOutput { _ in }, isTerminal: false)
        XCTAssertEqual(code, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.withLock { $0 }.utf8)) as? [String: Any])
        let month = try XCTUnwrap((json["maanden"] as? [[String: Any]])?.first)
        return month.compactMapValues { $0 as? Int }
    }

    func testCompleteIntakeFromMeldingToCoach() throws {
        let app = try AppHarness(user: "hscholten", clients: 200)
        let bsn = IntakeFlowTests.freeBSN(in: app.model.data)
        let before = try IntakeFlowTests.preventieNovember(app.directory)
        app.assertShows("n nieuwe melding")

        // Melding: a wrong BSN is refused, names corrected with Backspace.
        app.type("n")
        app.assertShows("datum melding *  23-11-2026")
        app.press(.backTab)    // the form opens on the first empty required field (voornaam); back to the BSN
        app.type("123456789")
        app.assertShows("BSN 123456789 klopt niet (elfproef)")
        app.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        app.type(bsn)
        app.assertHides("klopt niet")
        app.press(.tab)
        app.type("Jna")
        app.press(.backspace, .backspace)
        app.type("an")
        app.press(.tab)
        app.type("de")
        app.press(.tab)
        app.type("Vries")
        app.press(.tab)
        app.type("01022002")
        app.assertShows("zoektijd (4 weken) tot 21-12-2026")
        app.press(.tab)
        app.type("b")          // balie: the only option with a b, the cursor moves on
        app.type("geen inkomen meer")
        app.press(.ctrl("s"))
        let meldingId = try XCTUnwrap(app.model.data.meldingen.values.first { $0.bsn == bsn }?.id)
        XCTAssertEqual(app.model.status?.text, "opgeslagen: melding \(meldingId): Jan de Vries")
        XCTAssertEqual(app.model.data.meldingen[meldingId]?.name, "Jan de Vries")

        // Aanvraag en besluit: early application needs a reason, decision not before application.
        app.press(.end, .enter)
        app.assertShows("Melding \(meldingId) van 23-11-2026 · Jan de Vries")
        let decisionForm = try XCTUnwrap(app.root.top as? IntakeFormScreen)
        while decisionForm.view.focusedField != .applicationDate { app.press(.backTab) }
        app.type("23112026")
        app.press(.tab)
        app.assertShows("reden vroege aanvraag *")
        app.assertShows("Beslissen uiterlijk 18-01-2027 (beslistermijn 8 weken; nog 56 dagen)")
        app.type("dakloos")
        app.press(.tab, .tab)
        app.type("t")          // toegekend, and on to the decision date
        app.assertHides("Beslissen uiterlijk")   // decided: no deadline any more
        app.type("22112026")
        app.assertShows("besluit 22-11-2026 ligt voor de aanvraag 23-11-2026")
        app.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        app.type("23112026")
        app.assertHides("ligt voor de aanvraag")
        app.press(.tab)
        app.type("recht vastgesteld")
        app.press(.ctrl("s"))
        app.assertShows("De uitkering van Jan de Vries is toegekend.")
        let clientId = try XCTUnwrap(app.model.data.meldingen[meldingId]?.clientId)
        app.type("j")

        // The wizard, step by step.
        app.assertShows("1 Persoon")
        app.assertShows("\(clientId) · Jan de Vries · 24 jaar · uitkering vanaf 23-11-2026")
        app.type("7551ab")     // the step opens on its first empty required field, the postcode
        app.press(.tab)
        app.type("Marktstraat 1")
        app.press(.tab, .tab)
        app.type("jan@example.nl")
        app.press(.tab)
        app.type("a")
        app.press(.pageDown)
        app.assertShows("2 Opleiding")
        app.type("m")
        app.press(.tab)
        app.type("magazijn")
        app.press(.tab)
        app.type("b")
        app.press(.tab)
        app.type(" ")
        app.press(.tab)
        app.type("VCA")
        app.press(.pageDown)
        app.type(" ")
        app.press(.down, .down)
        app.type(" ")
        app.press(.pageDown)
        app.assertShows("Afgeleid uit de leeftijd (24 jaar): jongere < 27")
        app.press(.tab, .tab, .tab)
        app.type(" ")
        app.press(.pageDown)
        app.type("a")
        app.press(.pageDown)
        app.assertShows("De treden van de participatieladder:")
        app.type("2")          // a rung number settles the choice and moves on
        app.type("4")
        app.type("01062027")
        app.press(.pageDown)
        app.type(" ")
        app.press(.down)
        app.type(" ")
        app.press(.pageDown)
        app.assertShows("klanten  t0")
        app.press(.enter)
        app.assertShows("9 Overzicht")
        app.assertShows("Alles is ingevuld.")
        XCTAssertEqual(try app.reopenedData().drafts.count, 1, "step changes keep a draft")
        app.press(.ctrl("s"))
        app.assertShows("Intake")
        let status = app.model.status?.text ?? ""
        XCTAssertTrue(status.hasPrefix("opgeslagen: ") && status.contains("starttrede 2") && status.contains("verwachte trede 4 per 01-06-2027"), status)

        let data = try app.reopenedData()
        let client = try XCTUnwrap(data.clients[clientId])
        XCTAssertEqual(client.bsn, bsn)
        XCTAssertEqual([client.firstName, client.infix, client.lastName], ["Jan", "de", "Vries"])
        XCTAssertEqual(client.postcode, "7551 AB")
        XCTAssertEqual(client.education, .mbo1)
        XCTAssertEqual(client.languageLevel, .b1)
        XCTAssertTrue(client.drivingLicence)
        XCTAssertEqual(client.certificates, ["VCA"])
        XCTAssertEqual(client.barriers, [.education, .psychological])
        XCTAssertEqual(client.targetGroups, [.youth, .jobAgreement])
        XCTAssertEqual(client.workObligation, .imposed)
        XCTAssertEqual(client.benefits.map(\.start), [AppHarness.today])
        XCTAssertEqual(client.ladderPosition.start?.rung, .socialContacts)
        XCTAssertEqual(client.ladderPosition.start?.by, "hscholten")
        XCTAssertEqual(client.ladderPosition.expected?.rung, .unpaidWork)
        XCTAssertEqual(client.ladderPosition.expected?.targetDate, Day(year: 2027, month: 6, day: 1))
        XCTAssertEqual(client.routes, [.workCapacityAssessment, .medicalAdvice])
        XCTAssertEqual(client.coach, "ayilmaz")
        XCTAssertTrue(data.drafts.isEmpty, "completing removes the draft")
        let history = try app.store.history(of: clientId).map { ChangeText.describe($0, data: data) }
        XCTAssertEqual(history.count, 2)
        XCTAssertEqual(history.first, "melding \(meldingId): aanvraag — → 23-11-2026, besluit — → toegekend 23-11-2026; klant \(clientId) (Jan de Vries) aangemaakt")
        XCTAssertTrue(history.last?.contains("starttrede 2") ?? false, history.last ?? "")

        let after = try IntakeFlowTests.preventieNovember(app.directory)
        XCTAssertEqual(after["meldingen"], (before["meldingen"] ?? 0) + 1)
        XCTAssertEqual(after["aanvragen"], (before["aanvragen"] ?? 0) + 1)
        XCTAssertEqual(after["toegekend"], (before["toegekend"] ?? 0) + 1)
    }

    func testMeldingForAnExistingBSNOffersTheExistingClient() throws {
        let app = try AppHarness(user: "hscholten", clients: 200)
        let existing = try XCTUnwrap(app.model.data.clients.values.filter { $0.bsn != nil }.min { $0.id < $1.id })
        app.type("n")
        app.press(.backTab)
        app.type(try XCTUnwrap(existing.bsn))
        app.assertShows("Bestaande klant gevonden: \(existing.listName) (\(existing.id)")
        app.type("j")
        app.assertShows("Gekoppeld aan bestaande klant \(existing.id)")
        app.assertShows("voornaam *       \(existing.firstName)")
        app.press(.tab, .tab, .tab, .tab, .tab)
        app.type("t")
        app.type("opnieuw bijstand")
        app.press(.ctrl("s"))
        let saved = try app.reopenedData().meldingen.values.filter { $0.question == "opnieuw bijstand" }
        XCTAssertEqual(saved.map(\.clientId), [existing.id])
        let entry = try XCTUnwrap(try app.store.history(of: existing.id).last)
        XCTAssertTrue(ChangeText.describe(entry, data: app.model.data).hasPrefix("melding M"))
    }

    func testDeclinedNameMatchIsAskedOnceAndNotLinked() throws {
        let app = try AppHarness(user: "hscholten", clients: 200)
        let existing = try XCTUnwrap(app.model.data.clients.values.filter { $0.birthDate != nil && $0.infix.isEmpty }.min { $0.id < $1.id })
        app.type("n")          // opens on voornaam
        app.type(existing.firstName)
        app.press(.tab, .tab)
        app.type(existing.lastName)
        app.press(.tab)
        app.type(try XCTUnwrap(existing.birthDate).dutch.filter(\.isNumber))
        app.assertShows("Bestaande klant gevonden: \(existing.listName)")
        XCTAssertTrue(app.root.hasOverlay)
        app.type("n")
        app.assertHides("koppelen?")
        app.assertShows("Mogelijk bestaande klant \(existing.id)")
        app.press(.tab)
        app.assertHides("Bestaande klant gevonden")
    }

    func testDraftIsKeptOnTickAndEscAsksBeforeDiscarding() throws {
        let app = try AppHarness(user: "hscholten", clients: 50)
        app.type("n")
        app.press(.escape)
        app.assertHides("Formulier sluiten")
        app.assertShows("n nieuwe melding")
        app.type("n")
        app.type("Fatima")
        for _ in 0..<IntakeFormScreen.autosaveTicks { app.send(.tick) }
        let draft = try XCTUnwrap(app.reopenedData().drafts.values.first)
        XCTAssertEqual(draft.user, "hscholten")
        XCTAssertEqual(draft.kind, "melding")
        XCTAssertEqual(draft.fields["voornaam"], "Fatima")

        app.press(.escape)
        app.assertShows("Formulier sluiten")
        app.press(.escape)
        app.assertShows("voornaam *       Fatima")
        app.press(.escape)
        app.type("w")
        app.assertShows("n nieuwe melding")
        XCTAssertTrue(try app.reopenedData().drafts.isEmpty, "discarding removes the draft")
    }

    func testDraftIsListedOnTheIntakeHomeAndOfferedAtStart() throws {
        let app = try AppHarness(user: "hscholten", clients: 50)
        app.type("n")
        app.type("Fatima")
        app.press(.escape)
        app.type("c")
        app.assertShows("concept melding")
        app.assertShows("Fatima")

        // A restart on the same data: the draft is offered and resumes where it was.
        let root = Workbench.makeRoot(model: app.model, requestedUser: "hscholten", keyMap: KeyMap(commands: AppCommands.all))
        let backend = HeadlessBackend(size: Size(width: 100, height: 30))
        var options = Application.Options()
        options.tickInterval = nil
        let restarted = Application(root: root, backend: backend, options: options)
        try restarted.start()
        defer { restarted.stop() }
        restarted.redraw()
        XCTAssertTrue(backend.screen.text.contains("Concept hervatten"), backend.screen.text)
        XCTAssertTrue(backend.screen.text.contains("(melding: Fatima)"), backend.screen.text)
        restarted.dispatch(.key(.char("j")))
        restarted.redraw()
        XCTAssertTrue(backend.screen.text.contains("voornaam *       Fatima"), backend.screen.text)
    }
}
