import Foundation
import WerkbankCore
import XCTest

/// The real binary in tmux, ended by a signal: SIGTERM with a note form open keeps the typed
/// note as a draft that the next start offers and reopens; a crash (a Swift trap in the hidden
/// test mode) prints one Dutch line naming a crash file and exits at once.
final class EndToEndSignalTests: XCTestCase {
    private let environment = ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_MOUSE": "0", "LANG": "C.UTF-8"]

    private func makeDemoDirectory() throws -> URL {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-signal-\(UUID().uuidString)")
        let made = ChildProcess.run([TmuxSession.binary.path, "demo", "--out", directory.path, "--clients", "60"], environment: environment)
        guard made.status == 0 else { throw WerkbankTestError("werkbank demo failed (\(made.status)): \(made.output)") }
        return directory
    }

    private func workbench(_ directory: URL, environment extra: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(width: 100, height: 30, command: [TmuxSession.binary.path, "--data", directory.path, "--user", "mvdberg"],
                        environment: environment.merging(extra) { $1 })
    }

    func testSIGTERMKeepsTheOpenNoteFormAsADraftThatIsOfferedAndReopened() throws {
        let directory = try makeDemoDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let note = "Gebeld over de sollicitatie bij Bakkerij"

        let first = try workbench(directory)
        defer { first.kill() }
        first.waitFor("caseload M. van den Berg")
        first.send("Enter")
        first.waitFor("Overzicht │ Ladder")
        first.type("5")
        first.waitFor("notities: ")
        first.type("n")
        first.waitFor("Nieuwe notitie")   // the form opens on the text
        first.type(note)
        first.waitFor(note)
        let pid = try XCTUnwrap(first.panePID)
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        first.waitForExit()
        // tmux 3.3 marks a pane dead when its terminal closes and now and then never records the
        // status of a program that ends right after: check it when tmux has it.
        if let status = first.exitStatus { XCTAssertEqual(status, 128 + SIGTERM) }
        let kept = try Store.open(directory, user: "check", readOnly: true).data.drafts.values
        XCTAssertEqual(kept.count, 1)
        XCTAssertEqual(kept.first?.kind, "form.dossier")
        XCTAssertEqual(kept.first?.user, "mvdberg")
        XCTAssertTrue(kept.first?.fields.values.contains(note) ?? false, "\(kept)")

        let second = try workbench(directory)
        defer { second.kill() }
        second.waitFor(all: ["Concept hervatten", "(Nieuwe notitie)", "[J]a / [N]ee"])
        second.send("Enter")   // Ja is the default answer
        second.waitFor(all: ["Nieuwe notitie", note, "concept hervat"])
        second.send("C-s")
        second.waitFor("opgeslagen: notitie")
        second.send("F10")
        second.waitForExit()

        let store = try Store.open(directory, user: "check", readOnly: true)
        XCTAssertTrue(store.data.drafts.isEmpty, "the reopened draft is removed")
        XCTAssertTrue(try store.data.clients.keys.contains { try store.notes(of: $0).contains { $0.text == note && $0.by == "mvdberg" } })
    }

    func testACrashPrintsADutchLineWritesACrashFileAndExitsAtOnce() throws {
        let directory = try makeDemoDirectory()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-state-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: directory)
            try? FileManager.default.removeItem(at: state)
        }
        // Under `script` (a terminal of its own, no tmux): tmux 3.3 now and then loses the exit
        // status of a program that ends the moment it starts drawing.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("script(1) is not installed") }
        let command = [TmuxSession.binary.path, "--data", directory.path, "--user", "mvdberg"].map(TmuxSession.quote).joined(separator: " ")
        let run = ChildProcess.run(["/usr/bin/script", "-qec", command, "/dev/null"],
                                   environment: environment.merging(["WERKBANK_TEST_CRASH": "1", "XDG_STATE_HOME": state.path,
                                                                     "TERM": "xterm-256color"]) { $1 })
        let screen = run.output.replacingOccurrences(of: "\r", with: "")
        XCTAssertTrue(screen.contains("werkbank is vastgelopen (signaal"), screen)
        XCTAssertFalse(screen.contains("Press space"), screen)
        let status = run.status
        XCTAssertTrue([128 + SIGILL, 128 + SIGTRAP].contains(status), "exit status \(status)")

        let crashDirectory = state.appendingPathComponent("werkbank")
        let files = try FileManager.default.contentsOfDirectory(atPath: crashDirectory.path)
        let file = try XCTUnwrap(files.first { $0.hasPrefix("werkbank-crash-") })
        let path = crashDirectory.appendingPathComponent(file).path
        XCTAssertTrue(screen.replacingOccurrences(of: "\n", with: "").contains(path), screen)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("signal: \(status - 128)"))
        // The writer lock went with the process.
        let store = try Store.open(directory, user: "check")
        store.close()
    }
}
