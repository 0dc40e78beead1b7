import Foundation
import TerminalUI
import WerkbankCore

/// The figures of one `werkbank bench` run, as a table or as one JSON object.
struct BenchFigures {
    var clients = 0
    var dataBytes = 0
    var firstScreenMilliseconds = 0.0
    var allClientsMilliseconds = 0.0
    var takeoverMilliseconds = 0.0
    var rssMegabytes = 0.0
    var peakRSSMegabytes = 0.0
    var compactMilliseconds = 0.0
    var compactPeakRSSMegabytes = 0.0
    var reportMilliseconds = 0.0
    var slowestReport = ""
    var queries: [String] = []
    var searchKeystrokes: [Double] = []
    var sortMilliseconds = 0.0
    var dossierMilliseconds = 0.0
    var frameMilliseconds = 0.0
    var editMilliseconds: [Double] = []
    var baselineEditMilliseconds: [Double] = []
    var peers: [Peer] = []

    /// The figures by their JSON key, in the order they are printed.
    var numbers: [(key: String, value: Double)] {
        [("clients", Double(clients)),
         ("first_screen_ms", firstScreenMilliseconds),
         ("all_clients_ms", allClientsMilliseconds),
         ("takeover_ms", takeoverMilliseconds),
         ("report_ms", reportMilliseconds),
         ("rss_mb", rssMegabytes),
         ("peak_rss_mb", peakRSSMegabytes),
         ("compact_ms", compactMilliseconds),
         ("compact_peak_rss_mb", compactPeakRSSMegabytes),
         ("search_p50_ms", Percentile.of(searchKeystrokes, 0.5)),
         ("search_p99_ms", Percentile.of(searchKeystrokes, 0.99)),
         ("sort_ms", sortMilliseconds),
         ("dossier_ms", dossierMilliseconds),
         ("edit_p50_ms", Percentile.of(editMilliseconds, 0.5)),
         ("edit_p99_ms", Percentile.of(editMilliseconds, 0.99)),
         ("edit_ratio_100k_vs_1k", Percentile.of(editMilliseconds, 0.5) / max(Percentile.of(baselineEditMilliseconds, 0.5), 0.001)),
         ("frame_ms", frameMilliseconds),
         ("data_bytes", Double(dataBytes))]
    }

    /// One object: every figure a number; `peers` maps each peer to `{"ms": …}` or `{"error": …}`.
    var json: String {
        let figures = numbers.map { "\"\($0.key)\": \(BenchFigures.number($0.value))" }
        let peerEntries = peers.map { peer -> String in
            let value: String
            switch peer.result {
            case .finished(let milliseconds, _): value = "{\"ms\": \(BenchFigures.number(milliseconds))}"
            case .missing, .failed: value = "{\"error\": \"\(BenchFigures.problem(peer.result))\"}"
            }
            return "\"\(peer.id)\": \(value)"
        }
        return "{" + (figures + ["\"peers\": {" + peerEntries.joined(separator: ", ") + "}"]).joined(separator: ", ") + "}"
    }

    var table: String {
        let number = Dictionary(uniqueKeysWithValues: numbers.map { ($0.key, $0.value) })
        func value(_ key: String) -> Double { number[key] ?? 0 }
        var rows: [(String, String)] = [
            (benchText("bench.row.first_screen"), BenchFigures.milliseconds(value("first_screen_ms"))),
            (benchText("bench.row.all_clients"), BenchFigures.milliseconds(value("all_clients_ms"))),
            (benchText("bench.row.takeover"), BenchFigures.milliseconds(value("takeover_ms"))),
            (benchText("bench.row.rss"), DutchNumber.integer(Int(value("rss_mb").rounded())) + " MB"),
            (benchText("bench.row.peak_rss"), DutchNumber.integer(Int(value("peak_rss_mb").rounded())) + " MB"),
            (benchText("bench.row.compact"), BenchFigures.milliseconds(value("compact_ms"))),
            (benchText("bench.row.compact_peak_rss"), DutchNumber.integer(Int(value("compact_peak_rss_mb").rounded())) + " MB"),
            (benchText("bench.row.report", slowestReport), BenchFigures.milliseconds(value("report_ms"))),
            (benchText("bench.row.search", searchKeystrokes.count, queries.count),
             BenchFigures.milliseconds(value("search_p50_ms")) + " / " + BenchFigures.milliseconds(value("search_p99_ms"))),
            (benchText("bench.row.sort"), BenchFigures.milliseconds(value("sort_ms"))),
            (benchText("bench.row.dossier"), BenchFigures.milliseconds(value("dossier_ms"))),
            (benchText("bench.row.edit"), BenchFigures.milliseconds(value("edit_p50_ms")) + " / " + BenchFigures.milliseconds(value("edit_p99_ms"))),
            (benchText("bench.row.edit_ratio", DutchNumber.integer(clients)), "×" + BenchFigures.decimal(value("edit_ratio_100k_vs_1k"), 2)),
            (benchText("bench.row.frame"), BenchFigures.milliseconds(value("frame_ms"))),
            (benchText("bench.row.data"), DutchNumber.integer(dataBytes / 1_000_000) + " MB"),
            (benchText("bench.row.peers"), ""),
        ]
        rows += peers.map { peer in
            switch peer.result {
            case .finished(let milliseconds, _): return ("  " + peer.label, BenchFigures.milliseconds(milliseconds))
            case .missing, .failed: return ("  " + peer.label, BenchFigures.problem(peer.result))
            }
        }
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let header = benchText("bench.header", DutchNumber.integer(clients)) + "\n"
            + benchText("bench.queries", queries.map { "'\($0)'" }.joined(separator: ", "))
        return header + "\n" + rows.map { label, text in
            label + String(repeating: " ", count: max(0, width - DisplayWidth.of(label)) + 2) + text
        }.joined(separator: "\n")
    }

    static func problem(_ outcome: SpawnedProcess.Outcome) -> String {
        switch outcome {
        case .missing: return benchText("bench.peer_missing")
        case .failed(let status): return benchText("bench.peer_failed", status)
        case .finished: return ""
        }
    }

    /// A JSON number with at most three decimals.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.3f", value)
    }

    static func milliseconds(_ value: Double) -> String {
        decimal(value, value >= 100 ? 0 : value >= 10 ? 1 : 2) + " ms"
    }

    /// `value` with `places` decimals, grouped and with a decimal comma in Dutch.
    static func decimal(_ value: Double, _ places: Int) -> String {
        let scale = pow(10, Double(places))
        let scaled = Int((value * scale).rounded())
        let whole = DutchNumber.integer(scaled / Int(scale))
        guard places > 0 else { return whole }
        let fraction = String(scaled % Int(scale)).leftPadded(to: places)
        return whole + (Language.current == .en ? "." : ",") + fraction
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
