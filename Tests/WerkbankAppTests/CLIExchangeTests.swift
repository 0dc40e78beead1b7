import Foundation
import Synchronization
import XCTest
@testable import WerkbankApp
@testable import WerkbankCore

/// Collects what a command writes.
final class CapturedText: Sendable {
    private let text = Mutex("")
    var value: String { text.withLock { $0 } }
    var output: TextOutput { TextOutput { piece in self.text.withLock { $0 += piece } } }
}

final class CLIExchangeTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        Language.current = .nl
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cli-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    static let klanten = #"""
        klant_id;bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;postcode;wijk;coach;doelgroepen;belemmeringen;arbeidsplicht
        K1;111222333;Jan;de;Vries;01-02-1980;7511 AB;Centrum;anna;jongere,ouder;taal;opgelegd
        K2;;"Zoë; ""Z""";;Çelik;31-12-1990;;;bert;;;

        """#
    static let uitkeringen = "klant_id;start;einde;reden_einde\nK1;01-01-2014;31-12-2014;werk\nK1;01-03-2016;;\n"
    static let treden = "klant_id;datum;soort;trede\nK1;01-01-2016;start;2\nK2;01-02-2016;actueel;3\n"
    static let meldingen = "melding_id;klant_id;datum_melding;datum_aanvraag;besluit;datum_besluit\nM1;K2;02-01-2017;30-01-2017;toegekend;15-02-2017\n"

    private func csvDirectory(_ name: String, klanten: String = klanten, extra: [String: String] = [
        "uitkeringen.csv": uitkeringen, "treden.csv": treden, "meldingen.csv": meldingen,
    ]) throws -> URL {
        let directory = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (file, text) in extra.merging(["klanten.csv": klanten], uniquingKeysWith: { $1 }) {
            try Data(text.utf8).write(to: directory.appendingPathComponent(file))
        }
        return directory
    }

    private func run(_ arguments: [String], isTerminal: Bool = false) -> (code: Int32, output: String, errors: String) {
        let output = CapturedText(), errors = CapturedText()
        let code = CLI.main(arguments, environment: ["WERKBANK_TODAY": "01-06-2017", "HOME": root.path, "WERKBANK_USER": "anna"],
                            output: output.output, errors: errors.output, isTerminal: isTerminal)
        return (code, output.value, errors.value)
    }

    /// Every file below `directory` with its bytes.
    private func contents(of directory: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return result }
        for case let path as String in enumerator {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    func testImportCheckExportRoundTripThroughTheDataDirectory() throws {
        let source = try csvDirectory("in")
        let data = root.appendingPathComponent("data").path
        let imported = run(["import", source.path, "--data", data])
        XCTAssertEqual(imported.code, 0, imported.errors)
        XCTAssertTrue(imported.output.contains("2 klanten (2 nieuw), 2 uitkeringen, 2 treden, 1 melding, 2 nieuwe werkcoaches"), imported.output)

        let checked = run(["check", "--data", data])
        XCTAssertEqual(checked.code, 0, checked.output)
        XCTAssertTrue(checked.output.contains("geen problemen gevonden"))
        XCTAssertTrue(checked.output.contains("klanten") && checked.output.contains("  2\n"), checked.output)

        let target = root.appendingPathComponent("out")
        let exported = run(["export", target.path, "--data", data])
        XCTAssertEqual(exported.code, 0, exported.errors)
        let written = try contents(of: target)
        XCTAssertEqual(written, try contents(of: source).mapValues { Data(CSVWriter.byteOrderMark) + $0 },
                       "the test files are in export form, but for the BOM an export adds")

        let store = try Store.open(URL(fileURLWithPath: data), user: "test", readOnly: true)
        defer { store.close() }
        XCTAssertEqual(store.data.users["anna"]?.role, .coach)
        XCTAssertEqual(store.data.clients["K2"]?.firstName, "Zoë; \"Z\"")
    }

    func testFailedImportLeavesDataDirectoryByteIdentical() throws {
        let data = root.appendingPathComponent("data").path
        XCTAssertEqual(run(["import", try csvDirectory("good").path, "--data", data]).code, 0)
        let before = try contents(of: URL(fileURLWithPath: data))
        let badRows = Self.klanten + "K3;123456789;;;;31-02-2017;;;;alien;;\nK1;;;;;;;;;;;\n"
        let failed = run(["import", try csvDirectory("bad", klanten: badRows).path, "--data", data])
        XCTAssertEqual(failed.code, 1)
        XCTAssertTrue(failed.errors.contains("klanten.csv:4:bsn: BSN 123456789 klopt niet (elfproef)"), failed.errors)
        XCTAssertTrue(failed.errors.contains("klanten.csv:4:geboortedatum: datum 31-02-2017 bestaat niet"))
        XCTAssertTrue(failed.errors.contains("klanten.csv:4:doelgroepen: onbekende code 'alien'"))
        XCTAssertTrue(failed.errors.contains("klanten.csv:5:klant_id: id 'K1' komt al voor op regel 2"))
        XCTAssertEqual(try contents(of: URL(fileURLWithPath: data)), before)

        let missingColumn = run(["import", try csvDirectory("header", klanten: "klant_id;bsn\nK1;\n").path, "--data", data])
        XCTAssertEqual(missingColumn.code, 1)
        XCTAssertTrue(missingColumn.errors.contains("klanten.csv:1: kolom ontbreekt: voornaam"), missingColumn.errors)
        XCTAssertEqual(try contents(of: URL(fileURLWithPath: data)), before)
    }

    func testFailedImportIntoNewDirectoryCreatesNothing() throws {
        let data = root.appendingPathComponent("new")
        let failed = run(["import", try csvDirectory("bad", klanten: Self.klanten + "K9;1;;;;;;;;;;\n").path, "--data", data.path])
        XCTAssertEqual(failed.code, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.path))
    }

    func testProgressOnlyOnATerminal() throws {
        let rows = (1...10_000).map { "K\($0);;;;Naam;;;;;;;\n" }.joined()
        let source = try csvDirectory("big", klanten: Self.klanten.prefix { $0 != "\n" } + "\n" + rows, extra: [:])
        let quiet = run(["import", source.path, "--data", root.appendingPathComponent("a").path])
        XCTAssertEqual(quiet.code, 0, quiet.errors)
        XCTAssertEqual(quiet.errors, "")
        let shown = run(["import", source.path, "--data", root.appendingPathComponent("b").path], isTerminal: true)
        XCTAssertTrue(shown.errors.contains("klanten.csv 10.000/10.000 regels"), shown.errors)
        XCTAssertTrue(shown.errors.hasSuffix("\r\u{1B}[K"), "the line is cleared at the end")
        let failed = run(["import", try csvDirectory("bad", klanten: "klant_id\n").path, "--data", root.appendingPathComponent("c").path],
                         isTerminal: true)
        XCTAssertTrue(failed.errors.contains("\r\u{1B}[Kimport afgebroken"), failed.errors)
    }

    func testCheckListsProblemsAndFails() throws {
        var dataset = Dataset()
        dataset.clients["K1"] = Client(id: "K1", bsn: "123456789", coach: "niemand")
        dataset.instruments["proef"] = Instrument(id: "proef", name: "proefplaatsing", side: .employer, maxMonths: 3)
        dataset.clients["K1"]?.deployments = [InstrumentDeployment(id: "d1", instrumentId: "proef", start: Day(year: 2017, month: 1, day: 1)!,
                                                                   end: Day(year: 2017, month: 6, day: 1))]
        let directory = root.appendingPathComponent("data")
        try Store.create(directory, dataset: dataset, user: "test").close()
        let checked = run(["check", "--data", directory.path])
        XCTAssertEqual(checked.code, 1)
        XCTAssertTrue(checked.output.contains("3 problemen:"), checked.output)
        XCTAssertTrue(checked.output.contains("klant K1: bsn: BSN 123456789 klopt niet (elfproef)"))
        XCTAssertTrue(checked.output.contains("klant K1: coach: onbekende gebruiker 'niemand'"))
        XCTAssertTrue(checked.output.contains("klant K1: inzet d1: proefplaatsing mag maximaal 3 maanden duren"))
    }

    func testUsageAndHelp() throws {
        XCTAssertEqual(run(["import"]).code, 2)
        XCTAssertEqual(run(["export", "a", "b"]).code, 2)
        XCTAssertEqual(run(["check", "extra"]).code, 2)
        let help = run(["import", "--help"])
        XCTAssertEqual(help.code, 0)
        XCTAssertTrue(help.output.hasPrefix("gebruik: werkbank import CSVMAP [--data MAP]"))
        XCTAssertTrue(run(["--help"]).output.contains("check"))
        XCTAssertTrue(run(["export", "--help", "--lang", "en"]).output.hasPrefix("usage: werkbank export CSVDIR"))
        Language.current = .nl
    }

    func testExportOfMissingDataDirectoryFails() {
        let result = run(["export", root.appendingPathComponent("out").path, "--data", root.appendingPathComponent("none").path])
        XCTAssertEqual(result.code, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    // MARK: Escape sequences, wipes, messy exports (issue 10.3–10.5)

    /// Runs the real binary so that the test sees the bytes a terminal would get.
    private func runBinary(_ arguments: [String]) throws -> (code: Int32, output: String) {
        let binary = TmuxSession.binary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "werkbank is not built")
        let result = ChildProcess.run([binary.path] + arguments, environment: ["WERKBANK_TODAY": "01-06-2017", "HOME": root.path])
        return (result.status, result.output)
    }

    /// True when `text` holds a byte that starts an escape or control sequence.
    private func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    func testImportProblemsNeverPrintEscapeSequences() throws {
        let attack = Self.klanten.prefix { $0 != "\n" } + "\n"
            + "K1;\u{1B}c;\u{1B}c;;Vries;;;;\"\u{1B}]52;c;aGFjaw==\u{07}\";;;\n"
            + "K2;;Zoë;;\u{9B}31m;;;;;" + String(repeating: "x", count: 1_000_000) + ";;\n"
        let source = try csvDirectory("attack", klanten: attack, extra: ["uitkeringen.csv": "klant_id;start;einde;reden_einde\n\"\u{1B}]0;titel\u{07}\";01-01-2014;;\n"])
        let result = try runBinary(["import", source.path, "--data", root.appendingPathComponent("data").path])
        XCTAssertEqual(result.code, 1)
        XCTAssertFalse(result.output.utf8.contains(0x1B), result.output)
        XCTAssertFalse(holdsControl(result.output), result.output)
        XCTAssertTrue(result.output.contains("klanten.csv:2:bsn: bevat stuurteken U+001B"), result.output)
        XCTAssertTrue(result.output.contains("klanten.csv:2:coach: bevat stuurteken U+001B"), result.output)
        XCTAssertTrue(result.output.contains("klanten.csv:3:achternaam: bevat stuurteken U+009B"), result.output)
        XCTAssertTrue(result.output.contains("onbekende code '" + String(repeating: "x", count: 60) + "…'"), "the 1 MB value is cut short")
        XCTAssertLessThan(result.output.utf8.count, 5_000)
        XCTAssertTrue(result.output.contains("uitkeringen.csv:2:klant_id: bevat stuurteken U+001B"), result.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("data").path))
    }

    /// A data directory holding names an older importer let through.
    private func directoryWithEscapesInNames() throws -> URL {
        var dataset = Dataset()
        let title = "\u{1B}]0;overgenomen\u{07}mal\u{9B}2J\u{202E}"
        dataset.users[title] = User(name: title, displayName: title, role: .coach)
        dataset.clients["K1"] = Client(id: "K1", firstName: "\u{1B}c", lastName: "Vries", coach: title,
                                       benefits: [BenefitPeriod(id: "b", start: Day(year: 2016, month: 1, day: 1)!)])
        dataset.clients["K2"] = Client(id: "K2", lastName: "Bakker", coach: "\u{1B}[31mniemand")
        let directory = root.appendingPathComponent("old")
        try Store.create(directory, dataset: dataset, user: "test").close()
        return directory
    }

    func testReportTableAndCheckShowEscapesAsPlaceholders() throws {
        let directory = try directoryWithEscapesInNames()
        let report = try runBinary(["report", "caseload", "--format", "table", "--peildatum", "01-06-2017", "--data", directory.path])
        XCTAssertEqual(report.code, 0, report.output)
        XCTAssertFalse(report.output.utf8.contains(0x1B), report.output)
        XCTAssertFalse(holdsControl(report.output), report.output)
        XCTAssertTrue(report.output.contains("\u{241B}]0;overgenomen\u{2407}mal<U+009B>2J<U+202E>"), report.output)
        let csv = run(["report", "caseload", "--format", "csv", "--peildatum", "01-06-2017", "--data", directory.path])
        XCTAssertFalse(csv.output.utf8.contains(0x1B), csv.output)
        let check = try runBinary(["check", "--data", directory.path])
        XCTAssertEqual(check.code, 1, check.output)
        XCTAssertTrue(check.output.contains("\u{241B}[31mniemand"), check.output)
        XCTAssertFalse(check.output.utf8.contains(0x1B), check.output)
    }

    /// Imports the standard files into `data` and returns the directory's bytes.
    private func importedDirectory() throws -> (data: String, bytes: [String: Data]) {
        let data = root.appendingPathComponent("data").path
        let ladder = "klant_id;datum;soort;trede\n" + (1...8).map { "K1;0\($0)-01-2016;actueel;\($0 % 7)\n" }.joined()
        let first = run(["import", try csvDirectory("first", extra: ["uitkeringen.csv": Self.uitkeringen, "treden.csv": ladder,
                                                                    "meldingen.csv": Self.meldingen]).path, "--data", data])
        XCTAssertEqual(first.code, 0, first.errors)
        return (data, try contents(of: URL(fileURLWithPath: data)))
    }

    func testImportThatWouldEmptyOrHalveACollectionNeedsVervang() throws {
        let (data, before) = try importedDirectory()
        let headerOnly = try csvDirectory("leeg", extra: ["uitkeringen.csv": "klant_id;start;einde;reden_einde\n"])
        let refused = run(["import", headerOnly.path, "--data", data])
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.output.contains("uitkeringen +0 −2, 0 gewijzigd (2 → 0)"), refused.output)
        XCTAssertTrue(refused.errors.contains("import geweigerd"), refused.errors)
        XCTAssertTrue(refused.errors.contains("uitkeringen: alle 2 zouden verdwijnen"), refused.errors)
        XCTAssertTrue(refused.errors.contains("--vervang"), refused.errors)
        XCTAssertEqual(try contents(of: URL(fileURLWithPath: data)), before)

        let halved = try csvDirectory("half", extra: ["treden.csv": "klant_id;datum;soort;trede\n" + (1...4).map { "K1;0\($0)-01-2016;actueel;\($0 % 7)\n" }.joined()])
        let refusedHalf = run(["import", halved.path, "--data", data])
        XCTAssertEqual(refusedHalf.code, 1)
        XCTAssertTrue(refusedHalf.errors.contains("treden: 4 van de 8 zouden verdwijnen (meer dan 10%)"), refusedHalf.errors)
        XCTAssertEqual(try contents(of: URL(fileURLWithPath: data)), before)

        let replaced = run(["import", halved.path, "--data", data, "--vervang"])
        XCTAssertEqual(replaced.code, 0, replaced.errors)
        XCTAssertTrue(replaced.output.contains("treden +0 −4, 0 gewijzigd (8 → 4)"), replaced.output)
        let emptied = run(["import", headerOnly.path, "--data", data, "--vervang"])
        XCTAssertEqual(emptied.code, 0, emptied.errors)
        let store = try Store.open(URL(fileURLWithPath: data), user: "test", readOnly: true)
        defer { store.close() }
        XCTAssertEqual(store.data.clients["K1"]?.benefits, [])
        XCTAssertEqual(store.data.clients["K1"]?.ladder.count, 4)
    }

    func testDryRunPrintsChangesAndWritesNothing() throws {
        let (data, before) = try importedDirectory()
        let extra = Self.klanten + "K3;;Nieuw;;Lid;;;;anna;;;\n"
        let dry = run(["import", try csvDirectory("dry", klanten: extra, extra: ["uitkeringen.csv": "klant_id;start;einde;reden_einde\n"]).path,
                       "--data", data, "--dry-run"])
        XCTAssertEqual(dry.code, 1, "a dry run refuses what the import would refuse")
        XCTAssertTrue(dry.output.contains("klanten +1 −0, 0 gewijzigd (2 → 3)"), dry.output)
        XCTAssertEqual(try contents(of: URL(fileURLWithPath: data)), before)
        let allowed = run(["import", try csvDirectory("dry2", klanten: extra, extra: [:]).path, "--data", data, "--dry-run"])
        XCTAssertEqual(allowed.code, 0, allowed.errors)
        XCTAssertTrue(allowed.output.contains("klanten +1 −0"), allowed.output)
        XCTAssertTrue(allowed.output.contains("proefimport"), allowed.output)
        XCTAssertEqual(try contents(of: URL(fileURLWithPath: data)), before)
        let fresh = root.appendingPathComponent("fresh")
        XCTAssertEqual(run(["import", try csvDirectory("dry3").path, "--data", fresh.path, "--dry-run"]).code, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.path))
    }

    private func mode(_ url: URL) throws -> Int? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue
    }

    func testAllProblemsGoToTheProblemsFileInOrder() throws {
        let rows = (101...130).reversed().map { "K\($0);123456789;;;;;;;;;;\n" }.joined()
        let source = try csvDirectory("many", klanten: Self.klanten + rows, extra: ["meldingen.csv": "melding_id;klant_id;datum_melding;datum_aanvraag;besluit;datum_besluit\nM1;;nooit;;;\n"])
        let data = root.appendingPathComponent("data").path
        let shown = run(["import", source.path, "--data", data])
        XCTAssertEqual(shown.code, 1)
        XCTAssertTrue(shown.errors.contains("… en nog 11"), shown.errors)
        XCTAssertTrue(shown.errors.contains("--problemen BESTAND"), shown.errors)
        let file = root.appendingPathComponent("problemen.txt")
        let written = run(["import", source.path, "--data", data, "--problemen", file.path])
        XCTAssertEqual(written.code, 1)
        XCTAssertTrue(written.errors.contains("alle 31 problemen staan in \(file.path)"), written.errors)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 31)
        XCTAssertEqual(lines.first, "klanten.csv:4:bsn: BSN 123456789 klopt niet (elfproef)")
        XCTAssertEqual(lines[29], "klanten.csv:33:bsn: BSN 123456789 klopt niet (elfproef)")
        XCTAssertTrue(lines[30].hasPrefix("meldingen.csv:2:datum_melding:"), lines[30])
        XCTAssertEqual(try mode(file), 0o600)
        XCTAssertEqual(run(["import", source.path, "--data", data, "--problemen", source.appendingPathComponent("klanten.csv").path]).code, 2,
                       "the problems file may not overwrite an input file")
        XCTAssertFalse(FileManager.default.fileExists(atPath: data))
    }

    func testAfwijzenWritesExactlyTheRejectedRowsAndKeepsTheFiguresExact() throws {
        let klanten = Self.klanten
            + "K3;123456789;Fout;;BSN;;;;anna;;;\n"
            + "K1;;Dubbel;;;;;;anna;;;\n"
        let uitkeringen = Self.uitkeringen + "K1;01-06-2014;;\nK3;01-01-2015;;\nK2;01-01-2015;;\n"
        let treden = Self.treden + "K3;01-01-2016;start;1\nK2;01-03-2016;verwacht;8\n"
        let meldingen = Self.meldingen + "M2;K3;03-01-2017;;;\nM1;;04-01-2017;;;\n"
        let messy = try csvDirectory("messy", klanten: klanten, extra: ["uitkeringen.csv": uitkeringen, "treden.csv": treden, "meldingen.csv": meldingen])
        let data = root.appendingPathComponent("data").path
        let rejects = root.appendingPathComponent("afgewezen.csv")
        let result = run(["import", messy.path, "--data", data, "--afwijzen", rejects.path])
        XCTAssertEqual(result.code, 0, result.errors)
        XCTAssertTrue(result.output.contains("8 regels afgewezen"), result.output)
        XCTAssertTrue(result.output.contains("8 afgewezen regels in \(rejects.path)"), result.output)
        XCTAssertEqual(try mode(rejects), 0o600)
        let expected = "\u{FEFF}bestand;regel;kolom;reden;rij\n"
            + "klanten.csv;4;bsn;BSN 123456789 klopt niet (elfproef);\"K3;123456789;Fout;;BSN;;;;anna;;;\"\n"
            + "klanten.csv;5;klant_id;id 'K1' komt al voor op regel 2;\"K1;;Dubbel;;;;;;anna;;;\"\n"
            + "uitkeringen.csv;4;start;overlapt met de uitkering vanaf 01-01-2014 (tot 31-12-2014);\"K1;01-06-2014;;\"\n"
            + "uitkeringen.csv;5;klant_id;klant 'K3' is afgewezen (klanten.csv regel 4);\"K3;01-01-2015;;\"\n"
            + "treden.csv;4;klant_id;klant 'K3' is afgewezen (klanten.csv regel 4);\"K3;01-01-2016;start;1\"\n"
            + "treden.csv;5;trede;'8' is geen trede (0 tot en met 6);\"K2;01-03-2016;verwacht;8\"\n"
            + "meldingen.csv;3;klant_id;klant 'K3' is afgewezen (klanten.csv regel 4);\"M2;K3;03-01-2017;;;\"\n"
            + "meldingen.csv;4;melding_id;id 'M1' komt al voor op regel 2;\"M1;;04-01-2017;;;\"\n"
        XCTAssertEqual(try Data(contentsOf: rejects), Data(expected.utf8), "UTF-8 with a byte order mark")
        let audit = try contents(of: URL(fileURLWithPath: data)).values.map { String(decoding: $0, as: UTF8.self) }
        XCTAssertTrue(audit.contains { $0.contains("\"replace\"") && $0.contains("8 regels afgewezen") }, "the audit line counts the rejected rows")

        // The figures equal those of a clean import of only the kept rows.
        let kept = try csvDirectory("kept", klanten: Self.klanten, extra: [
            "uitkeringen.csv": Self.uitkeringen + "K2;01-01-2015;;\n", "treden.csv": Self.treden, "meldingen.csv": Self.meldingen])
        let clean = root.appendingPathComponent("clean").path
        XCTAssertEqual(run(["import", kept.path, "--data", clean]).code, 0)
        for report in ["bestand", "uitstroom", "preventie", "ladder", "caseload"] {
            let options = ["--format", "json", "--peildatum", "01-06-2017"]
            let messyFigures = run(["report", report, "--data", data] + options)
            XCTAssertEqual(messyFigures.code, 0, messyFigures.errors)
            XCTAssertEqual(messyFigures.output, run(["report", report, "--data", clean] + options).output, report)
        }
        XCTAssertEqual(run(["export", root.appendingPathComponent("e1").path, "--data", data]).code, 0)
        XCTAssertEqual(run(["export", root.appendingPathComponent("e2").path, "--data", clean]).code, 0)
        XCTAssertEqual(try contents(of: root.appendingPathComponent("e1")), try contents(of: root.appendingPathComponent("e2")))
    }
}
