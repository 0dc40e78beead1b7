import Foundation
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// `werkbank user add|list`, and who a command records (`--user`, `$WERKBANK_USER`, the OS login).
final class UserCommandTests: XCTestCase {
    private var root: URL!
    private var data: URL { root.appendingPathComponent("data") }
    private let login = CLI.osUserName([:])

    override func setUpWithError() throws {
        Language.current = .nl
        root = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-user-cli-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func run(_ words: [String], environment: [String: String] = [:]) -> (code: Int32, output: String, errors: String) {
        let output = CapturedText(), errors = CapturedText()
        let code = CLI.main(words + ["--data", data.path, "--lang", "nl"],
                            environment: environment.merging(["WERKBANK_TODAY": "01-06-2017"]) { a, _ in a },
                            output: output.output, errors: errors.output, isTerminal: false)
        return (code, output.value, errors.value)
    }

    private func auditLines() throws -> [String] {
        try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func testTheFirstUserIsFreeThenOnlyAnAdminAddsUsers() throws {
        let first = run(["user", "add", "beheer", "--role", "admin", "--naam", "B. Heer", "--login", login])
        XCTAssertEqual(first.code, 0, first.errors)
        XCTAssertEqual(first.output, "gebruiker beheer (B. Heer, beheerder) toegevoegd\n")
        // The OS login is bound to beheer: no --user needed.
        XCTAssertEqual(run(["user", "add", "coach1", "--role", "werkcoach", "--naam", "C. Een"]).code, 0)
        let journal = try String(contentsOf: data.appendingPathComponent("journal.jsonl"), encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(journal[0].contains(#""user":"\#(login)""#), "no users yet: the OS login")
        XCTAssertTrue(journal[1].contains(#""user":"beheer""#), String(journal[1]))

        // A werkcoach may not add users (the admin acting for them is no admin *as* them).
        let refused = run(["user", "add", "x", "--role", "werkcoach", "--naam", "X"], environment: ["WERKBANK_USER": "coach1"])
        XCTAssertEqual(refused.code, 1)
        XCTAssertEqual(refused.errors, "'coach1' mag geen gebruikers toevoegen; dat mag alleen rol beheerder (admin)\n")

        let badRole = run(["user", "add", "x", "--role", "baas", "--naam", "X"])
        XCTAssertEqual(badRole.code, 2)
        XCTAssertTrue(badRole.errors.hasPrefix("--role 'baas': kies uit werkcoach, intaker, supervisor, admin\n"), badRole.errors)

        let table = run(["user", "list"])
        XCTAssertEqual(table.code, 0)
        XCTAssertEqual(table.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") },
                       ["Gebruiker Naam Rol Login", "beheer B. Heer beheerder \(login)", "coach1 C. Een werkcoach —"])
        let json = run(["user", "list", "--format", "json"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: String]])
        XCTAssertEqual(rows, [["gebruiker": "beheer", "naam": "B. Heer", "rol": "admin", "login": login],
                              ["gebruiker": "coach1", "naam": "C. Een", "rol": "werkcoach"]])
    }

    func testAnUnknownUserIsAUsageErrorForCommandsThatRecordAPerson() throws {
        XCTAssertEqual(run(["user", "add", "anna", "--role", "werkcoach", "--naam", "A. Coach"]).code, 0)
        for words in [["report", "bestand"], ["export", root.appendingPathComponent("csv").path],
                      ["user", "add", "x", "--role", "werkcoach", "--naam", "X"]] {
            let result = run(words + ["--user", "zoe"])
            XCTAssertEqual(result.code, 2, words.joined(separator: " "))
            XCTAssertTrue(result.errors.hasPrefix("gebruiker 'zoe' bestaat niet in deze gegevensmap; geef met --user NAAM (of $WERKBANK_USER) aan wie je bent: anna\n"),
                          result.errors)
        }
        let fromEnvironment = run(["report", "bestand"], environment: ["WERKBANK_USER": "zoe"])
        XCTAssertEqual(fromEnvironment.code, 2)
        XCTAssertFalse(try auditLines().contains { $0.contains("zoe") || $0.contains(#""action":"report""#) })

        XCTAssertEqual(run(["report", "bestand", "--user", "anna"]).code, 0)
        let report = try XCTUnwrap(try auditLines().last)
        XCTAssertTrue(report.contains(#""action":"report""#) && report.contains(#""user":"anna""#), report)
    }

    func testABoundUserWorksOnlyFromTheirLoginAndAnAdminActsForOthersOnTheRecord() throws {
        XCTAssertEqual(run(["user", "add", "beheer", "--role", "admin", "--naam", "B. Heer", "--login", "elders"]).code, 0)
        // This login has no user: nothing to work as.
        let none = run(["report", "bestand"])
        XCTAssertEqual(none.code, 2)
        XCTAssertTrue(none.errors.hasPrefix("niet duidelijk wie er werkt onder OS-login '\(login)'; er is geen gebruiker voor OS-login '\(login)'"), none.errors)
        let other = run(["report", "bestand", "--user", "beheer"])
        XCTAssertEqual(other.code, 2)
        XCTAssertTrue(other.errors.hasPrefix("gebruiker 'beheer' hoort bij OS-login 'elders', niet bij '\(login)'"), other.errors)

        // An admin bound to this login may act for beheer; the audit line names them.
        let store = try Store.open(data, user: "test")
        try store.commit([.putUser(User(name: "hoofd", displayName: "H. Oofd", role: .admin, login: login))], summary: "hoofd")
        store.close()
        XCTAssertEqual(run(["report", "bestand", "--user", "beheer"]).code, 0)
        let line = try XCTUnwrap(try auditLines().last)
        XCTAssertTrue(line.contains(#""user":"beheer""#) && line.contains(#""admin":"hoofd""#), line)
    }
}
