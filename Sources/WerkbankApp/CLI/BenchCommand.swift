import Foundation
import TerminalUI
import WerkbankCore

/// `werkbank bench`: measures what a person waits for — opening a data directory, an edit,
/// typing a search, sorting, rendering a frame, computing a report, import and export — on a
/// generated municipality, next to a peer tool measured in the same run (cat, jq, grep), because
/// absolute times on a shared machine are noise.
public enum BenchCommand: Subcommand {
    public static let name = "bench"
    public static let summaryKey = "cli.bench.summary"
    public static let helpKey = "cli.bench.help"
    public static let valuedOptions: Set<String> = ["clients"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        let clients = try arguments.options["clients"].map { text -> Int in
            guard let value = Int(text), (1_000...1_000_000).contains(value) else {
                throw UsageError(cliText("cli.bench.bad_clients", text))
            }
            return value
        } ?? 100_000
        let out = context.output
        let today = Day.today(environment: context.environment)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }

        out.line("werkbank bench — \(DutchNumber.integer(clients)) klanten")
        let (dataset, generate) = timed { DemoGenerator(clients: clients, today: today).generate() }
        row(out, "demo genereren", generate)

        let (created, create) = try timed { try Store.create(directory, dataset: dataset, user: "bench") }
        created.close()
        let snapshot = directory.appendingPathComponent("snapshot.jsonl").path
        let (_, open) = try timed { try Store.open(directory, user: "bench", readOnly: true) }
        let cat = peer(["cat", snapshot])
        let jq = peer(["jq", "-c", "empty", snapshot])
        row(out, "gegevensmap schrijven (snapshot)", create)
        row(out, "gegevensmap openen", open, peers: [("cat", cat), ("jq empty", jq)])

        let store = try Store.open(directory, user: "bench")
        let ids = store.data.clients.keys.sorted()
        let edits = 200
        let (_, commits) = try timed {
            for index in 0..<edits {
                guard var client = store.data.clients[ids[index % ids.count]] else { continue }
                client.phone = "06-\(10_000_000 + index)"
                try store.commit([.putClient(client)], summary: "telefoon gewijzigd", subject: client.id)
            }
        }
        row(out, "één wijziging (fsync), gemiddeld van \(edits)", commits / Double(edits))
        let (_, compact) = try timed { try store.compact() }
        row(out, "compacteren", compact)
        store.close()

        let figures = CaseloadBenchmark.run(dataset: dataset, today: today, repetitions: 5)
        row(out, "zoekindex opbouwen", figures.buildMilliseconds / 1000)
        for step in figures.keystrokes + figures.coachKeystrokes + figures.actions {
            row(out, "toets: \(step.label)", step.milliseconds / 1000)
        }
        for step in figures.external { row(out, "peer: \(step.label)", step.milliseconds / 1000) }

        let render = RenderBenchmark.measure(frames: 200)
        row(out, "scherm 200×60 tekenen (per frame)", render.microsecondsPerFrame / 1_000_000)

        let options = ReportOptions(peildatum: today)
        for kind in ReportKind.allCases {
            let (_, seconds) = timed { kind.compute(dataset, options: options) }
            row(out, "rapport \(kind.rawValue)", seconds)
        }

        let csv = directory.appendingPathComponent("csv")
        let (_, export) = try timed { try CSVExport.write(dataset, to: csv) }
        let catCSV = peer(["sh", "-c", "cat '\(csv.path)'/*.csv"])
        row(out, "CSV exporteren", export, peers: [("cat", catCSV)])
        let (_, importing) = try timed { try CSVImport.read(directory: csv, into: Dataset()) }
        row(out, "CSV importeren (inlezen en controleren)", importing, peers: [("cat", catCSV)])
        return 0
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// Seconds a peer command takes (output discarded), nil when it is not installed.
    static func peer(_ command: [String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func row(_ out: TextOutput, _ label: String, _ seconds: Double, peers: [(String, Double?)] = []) {
        var line = label.padding(toLength: 52, withPad: " ", startingAt: 0) + format(seconds)
        for (name, time) in peers {
            guard let time, time > 0 else { continue }
            line += "   \(name): \(format(time)) (×\(DutchNumber.tenths(Tenths(tenths: Int((seconds / time * 10).rounded())))))"
        }
        out.line(line)
    }

    static func format(_ seconds: Double) -> String {
        if seconds >= 1 { return DutchNumber.tenths(Tenths(tenths: Int((seconds * 10).rounded()))) + " s" }
        if seconds >= 0.001 { return DutchNumber.tenths(Tenths(tenths: Int((seconds * 10_000).rounded()))) + " ms" }
        return DutchNumber.integer(Int((seconds * 1_000_000).rounded())) + " µs"
    }
}
