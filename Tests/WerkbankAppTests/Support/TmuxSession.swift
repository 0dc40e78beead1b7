import Foundation
import XCTest

/// Drives the real `werkbank` binary in a detached tmux session: send keys, read the screen.
/// Each session runs on its own private tmux server (`tmux -L <unique name>`), so tests can run
/// in parallel and never touch a user's tmux.
final class TmuxSession {
    let name: String
    private(set) var isRunning = false

    /// The package root (two levels above this file's directory).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `werkbank` executable that `swift test` built next to the test bundle.
    static var binary: URL {
        let debug = packageRoot.appendingPathComponent(".build/debug/werkbank")
        if FileManager.default.isExecutableFile(atPath: debug.path) { return debug }
        return packageRoot.appendingPathComponent(".build/release/werkbank")
    }

    static var isAvailable: Bool { shell(["tmux", "-V"]).status == 0 }

    init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        name = "wbtest-\(getpid())-\(UUID().uuidString.prefix(8))"
        let env = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let line = "env TERM=xterm-256color \(env) " + command.map(TmuxSession.quote).joined(separator: " ")
        let result = TmuxSession.shell(["tmux", "-L", name, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", line])
        guard result.status == 0 else { throw WerkbankTestError("tmux new-session failed: \(result.output)") }
        // Keep the pane after the program exits so its last screen and exit status can be read.
        _ = tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        isRunning = true
    }

    deinit { kill() }

    /// Sends tmux key names ("Enter", "Escape", "F5", "C-p") or literal text (`literal: true`).
    func send(_ keys: String..., literal: Bool = false) {
        _ = tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) { send(text, literal: true) }

    func screen() -> String {
        tmux(["capture-pane", "-p", "-t", name]).output
    }

    func resize(width: Int, height: Int) {
        _ = tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; returns the screen. Fails the test after `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) -> String {
        waitFor(all: [text], timeout: timeout, file: file, line: line)
    }

    /// Waits until one screen contains every text (typing is asynchronous: an earlier state of
    /// the screen may match one text but not yet the other).
    @discardableResult
    func waitFor(all texts: [String], timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if texts.allSatisfy(last.contains) { return last }
            usleep(100_000)
        }
        XCTFail("timed out waiting for \(texts); screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// True when the program in the pane has exited.
    var hasExited: Bool {
        tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).output.hasPrefix("1")
    }

    func kill() {
        guard isRunning else { return }
        _ = tmux(["kill-server"])
        isRunning = false
    }

    /// The pid of the program running in the pane.
    var panePID: Int32? {
        Int32(tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A tmux command on this session's private server.
    private func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        TmuxSession.shell(["tmux", "-L", name] + arguments)
    }

    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    static func shell(_ arguments: [String]) -> (status: Int32, output: String) {
        ChildProcess.run(arguments)
    }
}

struct WerkbankTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
