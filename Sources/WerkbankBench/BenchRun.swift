import Foundation
import WerkbankApp
import WerkbankCore

/// One `werkbank bench` run on a data directory that may be changed (a fresh one or a copy):
/// the real code paths, the expensive ones in child processes of this binary, and the peer
/// tools in the same run.
struct BenchRun {
    let directory: URL
    /// Where scratch files go (names list, peer output, the 1,000-client directory).
    let work: URL
    let today: Day
    let progress: (String) -> Void
    static let edits = 200
    static let baselineClients = 1_000

    func measure() throws -> BenchFigures {
        var figures = BenchFigures()
        figures.dataBytes = BenchRun.bytes(in: directory)
        let files = BenchRun.files(in: directory)
        progress(benchText("bench.step.read"))
        let store = try Store.open(directory, user: "bench", readOnly: true)
        let clients = Array(store.data.clients.values)
        let coach = BenchRun.busiestCoach(store.data)
        let admin = store.data.users.values.filter { $0.role == .admin }.map(\.name).min()
        store.close()
        guard let coach, let admin else { throw WerkbankError(benchText("bench.no_users")) }
        figures.clients = clients.count
        let queries = BenchQueries.realistic(clients)
        figures.queries = queries
        let names = work.appendingPathComponent("names.txt")
        try clients.map { "\($0.fullName)\t\($0.id)\t\($0.postcode)\t\($0.bsn ?? "")" }.joined(separator: "\n")
            .appending("\n").write(to: names, atomically: true, encoding: .utf8)

        progress(benchText("bench.step.first_screen"))
        try runProbe(user: coach, into: &figures)

        progress(benchText("bench.step.reports"))
        for kind in ReportKind.allCases {
            // The median of three runs: one run on a shared machine says as much about the others on it.
            let milliseconds = Percentile.median(try (0..<3).map { _ in
                let report = SpawnedProcess(arguments: [try BenchRun.ownExecutable(), "report", kind.rawValue, "--data", directory.path,
                                                        "--user", admin])
                guard case .finished(let milliseconds, _) = report.run() else { throw WerkbankError(benchText("bench.report_failed", kind.rawValue)) }
                return milliseconds
            })
            if milliseconds > figures.reportMilliseconds { (figures.reportMilliseconds, figures.slowestReport) = (milliseconds, kind.rawValue) }
        }

        progress(benchText("bench.step.peers"))
        figures.peers = peers(names: names, queries: queries, files: files)

        progress(benchText("bench.step.screens"))
        let writer = try Store.open(directory, user: admin)
        let screens = try CaseloadScreenBenchmark.run(store: writer, admin: admin, today: today, queries: queries, edits: BenchRun.edits)
        writer.close()
        figures.searchKeystrokes = screens.searchKeystrokes
        figures.sortMilliseconds = screens.sortMilliseconds
        figures.dossierMilliseconds = screens.dossierMilliseconds
        figures.frameMilliseconds = screens.frameMilliseconds
        figures.editMilliseconds = screens.editMilliseconds

        progress(benchText("bench.step.baseline", DutchNumber.integer(BenchRun.baselineClients)))
        figures.baselineEditMilliseconds = try baselineEdits()
        return figures
    }

    /// The start (first screen, all clients, the takeover), the memory after it and a compaction,
    /// in a child process of this binary.
    private func runProbe(user: String, into figures: inout BenchFigures) throws {
        let output = work.appendingPathComponent("probe.json")
        var probe = SpawnedProcess(arguments: [try BenchRun.ownExecutable(), "bench", "--probe", "first-screen",
                                               "--data", directory.path, "--user", user])
        probe.output = output.path
        let outcome = probe.run()
        let values = (try? JSONSerialization.jsonObject(with: Data(contentsOf: output))) as? [String: Double]
        guard case .finished = outcome, let firstScreen = values?["first_screen_ms"], let allClients = values?["all_clients_ms"],
              let takeover = values?["takeover_ms"], let megabytes = values?["rss_mb"],
              let peakMegabytes = values?["peak_rss_mb"], let compactMilliseconds = values?["compact_ms"],
              let compactPeakMegabytes = values?["compact_peak_rss_mb"] else {
            throw WerkbankError(benchText("bench.probe_failed"))
        }
        (figures.firstScreenMilliseconds, figures.allClientsMilliseconds, figures.takeoverMilliseconds) = (firstScreen, allClients, takeover)
        (figures.rssMegabytes, figures.peakRSSMegabytes) = (megabytes, peakMegabytes)
        (figures.compactMilliseconds, figures.compactPeakRSSMegabytes) = (compactMilliseconds, compactPeakMegabytes)
    }

