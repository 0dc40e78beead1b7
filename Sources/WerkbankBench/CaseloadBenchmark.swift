import Foundation
import WerkbankCore

/// Measures the caseload index on a large dataset: build, one-client update, and what a person
/// does at the keyboard (typing "jans" letter by letter, changing the sort, toggling a facet).
/// Each figure is the median of several runs. For comparison it times `fzf --filter` (when
/// installed) or `grep -i` over a text file of the same names, process start included.
public enum CaseloadBenchmark {
    public struct Step: Sendable, CustomStringConvertible {
        public var label: String
        public var milliseconds: Double
        public var results: Int
        public var description: String { "\(label): \(format(milliseconds)) ms (\(results) rows)" }
    }

    public struct Figures: Sendable, CustomStringConvertible {
        public var clients: Int
        public var buildMilliseconds: Double
        public var updateMilliseconds: Double
        /// Typing "j", "ja", "jan", "jans" over all clients, sorted by name.
        public var keystrokes: [Step]
        /// The same four keystrokes in one coach's caseload.
        public var coachKeystrokes: [Step]
        /// Other screen actions: sort change with and without search text, facet toggle.
        public var actions: [Step]
        /// External tools over the same names (nil when the tool is not installed).
        public var external: [Step]

        public var description: String {
            (["clients: \(clients)", "build: \(format(buildMilliseconds)) ms", "update one client: \(format(updateMilliseconds)) ms"]
                + (keystrokes + coachKeystrokes + actions + external).map(\.description)).joined(separator: "\n")
        }
    }

    public static func run(dataset: Dataset, today: Day, repetitions: Int = 7) -> Figures {
        var index: CaseloadIndex?
        let build = median(repetitions: max(1, repetitions / 3)) {
            index = CaseloadIndex(dataset: dataset, today: today)
        }
        guard var index else { preconditionFailure("index was built above") }
        let typed = ["j", "ja", "jan", "jans"]
        func steps(scope: CaseloadScope, label: String) -> [Step] {
            typed.map { text in
                measure("\(label) '\(text)'", repetitions) { index.query(CaseloadQuery(scope: scope, text: text)).count }
            }
        }
        let keystrokes = steps(scope: .all, label: "all")
        let firstCoach = dataset.clients.values.map(\.coach).min() ?? ""
        let coachKeystrokes = steps(scope: .coach(firstCoach), label: "coach")
        var overdue = CaseloadQuery()
        overdue.toggle(.overdue(true))
        let actions = [
            measure("sort 'jans' on last contact, descending", repetitions) {
                index.query(CaseloadQuery(text: "jans", sort: .lastContact, ascending: false)).count
            },
            measure("sort all on next action", repetitions) { index.query(CaseloadQuery(sort: .nextActionDue)).count },
            measure("sort all on name, descending", repetitions) { index.query(CaseloadQuery(ascending: false)).count },
            measure("facet: overdue", repetitions) { index.query(overdue).count },
        ]
        var client = dataset.clients.values.min { $0.id < $1.id }
        let update = median(repetitions: repetitions) {
            guard var changed = client else { return }
            changed.lastName += "x"
            index.update(changed)
            client = changed
        }
        return Figures(clients: dataset.clients.count, buildMilliseconds: build, updateMilliseconds: update,
                       keystrokes: keystrokes, coachKeystrokes: coachKeystrokes, actions: actions,
                       external: externalComparison(dataset: dataset, text: "jans"))
    }

    /// `fzf --filter` when installed, else `grep -i`, over one line per client ("Vries, J. de;Jan de Vries").
    private static func externalComparison(dataset: Dataset, text: String) -> [Step] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-names-\(ProcessInfo.processInfo.processIdentifier).txt")
        let lines = dataset.clients.values.map { "\($0.listName);\($0.fullName)" }.joined(separator: "\n") + "\n"
        guard (try? lines.write(to: file, atomically: true, encoding: .utf8)) != nil else { return [] }
        defer { try? FileManager.default.removeItem(at: file) }
        var steps: [Step] = []
        for (tool, arguments) in [("fzf", ["--filter", text, file.path]), ("grep", ["-i", text, file.path])] {
            guard let path = executable(tool) else { continue }
            var matched = 0
            let time = median(repetitions: 5) { matched = runCountingLines(path, arguments) }
            steps.append(Step(label: "\(tool) '\(text)'", milliseconds: time, results: matched))
        }
        return steps
    }

    private static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func runCountingLines(_ path: String, _ arguments: [String]) -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return 0 }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    private static func measure(_ label: String, _ repetitions: Int, _ body: () -> Int) -> Step {
        var results = 0
        let time = median(repetitions: repetitions) { results = body() }
        return Step(label: label, milliseconds: time, results: results)
    }

    private static func median(repetitions: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let times = (0..<repetitions).map { _ in
            let duration = clock.measure(body)
            return Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        }.sorted()
        return times[times.count / 2]
    }
}

private func format(_ milliseconds: Double) -> String {
    String(format: "%.2f", milliseconds)
}
