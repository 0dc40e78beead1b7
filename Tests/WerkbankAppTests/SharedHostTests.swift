import Foundation
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// A team on one server: two OS logins in one group write one group-shared data directory
/// (docs/multi-user.md). Needs root and useradd to make the logins; skipped otherwise.
final class SharedHostTests: XCTestCase {
    private let group = "wbteam"
    private let logins = ["wbtest1", "wbtest2"]

    private func sh(_ arguments: [String]) throws {
        let result = ChildProcess.run(arguments)
        guard result.status == 0 else { throw WerkbankTestError("\(arguments.joined(separator: " ")): \(result.output)") }
    }

    /// Makes the group and the logins that do not exist yet; returns a clean-up that removes them.
    private func prepareLogins() throws -> () -> Void {
        var made: [[String]] = []
        if getgrnam(group) == nil {
            try sh(["groupadd", group])
            made.append(["groupdel", group])
        }
        for login in logins where getpwnam(login) == nil {
            try sh(["useradd", "--no-create-home", "--gid", group, "--shell", "/bin/sh", login])
            made.insert(["userdel", login], at: 0)
        }
        return { for command in made { _ = ChildProcess.run(command) } }
    }

    /// Runs the built werkbank as `login` with umask 077 (werkbank must keep the group's modes).
    private func werkbank(as login: String, _ words: [String], data: URL) -> (status: Int32, output: String) {
        let script = "umask 077; exec \"$@\""
        return ChildProcess.run(["runuser", "-u", login, "--", "env", "HOME=/tmp", "sh", "-c", script, "sh",
                                 TmuxSession.binary.path, "--data", data.path, "--lang", "nl"] + words)
    }

    func testTwoOSUsersWriteOneGroupSharedDirectory() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"),
              FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            throw XCTSkip("needs root, useradd and runuser")
        }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank is not built") }
        let removeLogins = try prepareLogins()
        defer { removeLogins() }
        let base = URL(fileURLWithPath: "/tmp/werkbank-shared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let data = base.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(base.path, 0o755), 0)
        try sh(["chgrp", group, data.path])
        XCTAssertEqual(chmod(data.path, 0o2770), 0)

        var result = werkbank(as: "wbtest1", ["user", "add", "een", "--role", "admin", "--naam", "Beheer Een", "--login", "wbtest1"], data: data)
        XCTAssertEqual(result.status, 0, result.output)
        result = werkbank(as: "wbtest1", ["user", "add", "twee", "--role", "admin", "--naam", "Beheer Twee", "--login", "wbtest2"], data: data)
        XCTAssertEqual(result.status, 0, result.output)
        result = werkbank(as: "wbtest2", ["user", "add", "drie", "--role", "werkcoach", "--naam", "Coach Drie"], data: data)
        XCTAssertEqual(result.status, 0, result.output)
        result = werkbank(as: "wbtest2", ["report", "bestand"], data: data)
        XCTAssertEqual(result.status, 0, result.output)
        // een is bound to wbtest1; wbtest2's admin may act for een, and that is on the record.
        result = werkbank(as: "wbtest2", ["report", "bestand", "--user", "een"], data: data)
        XCTAssertEqual(result.status, 0, "twee is an admin of wbtest2: acts for een, on the record")

        let journal = try String(contentsOf: data.appendingPathComponent("journal.jsonl"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(journal.count, 3)
        for (line, user) in zip(journal, ["wbtest1", "een", "twee"]) {
            XCTAssertTrue(line.contains(#""user":"\#(user)""#), "\(user): \(line)")
        }
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(audit.filter { $0.contains(#""action":"report""#) }.map { $0.contains(#""admin":"twee""#) }, [false, true])
        XCTAssertTrue(audit.contains { $0.contains(#""action":"report""#) && $0.contains(#""user":"twee""#) })

        let teamGroup = try XCTUnwrap(getgrnam(group)).pointee.gr_gid
        var owners: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            var info = stat()
            XCTAssertEqual(stat(data.appendingPathComponent(name).path, &info), 0)
            XCTAssertEqual(info.st_mode & 0o7777, 0o660, name)
            XCTAssertEqual(info.st_gid, teamGroup, name)
            owners.insert(String(cString: getpwuid(info.st_uid).pointee.pw_name))
        }
        XCTAssertEqual(owners, ["wbtest1"], "files made by wbtest1 and appended to by wbtest2 keep their owner and mode")
        let store = try Store.open(data, user: "check", readOnly: true)
        XCTAssertEqual(Set(store.data.users.keys), ["een", "twee", "drie"])
        store.close()
    }
}
