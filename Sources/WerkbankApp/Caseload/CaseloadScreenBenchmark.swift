import Foundation
import TerminalUI
import WerkbankCore

/// Keystroke-to-screen on the caseload: the real root view and caseload screen on a data
/// directory, each key dispatched as the event loop does and followed by a whole 200×60 frame
/// (render, diff, hand-over to a backend that discards the cells). Measured for a coach's own
/// caseload and for all clients (an admin), next to `grep -c -i` over the same names as a peer
/// in the same run. A benchmark to report (`werkbank bench`), not a timed test.
public enum CaseloadScreenBenchmark {
    public struct Step: Sendable, CustomStringConvertible {
        public var label: String
        /// Median over the repetitions.
        public var milliseconds: Double
        /// Rows listed after the key (for a peer: lines it matched).
        public var rows: Int
        /// A tool measured for comparison, not a key on the screen.
        public var isPeer = false
        public var description: String { "\(label): \(String(format: "%.2f", milliseconds)) ms (\(rows))" }
    }

    /// Writes `dataset` to a temporary data directory (removed afterwards) and measures typing
    /// "jans" letter by letter, a sort change and its reversal, and a page down.
    public static func run(dataset: Dataset, today: Day, repetitions: Int = 5) throws -> [Step] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-screenbench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Store.create(directory, dataset: dataset, user: "bench").close()
        let store = try Store.open(directory, user: "bench")
        defer { store.close() }
        let coach = dataset.users.values.filter { $0.role == .coach }.map(\.name).min() ?? ""
        let admin = dataset.users.values.filter { $0.role == .admin }.map(\.name).min() ?? coach
        var steps: [Step] = []
        for (user, label) in [(coach, "coach"), (admin, "alle")] {
            steps += try measureScreen(store: store, user: user, today: today, label: label, repetitions: repetitions)
        }
        steps += peer(dataset: dataset, text: "jans", repetitions: repetitions)
        return steps
    }

    private static func measureScreen(store: Store, user: String, today: Day, label: String, repetitions: Int) throws -> [Step] {
        let model = AppModel(store: store, user: Workbench.provisionalUser(user, in: store.data), today: today)
        let root = Workbench.makeRoot(model: model, requestedUser: user, keyMap: KeyMap(commands: AppCommands.all))
        var options = Application.Options()
        options.tickInterval = nil
        let application = Application(root: root, backend: DiscardingBackend(size: Size(width: 200, height: 60)), options: options)
        try application.start()
        defer { application.stop() }
        application.redraw()
        guard let screen = root.top as? CaseloadScreen else { return [] }

        let typed = Array("jans")
        var typing = Array(repeating: [Double](), count: typed.count)
        var sorting = [[Double]](repeating: [], count: 3)
        var typingRows = Array(repeating: 0, count: typed.count)
        for _ in 0..<max(1, repetitions) {
            press(.char("/"), application)
            for (index, character) in typed.enumerated() {
                typing[index].append(press(.char(character), application))
                typingRows[index] = screen.result.count
            }
            press(.escape, application)
            sorting[0].append(press(.char("s"), application))
            sorting[1].append(press(.char("S"), application))
            sorting[2].append(press(.pageDown, application))
            press(.home, application)
            for _ in 0..<(CaseloadColumn.allCases.count) where screen.query.sort != .name { press(.char("s"), application) }
        }
        var steps = typed.indices.map { index in
            Step(label: "\(label) '\(String(typed[...index]))'", milliseconds: median(typing[index]), rows: typingRows[index])
        }
        steps.append(Step(label: "\(label) sorteren (s)", milliseconds: median(sorting[0]), rows: screen.result.count))
        steps.append(Step(label: "\(label) omdraaien (S)", milliseconds: median(sorting[1]), rows: screen.result.count))
        steps.append(Step(label: "\(label) PgDn", milliseconds: median(sorting[2]), rows: screen.result.count))
        return steps
    }

    /// Milliseconds from handing the key to the root view until the frame is with the backend.
    @discardableResult
    private static func press(_ key: Key, _ application: Application) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        application.dispatch(.key(key))
        application.redraw()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    /// `grep -c -i <text>` over one name per client, process start included.
    private static func peer(dataset: Dataset, text: String, repetitions: Int) -> [Step] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-screenbench-names-\(getpid()).txt")
        let names = dataset.clients.values.map { "\($0.listName);\($0.fullName)" }.joined(separator: "\n") + "\n"
        guard (try? names.write(to: file, atomically: true, encoding: .utf8)) != nil else { return [] }
        defer { try? FileManager.default.removeItem(at: file) }
        var times: [Double] = []
        var count = 0
        for _ in 0..<max(1, repetitions) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["grep", "-c", "-i", text, file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            let start = DispatchTime.now().uptimeNanoseconds
            guard (try? process.run()) != nil else { return [] }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            count = Int(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        return [Step(label: "grep -c -i '\(text)'", milliseconds: median(times), rows: count, isPeer: true)]
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

/// A terminal that takes frames and drops them: the benchmark measures our side only.
private final class DiscardingBackend: Backend {
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
