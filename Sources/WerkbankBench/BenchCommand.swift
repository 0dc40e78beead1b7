import Foundation
import WerkbankApp
import WerkbankCore

/// `werkbank bench [--clients N] [--data DIR] [--format table|json]`: measures what a person
/// waits for on the real code paths — the first screen and its memory, the slowest report (each
/// in a child process of this binary), search typed letter by letter over all clients, sorting,
/// a dossier with its history, edits, a full frame — on a generated municipality or a copy of
/// DIR, next to peer tools (fzf, grep, jq, cat, /bin/true) run as processes in the same run.
public enum BenchCommand: Subcommand {
    public static let name = "bench"
    public static let summaryKey = "cli.bench.summary"
    public static let helpKey = "cli.bench.help"
    /// `probe` is internal: the child process that measures the first screen.
    public static let valuedOptions: Set<String> = ["clients", "format", "probe"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        let today = Day.today(environment: context.environment)
        if arguments.options["probe"] != nil { return try probeFirstScreen(arguments, context: context, today: today) }
        let clients = try arguments.options["clients"].map { text -> Int in
            guard let value = Int(text), (100...1_000_000).contains(value) else { throw UsageError(benchText("bench.bad_clients", text)) }
            return value
        } ?? 100_000
        let format = arguments.options["format"] ?? "table"
        guard format == "table" || format == "json" else { throw UsageError(benchText("bench.bad_format", format)) }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("werkbank-bench-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: work) }
        let directory = work.appendingPathComponent("data")
        let progress: (String) -> Void = { context.errors.line("bench: " + $0) }
        if let source = context.explicitDataDirectory {
            progress(benchText("bench.step.copy", source))
            try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: directory)
        } else {
            progress(benchText("bench.step.generate", DutchNumber.integer(clients)))
            try Store.create(directory, dataset: DemoGenerator(clients: clients, today: today).generate(), user: "bench").close()
        }
        let figures = try BenchRun(directory: directory, work: work, today: today, progress: progress).measure()
        context.output.line(format == "json" ? figures.json : figures.table)
        return 0
    }

    /// The child: opens `--data` as `--user` and builds the first screen, waits for all clients,
    /// then compacts (as the workbench does on an idle tick once the journal is long) and prints
    /// the times and the resident memory as JSON.
    private static func probeFirstScreen(_ arguments: Arguments, context: CLIContext, today: Day) throws -> Int32 {
        guard arguments.options["probe"] == "first-screen", let directory = context.explicitDataDirectory else {
            throw UsageError(benchText("bench.bad_probe"))
        }
        let start = try CaseloadScreenBenchmark.start(directory: URL(fileURLWithPath: directory), user: context.user, today: today)
        let megabytes = BenchRun.residentMegabytes(), peakMegabytes = BenchRun.residentMegabytes("VmHWM")
        let compactMilliseconds = try CaseloadScreenBenchmark.timed { try start.store.compact() }
        let compactPeakMegabytes = BenchRun.residentMegabytes("VmHWM")
        start.store.close()
        let figures = [("first_screen_ms", start.times.firstScreen), ("all_clients_ms", start.times.allClients),
                       ("takeover_ms", start.times.takeover), ("rss_mb", megabytes), ("peak_rss_mb", peakMegabytes),
                       ("compact_ms", compactMilliseconds), ("compact_peak_rss_mb", compactPeakMegabytes)]
        context.output.line("{" + figures.map { "\"\($0.0)\": \(BenchFigures.number($0.1))" }.joined(separator: ", ") + "}")
        return 0
    }
}
