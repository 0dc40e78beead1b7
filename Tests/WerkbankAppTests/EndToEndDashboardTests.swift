import Foundation
import XCTest

/// The real binary in tmux: a supervisor starts on the dashboard's overview, then the first
/// report at 80×24 (chart below the table, short pane names) and at 200×60 (chart beside the table).
final class EndToEndDashboardTests: XCTestCase {
    func testSupervisorDashboardAt80x24And200x60() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-dash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let binary = TmuxSession.binary.path
        let demo = TmuxSession.shell(["env", "WERKBANK_TODAY=23-11-2026", binary, "demo", "--out", data.path, "--clients", "300"])
        XCTAssertEqual(demo.status, 0, demo.output)

        let session = try TmuxSession(width: 80, height: 24, command: [binary, "--data", data.path, "--user", "gwolbers"],
                                      environment: ["WERKBANK_TODAY": "23-11-2026", "LANG": "C.UTF-8"])
        defer { session.kill() }
        var screen = session.waitFor(all: ["Besluit laat", "Klanten nu", "Uit beeld"])
        XCTAssertTrue(screen.contains("Klanten nu") && screen.contains("Uit beeld"), "the overview first:\n\(screen)")
        session.send("1")
        screen = session.waitFor("Eindstand per jaar")
        XCTAssertTrue(screen.contains("Cijfers · alle coaches"), screen)
        XCTAssertTrue(screen.contains("Periode 2022 – 2026"), screen)
        XCTAssertTrue(screen.contains("Instrum."), "short pane names at 80 columns:\n\(screen)")
        let lines = screen.components(separatedBy: "\n")
        XCTAssertEqual(lines.filter { $0.contains("Beginstand") && $0.contains("Eindstand per jaar") }.count, 0, screen)
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 2026 ") }, screen)

        session.resize(width: 200, height: 60)
        screen = session.waitFor("Instrumenten │ Plaatsingen")
        XCTAssertTrue(screen.components(separatedBy: "\n").contains { $0.contains("Beginstand") && $0.contains("Eindstand per jaar") },
                      "chart beside the table at 200 columns:\n\(screen)")

        session.send("3")
        screen = session.waitFor("Preventiequote per maand")
        XCTAssertTrue(screen.contains("Meldingen") && screen.contains("2022-01"), screen)
        session.send("q")
        session.waitForExit()
    }
}
