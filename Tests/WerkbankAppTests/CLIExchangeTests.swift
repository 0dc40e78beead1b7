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
        XCTAssertTrue(imported.output.contains("2 klanten (2 nieuw), 2 uitkeringen, 2 treden, 1 meldingen, 2 nieuwe werkcoaches"), imported.output)

        let checked = run(["check", "--data", data])
        XCTAssertEqual(checked.code, 0, checked.output)
        XCTAssertTrue(checked.output.contains("geen problemen gevonden"))
        XCTAssertTrue(checked.output.contains("klanten") && checked.output.contains("  2\n"), checked.output)

        let target = root.appendingPathComponent("out")
        let exported = run(["export", target.path, "--data", data])
        XCTAssertEqual(exported.code, 0, exported.errors)
        let written = try contents(of: target)
        XCTAssertEqual(written, try contents(of: source), "the test files are already in export form")

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
}
