import XCTest
import Synchronization
@testable import WerkbankApp
import WerkbankCore

final class DemoCommandTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-demo-cli-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func run(_ arguments: [String]) -> (code: Int32, output: String, errors: String) {
        let output = Mutex(""), errors = Mutex("")
        let code = CLI.main(arguments, environment: ["WERKBANK_TODAY": "14-03-2025", "WERKBANK_LANG": "nl"],
                            output: TextOutput { text in output.withLock { $0 += text } },
                            errors: TextOutput { text in errors.withLock { $0 += text } }, isTerminal: false)
        return (code, output.withLock { $0 }, errors.withLock { $0 })
    }

    func testWritesADataDirectoryWithTheRequestedClientsAndTheCatalogue() throws {
        let out = root.appendingPathComponent("demo")
        let result = run(["demo", "--out", out.path, "--clients", "120", "--seed", "5", "--user", "tester"])
        XCTAssertEqual(result.code, 0, result.errors)
        XCTAssertTrue(result.output.contains("120 klanten"), result.output)
        XCTAssertTrue(result.output.contains("14-03-2025"), result.output)
        let store = try Store.open(out, user: "tester", readOnly: true)
        defer { store.close() }
        XCTAssertEqual(store.data, DemoGenerator(seed: 5, clients: 120, today: Day(year: 2025, month: 3, day: 14)!).generate())
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("instrumenten.json").path))
    }

    func testRefusesADirectoryThatIsNotEmptyAndLeavesItAlone() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("klant;".utf8).write(to: root.appendingPathComponent("klanten.csv"))
        let result = run(["demo", "--out", root.path, "--clients", "10"])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.errors.contains("niet leeg"), result.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["klanten.csv"])
    }

    func testUsageErrors() {
        for arguments in [["demo"], ["demo", "--out", root.path, "--clients", "0"], ["demo", "--out", root.path, "--clients", "veel"],
                          ["demo", "--out", root.path, "--seed", "-3"], ["demo", "--out", root.path, "extra"]] {
            let result = run(arguments)
            XCTAssertEqual(result.code, 2, "\(arguments)")
            XCTAssertTrue(result.errors.contains("werkbank demo --out"), "usage line for \(arguments): \(result.errors)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.path), "nothing written on a usage error")
    }
}
