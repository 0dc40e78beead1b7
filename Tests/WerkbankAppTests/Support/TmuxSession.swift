import Foundation
import XCTest

/// Drives the real `werkbank` binary in a detached tmux session: send keys, read the screen.
/// Each session runs on its own tmux server (`tmux -L <unique>`), so tests can run in parallel
/// and never touch the user's tmux. Waits are generous (60 s): a busy machine is slow, not wrong.
final class TmuxSession {
    let name: String
    /// Whether `screen` is complete: its last line is the function-key bar ("F1 hulp … F10
    /// stop", spaced by the width), which the workbench draws last.
    static func isComplete(_ screen: String) -> Bool {
        let last = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        return last.hasPrefix("F1") && last.contains("F10")
    }
    static let defaultTimeout: TimeInterval = 60
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
        let result = TmuxSession.shell(["tmux", "-L", name, "-f", "/dev/null", "new-session", "-d", "-s", name,
                                        "-x", "\(width)", "-y", "\(height)", line])
        guard result.status == 0 else { throw WerkbankTestError("tmux new-session failed: \(result.output)") }
        isRunning = true
        // Keep the pane after the program exits so its last screen and exit status can be read.
        tmux("set-option", "-t", name, "remain-on-exit", "on")
    }

    deinit { kill() }

    /// Runs a tmux command on this session's own server.
    @discardableResult
    private func tmux(_ arguments: String...) -> (status: Int32, output: String) {
        TmuxSession.shell(["tmux", "-L", name] + arguments)
    }

    /// Sends tmux key names ("Enter", "Escape", "F5", "C-p") or literal text (`literal: true`).
    func send(_ keys: String..., literal: Bool = false) {
        _ = TmuxSession.shell(["tmux", "-L", name, "send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    func type(_ text: String) { send(text, literal: true) }

    func screen() -> String {
        tmux("capture-pane", "-p", "-t", name).output
    }

    func resize(width: Int, height: Int) {
        tmux("resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)")
    }

    /// Waits until the screen contains `text` and is complete (the function-key bar is drawn);
    /// returns the screen. Fails the test after `timeout`.
    @discardableResult
    func waitFor(_ text: String, complete: Bool = true, timeout: TimeInterval = TmuxSession.defaultTimeout,
                 file: StaticString = #filePath, line: UInt = #line) -> String {
        waitFor(all: [text], complete: complete, timeout: timeout, file: file, line: line)
    }

    /// Waits until one screen contains every text (typing is asynchronous: an earlier state of
    /// the screen may match one text but not yet the other) and, with `complete`, the
    /// function-key bar, which the workbench draws last. `complete: false` for what is not the
    /// workbench's screen (the shell after it exited, the too-small message).
    @discardableResult
    func waitFor(all texts: [String], complete: Bool = true, timeout: TimeInterval = TmuxSession.defaultTimeout,
                 file: StaticString = #filePath, line: UInt = #line) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if texts.allSatisfy(last.contains), !complete || TmuxSession.isComplete(last) { return last }
            usleep(100_000)
        }
        XCTFail("timed out waiting for \(texts); screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// True when the program in the pane has exited.
    var hasExited: Bool {
        tmux("display-message", "-p", "-t", name, "#{pane_dead}").output.hasPrefix("1")
    }

    /// The exit status of the program in the pane once it has exited.
    /// As a shell reports it: the status, or 128 + the signal that ended it.
    var exitStatus: Int32? {
        let fields = tmux("display-message", "-p", "-t", name, "#{pane_dead_status} #{pane_dead_signal}").output
            .split(separator: " ", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let status = fields.first.flatMap({ Int32($0) }) { return status }
        return fields.dropFirst().first.flatMap { Int32($0) }.map { 128 + $0 }
    }

    /// Waits until the program in the pane has exited; fails the test after `timeout`.
    func waitForExit(timeout: TimeInterval = TmuxSession.defaultTimeout, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(timeout)
        while !hasExited && Date() < deadline { usleep(100_000) }
        XCTAssertTrue(hasExited, "the program did not exit; screen was:\n\(screen())", file: file, line: line)
        // tmux marks the pane dead a moment before it records the exit status.
        let statusDeadline = Date().addingTimeInterval(5)
        while exitStatus == nil && Date() < statusDeadline { usleep(50_000) }
    }

    func kill() {
        guard isRunning else { return }
        tmux("kill-server")
        isRunning = false
    }

    /// The pid of the program running in the pane.
    var panePID: Int32? {
        Int32(tmux("display-message", "-p", "-t", name, "#{pane_pid}").output
            .trimmingCharacters(in: .whitespacesAndNewlines))
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
