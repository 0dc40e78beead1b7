import Foundation
import Synchronization
import WerkbankCore

/// One updating line on standard error while something takes long: an import working through
/// large files ("klanten.csv 45.000/100.000 regels"), or a bar while a large data directory is
/// read. Silent when standard output is not a terminal. Errors are printed after the line is
/// cleared. Safe to update from any thread.
final class ProgressLine: Sendable {
    private struct State {
        var shown = false
        var lastDrawn = 0.0
    }

    private let output: TextOutput
    private let enabled: Bool
    private let started = ProcessInfo.processInfo.systemUptime
    private let state = Mutex(State())
    /// Files smaller than this are done before a person could read the line.
    private let minimumRows = 10_000
    /// A bar appears only for a read that takes longer than this (seconds).
    private let barDelay: Double
    static let barWidth = 30

    init(output: TextOutput, enabled: Bool, barDelay: Double = 0.5) {
        self.output = output
        self.enabled = enabled
        self.barDelay = barDelay
    }

    func update(_ file: ExchangeFile, _ done: Int, _ total: Int) {
        guard total >= minimumRows else { return }
        status(cliText("cli.import.progress", file.name, DutchNumber.integer(done), DutchNumber.integer(total)))
    }

    /// A bar for `fraction` (0…1) of `label`, from half a second on, redrawn at most ten times a second.
    func bar(_ label: String, _ fraction: Double) {
        let now = ProcessInfo.processInfo.systemUptime
        guard enabled, now - started >= barDelay else { return }
        let due = state.withLock { state -> Bool in
            guard now - state.lastDrawn >= 0.1 else { return false }
            state.lastDrawn = now
            return true
        }
        if due { status(Self.barText(label, fraction)) }
    }

    /// `label [█████·····]  45%`
    static func barText(_ label: String, _ fraction: Double) -> String {
        let clamped = min(max(fraction, 0), 1)
        let filled = Int((clamped * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: barWidth - filled)
        return "\(label) [\(bar)] \(Int((clamped * 100).rounded(.down)))%"
    }

    /// Replaces the line with `text`.
    func status(_ text: String) {
        guard enabled else { return }
        state.withLock { state in
            output.raw("\r\u{1B}[K" + text)
            state.shown = true
        }
    }

    func finish() {
        state.withLock { state in
            if state.shown { output.raw("\r\u{1B}[K") }
            state.shown = false
        }
    }
}