    private func peers(names: URL, queries: [String], files: [String]) -> [Peer] {
        let scratch = work.appendingPathComponent("peer-output.txt").path
        func search(_ id: String, _ label: String, _ command: (String) -> [String]) -> Peer {
            var times: [Double] = []
            for query in queries {
                let process = SpawnedProcess(arguments: command(query), input: names.path, output: scratch, acceptedStatuses: [0, 1])
                switch process.median(repetitions: 3) {
                case .finished(let milliseconds, _): times.append(milliseconds)
                case let other: return Peer(id: id, label: label, result: other)
                }
            }
            return Peer(id: id, label: label, result: .finished(milliseconds: Percentile.median(times), status: 0))
        }
        // Every line of the JSON-lines files, its checksum prefix (schema 2) cut off, parsed as JSON.
        let jsonLineFiles = files.filter { $0.hasSuffix(".jsonl") }
        return [
            Peer(id: "true", label: "/bin/true", result: SpawnedProcess(arguments: ["/bin/true"], input: names.path).median(repetitions: 9)),
            search("fzf", benchText("bench.peer.fzf")) { ["fzf", "--filter", $0] },
            search("grep", benchText("bench.peer.grep")) { ["grep", "-i", $0] },
            Peer(id: "jq", label: benchText("bench.peer.jq"), result: SpawnedProcess(arguments: ["jq", "-R", #"sub("^[0-9a-f]{8}\t"; "") | fromjson | empty"#] + jsonLineFiles).median(repetitions: 3)),
            Peer(id: "cat", label: benchText("bench.peer.cat"), result: SpawnedProcess(arguments: ["cat"] + files).median(repetitions: 3)),
        ]
    }

    /// Edit times on a fresh directory of 1,000 generated clients, measured the same way.
    private func baselineEdits() throws -> [Double] {
        let base = work.appendingPathComponent("baseline")
        let dataset = DemoGenerator(clients: BenchRun.baselineClients, today: today).generate()
        guard let admin = dataset.users.values.filter({ $0.role == .admin }).map(\.name).min() else {
            throw WerkbankError(benchText("bench.no_users"))
        }
        try Store.create(base, dataset: dataset, user: "bench").close()
        let store = try Store.open(base, user: admin)
        defer { store.close() }
        let workbench = try HeadlessWorkbench(store: store, user: admin, today: today, backend: DiscardingBackend(size: CaseloadScreenBenchmark.size))
        return try CaseloadScreenBenchmark.editTimes(workbench, store: store, today: today, count: BenchRun.edits)
    }

    /// The coach with the most clients (the heaviest first screen a coach gets).
    static func busiestCoach(_ data: Dataset) -> String? {
        var counts: [String: Int] = [:]
        for client in data.clients.values { counts[client.coach, default: 0] += 1 }
        return data.users.values.filter { $0.role == .coach }.map(\.name)
            .max { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) }
    }

    /// Every regular file below `directory`, sorted.
    static func files(in directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { paths.append(url.path) }
        }
        return paths.sorted()
    }

    static func bytes(in directory: URL) -> Int {
        files(in: directory).reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    /// This program's own path, for running it again as a child.
    static func ownExecutable() throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// Memory of this process in megabytes from /proc/self/status: `VmRSS` (resident now) or
    /// `VmHWM` (the most it was resident, its peak).
    static func residentMegabytes(_ field: String = "VmRSS") -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
        let kilobytes = Double(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") ?? 0
        return kilobytes / 1024
    }
}

/// A peer tool's figure: a time, or why there is none.
struct Peer {
    /// The key in JSON: the program's name.
    var id: String
    var label: String
    var result: SpawnedProcess.Outcome
}
