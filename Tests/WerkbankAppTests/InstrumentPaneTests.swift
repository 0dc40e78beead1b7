import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

final class InstrumentPaneTests: XCTestCase {
    private let trialPlacement = InstrumentCatalogue.ID.trialPlacement

    func testIneligibleInstrumentShowsItsReasonAndCannotBeDeployed() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.ownClient { $0.ladderPosition.current == .socialContacts }
        app.openDossier(client.id, tab: "dossier-instruments")
        app.selectInstrument(InstrumentCatalogue.ID.wageSubsidy, for: client)
        app.assertShows("✗ niet inzetbaar voor \(client.listName):")
        app.assertShows("alleen voor trede 5-6 (nu trede 2)")
        XCTAssertTrue(app.lines(containing: "Loonkostensubsidie").contains { $0.hasPrefix(" ✗ ") }, app.screen)

        app.press(.enter)
        app.assertShows("Loonkostensubsidie kan niet worden ingezet: alleen voor trede 5-6 (nu trede 2)")
        app.assertHides("Loonkostensubsidie inzetten")
        XCTAssertFalse(app.root.top?.capturesText ?? true)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.deployments, client.deployments)
    }

    func testTrialPlacementLongerThanThreeMonthsIsRefused() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.trialPlacementCandidate()
        app.openDossier(client.id, tab: "dossier-instruments")
        app.selectInstrument(trialPlacement, for: client)
        app.press(.enter)
        app.assertShows("Proefplaatsing inzetten · \(client.listName)")
        app.assertShows("22-02-2027")
        app.press(.backTab, .backTab, .backTab, .ctrl("u"))   // from the employer (the empty required field) to the end
        app.type("01032027")
        app.press(.tab, .tab, .tab, .down)
        app.press(.ctrl("s"))
        app.assertShows("Proefplaatsing duurt maximaal 3 maanden: uiterlijk t/m 22-02-2027")
        app.press(.escape)
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.deployments, client.deployments)
    }

    func testValidDeploymentNeedsAnEmployerAndPersists() throws {
        let app = try AppHarness(user: "mvdberg")
        let client = try app.trialPlacementCandidate()
        app.openDossier(client.id, tab: "dossier-instruments")
        app.selectInstrument(trialPlacement, for: client)
        app.press(.enter)
        app.press(.backTab, .backTab, .backTab, .ctrl("u"))
        app.type("15022027")
        app.press(.tab)
        app.type("24")
        app.press(.ctrl("s"))
        app.assertShows("verplicht: vul dit in")   // the employer: no "geen werkgever" to choose

        app.press(.down)
        app.press(.ctrl("s"))
        app.assertShows("opgeslagen: Proefplaatsing ingezet vanaf 23-11-2026 t/m 15-02-2027")
        let row = try XCTUnwrap(app.lines(containing: "Proefplaatsing").first { $0.contains("15-02-2027") }, app.screen)
        XCTAssertTrue(row.contains("23-11-2026") && row.contains("actief") && row.contains("24"), row)

        let saved = try XCTUnwrap(try app.reopenedData().clients[client.id]?.deployments.last)
        let firstEmployer = try XCTUnwrap(app.model.data.employers.values.min { ($0.name, $0.id) < ($1.name, $1.id) })
        XCTAssertEqual(saved.instrumentId, trialPlacement)
        XCTAssertEqual(saved.end, Day(year: 2027, month: 2, day: 15))
        XCTAssertEqual(saved.hoursPerMonth, 24)
        XCTAssertEqual(saved.employerId, firstEmployer.id)
        XCTAssertEqual(saved.by, "mvdberg")

        app.press(.char("w"), .char("x"))
        app.assertShows("Proefplaatsing beëindigen · \(client.listName)")
        app.press(.tab, .ctrl("u"))
        app.type("01122026")
        app.press(.ctrl("s"))
        app.assertShows("opgeslagen: Proefplaatsing beëindigd per 01-12-2026")
        XCTAssertEqual(try app.reopenedData().clients[client.id]?.deployments.last?.end, Day(year: 2026, month: 12, day: 1))
    }

    func testExpiringListShowsADeploymentEndingWithin30DaysAndOpensTheDossier() throws {
        let app = try AppHarness(user: "mvdberg")
        var client = try app.ownClient { _ in true }
        let deployment = InstrumentDeployment(id: client.id + "-test", instrumentId: InstrumentCatalogue.ID.volunteering,
                                              start: AppHarness.today.adding(days: -60), end: AppHarness.today.adding(days: 12))
        client.deployments.append(deployment)
        try app.seed([.putClient(client)], subject: client.id)

        app.press(.function(6))
        app.assertHides("loopt af over 12 dagen")
        app.press(.char("l"))
        let line = try XCTUnwrap(app.lines(containing: client.listName).first { $0.contains("Vrijwilligerswerk") }, app.screen)
        XCTAssertTrue(line.contains("loopt af over 12 dagen") && line.contains("05-12-2026"), line)

        let mine = app.model.data.clients.values.filter { $0.coach == "mvdberg" }
        let items = ExpiringDeployments.items(clients: mine, instruments: app.model.data.instruments, today: AppHarness.today)
        let position = try XCTUnwrap(items.firstIndex { $0.deployment.id == deployment.id })
        for _ in 0..<position { app.press(.down) }
        app.press(.enter)
        let dossier = try XCTUnwrap(app.root.top as? DossierScreen)
        XCTAssertEqual(dossier.clientId, client.id)
        XCTAssertEqual(dossier.scopes.first, "dossier-instruments")
    }

    func testCatalogueJudgesTheCaseloadSelectionAndFitsIn80By24() throws {
        let app = try AppHarness(user: "mvdberg", width: 80, height: 24)
        let selected = try XCTUnwrap((app.root.top as? CaseloadScreen)?.selectedClientId.flatMap(app.model.client))
        app.press(.function(6))
        app.assertShows("Klant: \(selected.listName) (\(selected.id))")
        app.root.show(FakeCaseload(query: CaseloadQuery(scope: .coach("mvdberg")), selectedClientId: nil))
        app.press(.function(6))
        app.assertShows("Geen klant gekozen")
        app.assertHides("✓")

        let client = try app.ownClient { $0.ladderPosition.current == .socialContacts }
        app.root.show(FakeCaseload(query: CaseloadQuery(scope: .coach("mvdberg")), selectedClientId: client.id))
        app.press(.function(6))
        let eligible = InstrumentEligibility.options(catalogue: app.model.data.instruments, for: client, on: AppHarness.today)
            .filter(\.eligibility.isEligible).count
        app.assertShows("Klant: \(client.listName) (\(client.id)) · trede 2 · \(eligible) van 14 inzetbaar")
        for label in ["Instrument", "Voor", "Max.", "Kosten", "Treden", "Loopt af ("] { app.assertShows(label) }
        XCTAssertTrue(app.line(23).contains("F1"), app.screen)

        app.openDossier(client.id, tab: "dossier-instruments")
        for label in ["Inzet:", "Instrumentenkoffer · \(eligible) van 14 inzetbaar", "Enter inzetten"] { app.assertShows(label) }
    }
}

extension AppHarness {
    /// A client of the user who may get a proefplaatsing today (rung 4-6, a running benefit, none active).
    func trialPlacementCandidate() throws -> Client {
        let instrument = try XCTUnwrap(model.data.instruments[InstrumentCatalogue.ID.trialPlacement])
        return try ownClient { InstrumentEligibility.evaluate(instrument, for: $0, on: AppHarness.today).isEligible }
    }

    /// Moves the koffer's cursor in the Instrumenten tab to `instrumentId`.
    func selectInstrument(_ instrumentId: String, for client: Client) {
        let options = InstrumentEligibility.options(catalogue: model.data.instruments, for: client, on: AppHarness.today)
        guard let index = options.firstIndex(where: { $0.instrument.id == instrumentId }) else {
            return XCTFail("\(instrumentId) not in the catalogue")
        }
        for _ in 0..<index { press(.down) }
    }
}
