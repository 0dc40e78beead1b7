import Foundation
import WerkbankCore
import XCTest

/// The real binary in tmux: half a melding is typed, the process is killed with SIGKILL, and
/// after a restart the draft is offered, resumed and completed.
final class EndToEndIntakeTests: XCTestCase {
    func testDraftSurvivesSIGKILLAndCompletesAfterRestart() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        let binary = TmuxSession.binary.path
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-intake-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = TmuxSession.shell(["env", "WERKBANK_TODAY=23-11-2026", binary, "demo", "--out", directory.path, "--clients", "60"])
        XCTAssertEqual(made.status, 0, made.output)
        let environment = ["WERKBANK_TODAY": "23-11-2026", "LANG": "C.UTF-8"]

        let first = try TmuxSession(width: 120, height: 30, command: [binary, "intake", "--data", directory.path, "--user", "hscholten"],
                                    environment: environment)
        first.waitFor("datum melding")
        // The form opens on its first empty required field, the first name.
        first.type("Jan")
        first.send("Tab", "Tab")
        first.type("Vries")
        first.send("Tab")
        first.type("01021980")
        // The form is kept as a draft when typing pauses: wait until the journal holds the date.
        first.waitFor("concept melding bewaard (Jan Vries)")
        let deadline = Date().addingTimeInterval(TmuxSession.defaultTimeout)
        while Date() < deadline, !(try draftValues(in: directory).contains("01-02-1980")) { usleep(100_000) }
        XCTAssertTrue(try draftValues(in: directory).contains("01-02-1980"))
        let pid = try XCTUnwrap(first.panePID)
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        first.waitForExit()
        first.kill()

        let second = try TmuxSession(width: 120, height: 30, command: [binary, "--data", directory.path, "--user", "hscholten"],
                                     environment: environment)
        defer { second.kill() }
        second.waitFor("Concept hervatten")
        second.send("j")
        second.waitFor("01-02-1980")
        second.type("t")      // the form resumes on its first empty required field, the channel; t moves on
        second.type("bijstand na ontslag")
        second.send("C-s")
        second.waitFor("opgeslagen: melding M")

        let data = try Store.open(directory, user: "check", readOnly: true).data
        let melding = try XCTUnwrap(data.meldingen.values.first { $0.question == "bijstand na ontslag" })
        XCTAssertEqual(melding.name, "Jan Vries")
        XCTAssertEqual(melding.birthDate, Day(year: 1980, month: 2, day: 1))
        XCTAssertEqual(melding.channel, "telefoon")
        XCTAssertTrue(data.drafts.isEmpty, "completing removes the draft")
    }

    /// Every field value of the drafts on disk (read-only, next to the running writer).
    private func draftValues(in directory: URL) throws -> Set<String> {
        let store = try Store.open(directory, user: "check", readOnly: true)
        defer { store.close() }
        return Set(store.data.drafts.values.flatMap(\.fields.values))
    }
}
