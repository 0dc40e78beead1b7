import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Golden whole screens: every screen at 80×24 and 200×60, in Dutch and English, as the role that
/// normally sees it, kept in Tests/WerkbankAppTests/Golden/<screen>.<cols>x<rows>.<lang>.txt and
/// compared whole (see `GoldenFile`). Demo data (fixed seed, today 23-11-2026) and a fixed
/// message time make every screen reproducible.
///
/// One harness per user and language is reused: before each screen it goes home, closes any
/// overlay and takes the size, then the scenario's keys reach the screen. Scenarios run in list
/// order, so one that changes data (the intake wizard grants an aanvraag) comes after the
/// screens it would change; `fresh` scenarios get a harness of their own. Add a screen by adding
/// a `Scenario` and recording.
///
/// A screen changed on purpose? Re-record every golden file with one command and review the diff:
///
///     WERKBANK_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests
final class GoldenScreenTests: XCTestCase {
    /// How to reach one screen from the user's home screen (drawn at the size already set).
    struct Scenario: Sendable {
        var name: String
        var user: String
        /// A new harness of its own: the screen shows session state (the picker, the message log).
        var fresh = false
        var sizes = GoldenScreenTests.sizes
        var reach: @Sendable (AppHarness) throws -> Void
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 200, height: 60)]
    static let coach = "mvdberg", intaker = "hscholten", supervisor = "gwolbers"
    /// One dataset for every harness (generated once).
    static let dataset = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 200, today: AppHarness.today).generate()

    func testEveryScreenAtBothSizesInBothLanguages() throws {
        defer { Language.current = .nl }   // the other tests read Dutch
        for language in Language.allCases {
            var harnesses: [String: AppHarness] = [:]
            for scenario in Self.scenarios {
                for size in scenario.sizes {
                    let app: AppHarness
                    if scenario.fresh {
                        app = try Self.harness(scenario.user, language: language, size: size)
                    } else if let existing = harnesses[scenario.user] {
                        app = existing
                    } else {
                        app = try Self.harness(scenario.user, language: language, size: size)
                        harnesses[scenario.user] = app
                    }
                    Language.current = language
                    if !scenario.fresh {
                        app.root.dismissOverlay()
                        app.root.goHome()
                        app.model.status = nil
                        app.resize(width: size.width, height: size.height)
                    }
                    try scenario.reach(app)
                    app.application.redraw()
                    GoldenFile.assert(app.screen, named: "\(scenario.name).\(size.width)x\(size.height).\(language.rawValue)")
                }
            }
        }
    }

    private static func harness(_ user: String, language: Language, size: Size) throws -> AppHarness {
        let app = try AppHarness(user: user, login: "werkbank-test", dataset: dataset, width: size.width, height: size.height,
                                 language: language)
        app.model.statusLog.clock = { "09:30:00" }
        return app
    }

    // MARK: scenarios

    static let scenarios: [Scenario] = shell + caseload + dossier + work + dashboard + intake

    static let shell: [Scenario] = [
        Scenario(name: "user-picker", user: "onbekend", fresh: true) { _ in },
        Scenario(name: "help", user: coach) { $0.press(.function(1)) },
        Scenario(name: "palette", user: coach) { $0.type(":") },
        Scenario(name: "message-log", user: coach, fresh: true) { app in
            app.openDossier(try app.someClient().id)
            app.type("n")
            app.type("Gebeld over de sollicitatie")
            app.press(.ctrl("s"))
            app.root.run("global.messages")
        },
        Scenario(name: "too-small", user: coach, sizes: [Size(width: 60, height: 20)]) { _ in },
    ]

    static let caseload: [Scenario] = [
        Scenario(name: "caseload", user: coach) { _ in },
        // The preview beside the list shows from 120 columns (so at 200×60): a client uit beeld.
        Scenario(name: "caseload-preview", user: coach) { $0.press(.down, .down, .down, .down, .down) },
        Scenario(name: "caseload-filter", user: coach) { $0.type("f") },
        Scenario(name: "caseload-search", user: coach) { app in
            app.type("/")
            app.type("de")
        },
    ]

    /// The dossier tabs in their order (number keys 1–7).
    static let dossierTabs = ["overzicht", "ladder", "instrumenten", "plan", "notities", "plaatsingen", "historie"]

    static let dossier: [Scenario] = dossierTabs.enumerated().map { index, tab in
            Scenario(name: "dossier-\(index + 1)-\(tab)", user: coach) { app in
                app.openDossier(try app.someClient().id)
                app.type("\(index + 1)")
            }
        } + [("note", "n", false), ("action", "a", false), ("rung", "r", false), ("rung", "r", true), ("action", "a", true)]
            .map { form, key, refused in
                // Refused: saved empty, the validation messages under the fields and in the footer.
                Scenario(name: "dossier-\(form)-form" + (refused ? "-refused" : ""), user: coach) { app in
                    app.openDossier(try app.someClient().id)
                    app.type(key)
                    if refused { app.press(.ctrl("s")) }
                }
            } + [
            Scenario(name: "dialog-discard", user: coach) { app in
                app.openDossier(try app.someClient().id)
                app.type("n")
                app.type("Half getypt")
                app.press(.escape)
            },
            Scenario(name: "reason-dialog", user: coach) { app in
                let other = try XCTUnwrap(app.model.data.clients.values.filter { $0.coach != coach }.min { $0.id < $1.id })
                app.root.openDossier(other.id)
            },
        ]

    static let work: [Scenario] = [
        Scenario(name: "ladder", user: coach) { $0.press(.function(5)) },
        Scenario(name: "instruments", user: coach) { $0.press(.function(6)) },
        Scenario(name: "vacancies", user: coach) { $0.press(.function(7)) },
        Scenario(name: "vacancy-candidates", user: coach) { $0.press(.function(7), .enter) },
        Scenario(name: "employers", user: coach) { $0.press(.function(7), .char("w")) },
        Scenario(name: "employer-desk", user: coach) { $0.press(.function(7), .char("d")) },
        Scenario(name: "agenda", user: coach) { $0.press(.function(9)) },
    ]

    static let dashboard: [Scenario] = [
        Scenario(name: "dashboard-overview", user: supervisor) { _ in },
        Scenario(name: "dashboard-report", user: supervisor) { $0.type("1") },
        Scenario(name: "drilldown", user: supervisor) { $0.press(.down, .right, .right, .enter) },
    ]

    static let intake: [Scenario] = [
        Scenario(name: "intake-home", user: intaker) { _ in },
        Scenario(name: "intake-form-first-step", user: intaker) { try openIntakeWizard($0) },
        // PgDn checks the step before moving on: the empty required fields are named.
        Scenario(name: "intake-form-first-step-refused", user: intaker) { app in
            try openIntakeWizard(app)
            app.press(.pageDown)
        },
        Scenario(name: "intake-form-last-step", user: intaker) { app in
            try openIntakeWizard(app)
            app.press(.ctrl("o"))
        },
    ]

    /// The intake wizard as an intaker reaches it: Enter on a client whose intake is to do (as
    /// the intake list does); the first time the oldest aanvraag is granted first (besluit form,
    /// Ctrl-S) and "Nu de intake doen?" answered with Enter.
    static func openIntakeWizard(_ app: AppHarness) throws {
        let items = IntakeOverview.items(app.model.data, today: app.model.today)
        if let item = items.first(where: { $0.status == .intake }), let client = item.clientId.flatMap({ app.model.client($0) }) {
            app.root.push(IntakeFormScreen(root: app.root, form: IntakeRecords.intakeForm(for: client, meldingId: item.meldingId)))
        } else {
            let item = try XCTUnwrap(items.first { $0.status == .application })
            let melding = try XCTUnwrap(app.model.data.meldingen[item.meldingId])
            var form = IntakeHomeScreen.decisionForm(for: melding)
            form[.decision] = Decision.granted.code
            form[.decisionDate] = app.model.today.dutch
            form[.decisionReason] = "recht vastgesteld"
            app.root.push(IntakeFormScreen(root: app.root, form: form))
            app.press(.ctrl("s"))
            app.press(.enter)
        }
        XCTAssertEqual((app.root.top as? IntakeFormScreen)?.form.kind, .intake, app.screen)
    }
}
