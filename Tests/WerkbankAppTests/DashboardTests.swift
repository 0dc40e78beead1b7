import Foundation
import Synchronization
import TerminalUI
import XCTest
@testable import WerkbankApp
@testable import WerkbankCore

/// The dashboard headless on the demo data: figures as the reports compute them, panes,
/// period, drill-down and export.
final class DashboardTests: XCTestCase {
    /// The dashboard's default period: the five years up to the harness's today (2026).
    static let defaultPeriod = ReportPeriod(from: .year(2022), to: .year(2026))

    /// The figures of a table row as the screen shows them, split on spaces.
    private func words(_ line: String) -> [String] { line.split(separator: " ").map(String.init) }

    private func row(_ harness: AppHarness, startingWith label: String) -> [String]? {
        harness.lines(containing: label).map(words).first { $0.first == label }
    }

    private func assertBestandRows(_ harness: AppHarness, _ report: BestandReport, file: StaticString = #filePath, line: UInt = #line) {
        for year in report.years {
            let expected = [String(year.year)] + [year.beginstand, year.inflow, year.inflowLonger, year.inflowShorter, year.outflow,
                                                  year.saldo, year.eindstand].map { DutchNumber.integer($0) }
            XCTAssertEqual(row(harness, startingWith: String(year.year)).map { Array($0.prefix(8)) }, expected,
                           "\(year.year):\n\(harness.screen)", file: file, line: line)
        }
    }

