import XCTest
@testable import WerkbankCore

/// The built-in demo directory, written through the store.
final class DemoDataTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-demo-test-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testEnsureDirectoryCreatesTheDemoOnceAndTheStoreReadsBackTheGeneratedData() throws {
        let directory = root.appendingPathComponent("werkbank/demo")
        XCTAssertTrue(try DemoData.ensureDirectory(at: directory, today: DemoFixture.today))
        let snapshot = directory.appendingPathComponent(Snapshot.fileName)
        let written = try Data(contentsOf: snapshot)
        XCTAssertFalse(try DemoData.ensureDirectory(at: directory, today: DemoFixture.today.adding(days: 1)))
        XCTAssertEqual(try Data(contentsOf: snapshot), written, "an existing demo is left alone")

        let store = try Store.open(directory, user: "test", readOnly: true)
        defer { store.close() }
        let expected = DemoGenerator(seed: DemoData.seed, clients: DemoData.clientCount, today: DemoFixture.today).generate()
        XCTAssertEqual(store.data.clients.count, 2_000)
        XCTAssertEqual(store.data, expected)
        XCTAssertEqual(Set(store.data.instruments.keys), Set(InstrumentCatalogue.standard.map(\.id)))
    }

    func testEnsureDirectoryRefusesADirectoryWithOtherFiles() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let other = root.appendingPathComponent("notities.txt")
        try Data("eigen bestand".utf8).write(to: other)
        XCTAssertThrowsError(try DemoData.ensureDirectory(at: root, today: DemoFixture.today)) { error in
            XCTAssertTrue(error is WerkbankError, "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["notities.txt"])
    }
}

/// The standard instrumentenkoffer: the rules DOMAIN.md gives for each instrument.
final class DemoInstrumentCatalogueTests: XCTestCase {
    private func instrument(_ id: String) throws -> Instrument {
        try XCTUnwrap(InstrumentCatalogue.standard.first { $0.id == id }, id)
    }

    func testIdsAreUniqueAndEveryInstrumentHasAProvider() {
        let ids = InstrumentCatalogue.standard.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertTrue(InstrumentCatalogue.standard.allSatisfy { !$0.provider.isEmpty && !$0.name.isEmpty && !$0.description.isEmpty })
    }

    func testTheRulesOfTheInstrumentenkoffer() throws {
        let subsidy = try instrument(InstrumentCatalogue.ID.wageSubsidy)
        XCTAssertTrue(subsidy.prerequisites.contains(.wageValueAssessment))
        XCTAssertEqual(subsidy.rungs, [.paidWorkWithSupport, .paidWork])
        let trial = try instrument(InstrumentCatalogue.ID.trialPlacement)
        XCTAssertEqual(trial.maxMonths, 3)
        XCTAssertEqual(Set(trial.prerequisites), [.runningBenefit, .employer])
        XCTAssertEqual(try instrument(InstrumentCatalogue.ID.learnAndWork).maxMonths, 6)
        XCTAssertEqual(try instrument(InstrumentCatalogue.ID.shelteredWork).targetGroups, [.shelteredWork])
        XCTAssertTrue(try instrument(InstrumentCatalogue.ID.shelteredWork).provider.contains("SWB"))
        XCTAssertTrue(try instrument(InstrumentCatalogue.ID.selfEmployed).provider.contains("ROZ"))
        for id in [InstrumentCatalogue.ID.volunteering, InstrumentCatalogue.ID.dayActivities, InstrumentCatalogue.ID.languageNT2] {
            let participation = try instrument(id)
            XCTAssertEqual(participation.rungs, [.isolated, .socialContacts, .organisedActivities], id)
            XCTAssertTrue(participation.provider.contains("Wijkracht"), id)
        }
        for id in [InstrumentCatalogue.ID.courseVCA, InstrumentCatalogue.ID.courseForklift] {
            XCTAssertTrue(try instrument(id).provider.contains("Leerwerkloket"), id)
        }
    }

    func testTheCatalogueSurvivesItsJSONFile() throws {
        let data = try InstrumentCatalogue.encode(Dictionary(uniqueKeysWithValues: InstrumentCatalogue.standard.map { ($0.id, $0) }))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("instrumenten-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try data.write(to: url)
        let loaded = try InstrumentCatalogue.load(url.path)
        XCTAssertEqual(loaded.values.sorted { $0.id < $1.id }, InstrumentCatalogue.standard.sorted { $0.id < $1.id })
    }
}
