import Foundation
import TerminalUI
import WerkbankApp
import WerkbankCore

/// Keystroke-to-screen on the real root view and screens (`HeadlessWorkbench`): each key
/// dispatched as the event loop does and followed by a whole 200×60 frame (render, diff,
/// hand-over to a backend that discards the cells). A benchmark to report, not a timed test.
enum CaseloadScreenBenchmark {
    static let size = Size(width: 200, height: 60)

    struct Figures {
        /// Every typed letter of every query, milliseconds.
        var searchKeystrokes: [Double] = []
        var sortMilliseconds = 0.0
        var dossierMilliseconds = 0.0
        var frameMilliseconds = 0.0
        var editMilliseconds: [Double] = []
    }

    /// What a person waits for at the start, in milliseconds from opening the store.
    struct Start {
        /// The first drawn frame (a coach's own caseload).
        var firstScreen: Double
        /// Every client searchable: the rest read and the caseload index built in the background,
        /// taken over on a tick.
        var allClients: Double
        /// That tick: how long the screen stops for the takeover.
        var takeover: Double
    }

    /// Opens the store as the TUI does (a coach's own clients first), builds the root view for
    /// `user` up to the first drawn frame, then waits for the rest of the clients and the tick that
    /// takes them over; the times, and what stays open (to measure the memory of).
    static func start(directory: URL, user: String, today: Day) throws -> (times: Start, store: Store, workbench: HeadlessWorkbench) {
        let start = DispatchTime.now().uptimeNanoseconds
        let store = try Store.openFirstScreen(directory, user: user)
        let workbench = try HeadlessWorkbench(store: store, user: user, today: today, backend: DiscardingBackend(size: size))
        let firstScreen = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard workbench.caseloadRows != nil else { throw WerkbankError(benchText("bench.not_caseload", user, workbench.title)) }
        workbench.loadRest()
        store.waitForLoading()
        let takeover = timed { workbench.tick() }
        guard store.isComplete else { throw WerkbankError(benchText("bench.not_loaded")) }
        let allClients = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return (Start(firstScreen: firstScreen, allClients: allClients, takeover: takeover), store, workbench)
    }

    /// Search over all clients (the status filter cleared through the filter panel), sort,
    /// open dossiers with their history, full frames, and `edits` journaled edits; as `admin`.
    static func run(store: Store, admin: String, today: Day, queries: [String], edits: Int) throws -> Figures {
        let workbench = try HeadlessWorkbench(store: store, user: admin, today: today, backend: DiscardingBackend(size: size))
        let everyone = store.data.clients.count
        for key in [Key.char("f"), .char(" "), .char("f")] { workbench.press(key) }
        try expectRows(everyone, workbench, admin)
        var figures = Figures()
        for query in queries {
            workbench.press(.char("/"))
            for character in query { figures.searchKeystrokes.append(timed { workbench.press(.char(character)) }) }
            workbench.press(.escape)
            try expectRows(everyone, workbench, admin)
        }
        figures.sortMilliseconds = Percentile.median((0..<5).map { _ in timed { workbench.press(.char("s")) } })
        figures.dossierMilliseconds = try Percentile.median((0..<5).map { _ in
            workbench.press(.down)
            // Enter, the reason dialog (an admin opens a dossier with a reason: the first, Enter),
            // then the Historie tab — what a person presses; the audit line is fsync'ed on the way.
            let time = timed { workbench.press(.enter); workbench.press(.enter); workbench.press(.char("7")) }
            guard workbench.caseloadRows == nil, workbench.statusHint.hasPrefix(appText("dossier.history.count", "")) else {
                throw WerkbankError(benchText("bench.no_dossier"))
            }
            for _ in 0..<3 where workbench.caseloadRows == nil { workbench.press(.escape) }
            try expectRows(everyone, workbench, admin)
            return time
        })
        figures.frameMilliseconds = Percentile.median((0..<20).map { _ in timed { workbench.redrawFully() } })
        figures.editMilliseconds = try editTimes(workbench, store: store, today: today, count: edits)
        return figures
    }

    /// Milliseconds of each of `count` edits (a contact note, the most common edit) journaled with
    /// fsync through the shared model, as a screen saves.
    static func editTimes(_ workbench: HeadlessWorkbench, store: Store, today: Day, count: Int) throws -> [Double] {
        let ids = store.data.clients.keys.sorted()
        return try (0..<count).map { index in
            let id = ids[index * 7919 % ids.count]
            var saved = false
            let note = AddNote(client: id, date: today, channel: .phone, text: benchText("bench.edit_summary"))
            let time = timed { saved = workbench.run(note) }
            guard saved else { throw WerkbankError(benchText("bench.edit_failed", id)) }
            return time
        }
    }

    private static func expectRows(_ count: Int, _ workbench: HeadlessWorkbench, _ user: String) throws {
        guard let rows = workbench.caseloadRows, rows == count else {
            throw WerkbankError(benchText("bench.not_all_clients", user, workbench.caseloadRows ?? 0, count))
        }
    }

    static func timed(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}

/// A terminal that takes frames and drops them: the benchmark measures our side only.
final class DiscardingBackend: Backend {
    let size: Size
    let colorSupport = ColorSupport.indexed256
    init(size: Size) { self.size = size }
    func start() throws {}
    func stop() {}
    func setTheme(_ theme: Theme) {}
    func draw(_ changes: [CellChange]) {}
    func setCursor(x: Int, y: Int) {}
    func hideCursor() {}
    func flush() {}
    func clear() {}
    func readEvent(timeout: Double?) -> Event? { nil }
    func suspend() {}
}