    func testSupervisorStartsOnTheBestandTableWithTheReportsFigures() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.assertShows("Cijfers · alle coaches")
        harness.assertShows("Periode 2022 – 2026")
        let report = BestandReport(harness.store.data, period: Self.defaultPeriod)
        XCTAssertEqual(report.years.map(\.year), Array(2022...2026))
        XCTAssertGreaterThan(report.years.map(\.beginstand).reduce(0, +), 0, "the demo data has a stock")
        assertBestandRows(harness, report)
        harness.assertShows("Eindstand per jaar")
    }

    func testPanesShowTheirReports() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.press(.tab)
        harness.assertShows("Uitstroom naar werk / totaal")
        let outflow = UitstroomReport(harness.store.data, period: Self.defaultPeriod)
        for year in outflow.years {
            XCTAssertEqual(row(harness, startingWith: String(year.year)).map { Array($0.prefix(3)) },
                           [String(year.year), DutchNumber.integer(year.count(.work)), DutchNumber.integer(year.count(.workViaSWB))])
        }
        harness.press(.char("5"))
        harness.assertShows("Ambities: waarde / doel")
        let kpi = KPIReport(harness.store.data, options: ReportOptions(period: Self.defaultPeriod, peildatum: AppHarness.today))
        let prevention = try XCTUnwrap(kpi.score(.preventionRate)?.value)
        harness.assertShows(DutchNumber.tenths(prevention) + "% / 55,0%")
        harness.press(.backTab)
        harness.assertShows("Treden van")
    }

    func testRegionalAverageGivesTheOutflowKPIATarget() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.press(.char("5"))
        let options = ReportOptions(period: Self.defaultPeriod, peildatum: AppHarness.today)
        let outflow = try XCTUnwrap(KPIReport(harness.store.data, options: options).score(.outflowToWork)?.value)
        let line = try XCTUnwrap(harness.lines(containing: DutchNumber.tenths(outflow) + "%").first)
        XCTAssertFalse(line.contains("/ 7,5%"), line)
        harness.press(.char("g"))
        harness.type("abc")
        harness.press(.enter)
        harness.assertShows("'abc' is geen percentage")
        for _ in 0..<3 { harness.press(.backspace) }
        harness.type("7,5")
        harness.press(.enter)
        harness.assertShows("regio 7,5%")
        harness.assertShows(DutchNumber.tenths(outflow) + "% / 7,5%")
    }

    func testPeriodKeysAndFieldChangeTheFigures() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.press(.char("["))
        harness.assertShows("Periode 2021 – 2025")
        assertBestandRows(harness, BestandReport(harness.store.data, period: ReportPeriod(from: .year(2021), to: .year(2025))))
        XCTAssertNil(row(harness, startingWith: "2026"))

        harness.press(.char("p"))
        harness.press(.ctrl("u"))
        harness.type("2099-2098")
        harness.press(.enter)
        harness.assertShows("'2099-2098' is geen periode")
        harness.press(.ctrl("u"))
        harness.type("2023-2024")
        harness.press(.enter)
        harness.assertShows("Periode 2023 – 2024")
        assertBestandRows(harness, BestandReport(harness.store.data, period: ReportPeriod(from: .year(2023), to: .year(2024))))
        XCTAssertNil(row(harness, startingWith: "2022"))
    }

    func testDrilldownListsExactlyTheRecordsBehindAFigureAndOpensTheDossier() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        // Cursor starts on the beginstand of 2022; four columns right is the uitstroom, one row down 2023.
        harness.press(.right, .right, .right, .right, .down)
        harness.assertShows("2023 · Uitstroom:")
        harness.press(.enter)
        let screen = try XCTUnwrap(harness.root.top as? DrilldownScreen)
        let options = ReportOptions(period: Self.defaultPeriod, peildatum: AppHarness.today)
        let expected = Drilldown.entries(for: .bestand(year: 2023, .outflow), in: harness.store.data, options: options)
        XCTAssertEqual(screen.entries, expected)
        XCTAssertEqual(expected.count, BestandReport(harness.store.data, period: Self.defaultPeriod).years[1].outflow)
        harness.assertShows("Bestandsontwikkeling · 2023 · Uitstroom — \(expected.count) regels")
        let first = try XCTUnwrap(expected.first?.clientId.flatMap { harness.store.data.clients[$0] })
        let firstLine = try XCTUnwrap(harness.lines(containing: first.id).first)
        XCTAssertTrue(firstLine.contains(first.fullName), firstLine)
        if let bsn = first.bsn {
            XCTAssertTrue(firstLine.contains(BSN.masked(bsn)), firstLine)
            harness.assertHides(bsn)
        }
        let audit = try String(contentsOf: harness.directory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        XCTAssertTrue(audit.contains(#""action":"drilldown""#) && audit.contains("2023 · Uitstroom: \(expected.count)"), audit)

        // Enter opens the dossier of the first client; routed without a redraw because the
        // dossier's tabs are built by another branch. A teamleider states a reason first.
        _ = harness.root.handle(.key(.enter))
        XCTAssertTrue(harness.root.hasOverlay, "the reason dialog")
        _ = harness.root.handle(.key(.enter))
        let dossier = try XCTUnwrap(harness.root.top as? DossierScreen)
        XCTAssertEqual(dossier.clientId, first.id)
    }

    func testSaldoHasNoListBehindIt() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.press(.right, .right, .right, .right, .right)
        harness.assertShows("2022 · Saldo:")
        harness.press(.enter)
        XCTAssertTrue(harness.root.top is DashboardScreen)
        harness.assertShows("achter dit vak zit geen lijst")
    }

    func testExportWritesTheSameCSVAsTheReportCommand() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("wb-export-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: target) }
        harness.press(.char("x"))
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        harness.assertShows(home + "/werkbank-bestand-alle-2022-2026.csv")
        harness.press(.ctrl("u"))
        harness.type(target.path)
        harness.press(.enter)
        harness.assertShows("geëxporteerd naar")
        let bytes = try Data(contentsOf: target)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "BOM")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        let output = Mutex("")
        let code = CLI.main(["report", "bestand", "--format", "csv", "--from", "2022", "--to", "2026", "--data", harness.directory.path, "--lang", "nl"],
                            environment: ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_USER": "gwolbers"], output: TextOutput { text in output.withLock { $0 += text } },
                            errors: TextOutput { _ in }, isTerminal: false)
        XCTAssertEqual(code, 0)
        let command = output.withLock { $0 }
        XCTAssertTrue(command.contains(";"))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), command)
        let audit = try String(contentsOf: harness.directory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        XCTAssertTrue(audit.contains(#""action":"export""#) && audit.contains(target.lastPathComponent), audit)
    }

    func testExportToAMissingDirectoryShowsWhy() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        let target = "/geen-map-werkbank/cijfers.csv"
        harness.press(.char("x"), .ctrl("u"))
        harness.type(target)
        harness.press(.enter)
        harness.assertShows("kan \(target) niet schrijven")
        harness.assertShows("niet geëxporteerd")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        harness.press(.escape)
        harness.assertHides("Exporteren:")
    }

    func testACoachSeesTheirOwnCaseload() throws {
        let harness = try AppHarness(user: "mvdberg", clients: 200, width: 120, height: 40)
        harness.press(.function(8))
        harness.press(.char("1"))
        harness.assertShows("Cijfers · M. van den Berg")
        assertBestandRows(harness, BestandReport(harness.store.data.scoped(toCoach: "mvdberg"), period: Self.defaultPeriod))
        harness.press(.char("t"))
        harness.assertShows("eigen caseload")
    }

    func testSupervisorPicksACoach() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 120, height: 40)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.press(.char("t"))
        harness.assertShows("A. Yılmaz  (ayilmaz)")
        harness.press(.down, .enter)
        harness.assertShows("coach ayilmaz")
        assertBestandRows(harness, BestandReport(harness.store.data.scoped(toCoach: "ayilmaz"), period: Self.defaultPeriod))
    }

    func testNarrowAndWideLayouts() throws {
        let harness = try AppHarness(user: "gwolbers", clients: 200, width: 80, height: 24)
        harness.press(.char("1"))   // the first report; the overview is the first tab
        harness.assertShows("Instrum.")
        let header = try XCTUnwrap(harness.lines(containing: "Beginstand").first)
        XCTAssertFalse(header.contains("Eindstand per jaar"), "80 columns: the chart is below the table")
        harness.assertShows("Eindstand per jaar")
        harness.resize(width: 200, height: 60)
        harness.assertShows("Instrumenten │ Plaatsingen")
        let wide = try XCTUnwrap(harness.lines(containing: "Beginstand").first)
        XCTAssertTrue(wide.contains("Eindstand per jaar"), "200 columns: the chart is beside the table\n\(harness.screen)")
    }
}
