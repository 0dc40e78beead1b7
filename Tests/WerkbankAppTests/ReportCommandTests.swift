import Foundation
import Synchronization
import XCTest
@testable import WerkbankApp
@testable import WerkbankCore

final class ReportCommandTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-report-\(UUID().uuidString)")
        var dataset = Dataset()
        let start = Day(year: 2016, month: 1, day: 31)!
        dataset.clients["a"] = Client(id: "a", coach: "jansen", benefits: [BenefitPeriod(id: "1", start: start, end: start.adding(days: 20), endReason: .work)])
        dataset.clients["b"] = Client(id: "b", coach: "bakker", benefits: [BenefitPeriod(id: "2", start: start)])
        dataset.meldingen["m"] = Melding(id: "m", clientId: "a", date: start, decision: .granted)
        try Store.create(directory, dataset: dataset, user: "test").close()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ words: [String]) -> (code: Int32, output: String, errors: String) {
        let output = Mutex(""), errors = Mutex("")
        let code = CLI.main(words + ["--data", directory.path, "--lang", "nl"], environment: ["WERKBANK_TODAY": "31-07-2017"],
                            output: TextOutput { text in output.withLock { $0 += text } },
                            errors: TextOutput { text in errors.withLock { $0 += text } }, isTerminal: false)
        return (code, output.withLock { $0 }, errors.withLock { $0 })
    }

    func testJSONFromTheDataDirectory() {
        let result = run(["report", "bestand", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.errors)
        XCTAssertEqual(result.output, #"{"jaren":[{"jaar":2016,"beginstand":0,"instroom":2,"instroom_langer":1,"instroom_korter":1,"uitstroom":1,"saldo":1,"eindstand":1}]}"# + "\n")
    }

    func testCoachFilterAndCSV() {
        let result = run(["report", "uitstroom", "--coach", "bakker", "--format", "csv", "--from", "2016"])
        XCTAssertEqual(result.code, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("\u{FEFF}Jaar;"))
        XCTAssertTrue(result.output.contains("\r\n2016;0;0;0;0;0;0;0;0;0;0;0;0\r\n"), result.output)
    }

    func testBadValuesAreUsageErrors() {
        let cases: [([String], String)] = [
            (["report"], "welk rapport"),
            (["report", "omzet"], "onbekend rapport 'omzet'"),
            (["report", "bestand", "--from", "2017-13"], "--from '2017-13'"),
            (["report", "bestand", "--from", "2017", "--to", "2016"], "ligt vóór"),
            (["report", "ladder", "--peildatum", "31-02-2017"], "--peildatum '31-02-2017'"),
            (["report", "bestand", "--format", "xml"], "--format 'xml'"),
            (["report", "caseload", "--weken", "0"], "--weken '0'"),
            (["report", "kpi", "--regionaal", "veel"], "--regionaal 'veel'"),
            (["report", "bestand", "--coach", "niemand"], "coach 'niemand'"),
        ]
        for (words, message) in cases {
            let result = run(words)
            XCTAssertEqual(result.code, 2, words.joined(separator: " "))
            XCTAssertTrue(result.errors.contains(message), "\(words): \(result.errors)")
            XCTAssertEqual(result.output, "")
        }
    }

    func testPeildatumDefaultsToToday() throws {
        let request = try ReportRequest(Arguments(["ladder"], valued: ReportCommand.valuedOptions), today: Day(year: 2017, month: 7, day: 31)!)
        XCTAssertEqual(request.options.peildatum, Day(year: 2017, month: 7, day: 31))
        XCTAssertEqual(request.format, .table)
        let result = run(["report", "ladder", "--format", "json"])
        XCTAssertTrue(result.output.hasPrefix(#"{"peildatum":"2017-07-31","klanten":1,"#), result.output)
    }
}
