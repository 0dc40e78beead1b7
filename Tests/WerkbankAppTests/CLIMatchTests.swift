import Foundation
import XCTest
@testable import WerkbankApp
@testable import WerkbankCore

/// `werkbank vacatures`, `match` and `kaart` on a small hand-made data directory.
final class CLIMatchTests: XCTestCase {
    private var root: URL!
    private var directory: URL { root.appendingPathComponent("data") }
    private let today = Day(year: 2026, month: 11, day: 23)!

    override func setUpWithError() throws {
        Language.current = .nl
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cli-match-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var data = Dataset()
        data.users["anna"] = User(name: "anna", displayName: "Anna de Boer", role: .coach)
        data.users["bert"] = User(name: "bert", displayName: "Bert Smit", role: .coach)
        data.employers["W1"] = Employer(id: "W1", name: "Logistiek BV", city: "Hengelo")
        data.vacancies["V1"] = Vacancy(id: "V1", employerId: "W1", title: "Magazijnmedewerker", function: "magazijnmedewerker",
                                       hoursPerWeek: 32, certificates: ["VCA"], minimumRung: .unpaidWork, place: "Hengelo", opened: today)
        data.vacancies["V2"] = Vacancy(id: "V2", employerId: "W1", title: "Schoonmaker", hoursPerWeek: 20, opened: today, status: .filled)
        func client(_ id: String, _ first: String, _ last: String, bsn: String, coach: String, contact: Int) -> Client {
            Client(id: id, bsn: bsn, firstName: first, lastName: last, postcode: "7556 AB", address: "Dorpsstraat 1",
                   skills: ["orderpicken"], hoursAvailable: 32, coach: coach,
                   benefits: [BenefitPeriod(id: "u", start: today.adding(days: -300))],
                   ladder: [LadderObservation(id: "l", date: today.adding(days: -10), kind: .actual, rung: .unpaidWork)],
                   notes: [ContactNote(id: "n", date: today.adding(days: -contact), by: coach, channel: .phone, text: "")],
                   profileConfirmed: today.adding(days: -contact))
        }
        var vca = client("K1", "Jan", "Vries", bsn: "111222333", coach: "bert", contact: 5)
        vca.certificates = ["VCA"]
        data.clients["K1"] = vca
        data.clients["K2"] = client("K2", "Els", "Dijk", bsn: "123456782", coach: "anna", contact: 100)
        data.instruments = Dictionary(uniqueKeysWithValues: InstrumentCatalogue.standard.map { ($0.id, $0) })
        try Store.create(directory, dataset: data, user: "anna").close()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func run(_ arguments: [String]) -> (code: Int32, output: String, errors: String) {
        let output = CapturedText(), errors = CapturedText()
        let code = CLI.main(arguments + ["--data", directory.path, "--user", "anna"],
                            environment: ["WERKBANK_TODAY": today.dutch, "HOME": root.path],
                            output: output.output, errors: errors.output, isTerminal: false)
        return (code, output.value, errors.value)
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func testVacanciesAsJSONAndTable() throws {
        let result = run(["vacatures", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.errors)
        let list = try XCTUnwrap(try json(result.output) as? [[String: Any]])
        XCTAssertEqual(list.map { $0["id"] as? String }, ["V1", "V2"])
        XCTAssertEqual(list[0]["functie"] as? String, "magazijnmedewerker")
        XCTAssertEqual(list[0]["werkgever"] as? String, "Logistiek BV")
        XCTAssertEqual(list.map { $0["status"] as? String }, ["open", "vervuld"])
        let table = run(["vacatures"])
        XCTAssertTrue(table.output.contains("Vacatures (2)") && table.output.contains("vervuld"), table.output)
        XCTAssertEqual(run(["vacatures", "--format", "csv"]).code, 2)
    }

    func testMatchForAVacancyAsJSON() throws {
        let result = run(["match", "--vacature", "V1", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.errors)
        let object = try XCTUnwrap(try json(result.output) as? [String: Any])
        XCTAssertEqual(object["vacature"] as? String, "V1")
        let candidates = try XCTUnwrap(object["kandidaten"] as? [[String: Any]])
        XCTAssertEqual(candidates.map { $0["klant_id"] as? String }, ["K1", "K2"], "VCA first, then the one without")
        XCTAssertEqual(candidates.map { $0["onzeker"] as? Bool }, [false, true], "K2: 100 days without contact")
        let factors = try XCTUnwrap(candidates[0]["factoren"] as? [[String: Any]])
        let rung = try XCTUnwrap(factors.first { $0["factor"] as? String == "trede" })
        XCTAssertEqual(rung["bevestigd_op"] as? String, today.adding(days: -10).iso)
        XCTAssertNotNil(rung["bijdrage"] as? Int)
        XCTAssertNotNil(rung["uitleg"] as? String)
        XCTAssertNotNil(candidates[0]["score"] as? Int)
        XCTAssertFalse(result.output.contains("Vries") || result.output.contains("111222333"), "JSON carries ids only")
        let top = try XCTUnwrap(try json(run(["match", "--vacature", "V1", "--top", "1", "--format", "json"]).output) as? [String: Any])
        XCTAssertEqual((top["kandidaten"] as? [Any])?.count, 1)
    }

    func testMatchTableMasksOtherCoachesClients() {
        let result = run(["match", "--vacature", "V1"])
        XCTAssertEqual(result.code, 0, result.errors)
        XCTAssertTrue(result.output.contains("(via coach bert)"), result.output)
        XCTAssertFalse(result.output.contains("Vries"), "K1 belongs to bert")
        XCTAssertTrue(result.output.contains("Dijk, E."), "K2 is anna's own")
        XCTAssertFalse(result.output.contains("111222333") || result.output.contains("123456782"))
        XCTAssertTrue(result.output.contains("●●●●●●333"))
        XCTAssertTrue(result.output.contains("onzeker — eerst bellen"))
    }

    func testMatchForAClientAndUsageErrors() throws {
        let result = run(["match", "--klant", "K1", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.errors)
        let object = try XCTUnwrap(try json(result.output) as? [String: Any])
        XCTAssertEqual(object["klant"] as? String, "K1")
        let vacancies = try XCTUnwrap(object["vacatures"] as? [[String: Any]])
        XCTAssertEqual(vacancies.map { $0["vacature_id"] as? String }, ["V1"], "a filled vacancy is not offered")
        XCTAssertEqual(run(["match"]).code, 2)
        XCTAssertEqual(run(["match", "--vacature", "V1", "--klant", "K1"]).code, 2)
        XCTAssertEqual(run(["match", "--vacature", "V1", "--top", "0"]).code, 2)
        let unknown = run(["match", "--vacature", "V9"])
        XCTAssertEqual(unknown.code, 1)
        XCTAssertTrue(unknown.errors.contains("vacature 'V9' bestaat niet"))
        XCTAssertTrue(run(["match", "--help", "--lang", "en"]).output.hasPrefix("usage: werkbank match"))
    }

    func testCardIsAnonymousAndLoggedAsExport() throws {
        let result = run(["kaart", "--klant", "K1", "--format", "markdown"])
        XCTAssertEqual(result.code, 0, result.errors)
        XCTAssertTrue(result.output.hasPrefix("## Kandidaat\n"), result.output)
        XCTAssertTrue(result.output.contains("orderpicken") && result.output.contains("VCA"))
        for value in ["Jan", "Vries", "111222333", "Dorpsstraat", "7556"] {
            XCTAssertFalse(result.output.contains(value), value)
        }
        let audit = try String(contentsOf: directory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        let line = try XCTUnwrap(audit.split(separator: "\n").last)
        XCTAssertTrue(line.contains(#""action":"export""#) && line.contains(#""subject":"K1""#) && line.contains("kaart"), String(line))
        XCTAssertTrue(run(["kaart", "--klant", "K1"]).output.hasPrefix("Kandidaat\nVaardigheden"))
        XCTAssertEqual(run(["kaart"]).code, 2)
        XCTAssertEqual(run(["kaart", "--klant", "K1", "--format", "pdf"]).code, 2)
        XCTAssertTrue(run(["kaart", "--help"]).output.hasPrefix("gebruik: werkbank kaart"))
    }
}
