import Foundation
import XCTest
import WerkbankCore
@testable import WerkbankBench

final class BenchCommandTests: XCTestCase {
    /// The package root (three levels above this file).
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let figureKeys = ["first_screen_ms", "all_clients_ms", "takeover_ms", "report_ms", "rss_mb", "peak_rss_mb", "compact_ms", "compact_peak_rss_mb", "search_p50_ms", "search_p99_ms", "sort_ms",
                                     "dossier_ms", "edit_p50_ms", "edit_p99_ms", "edit_ratio_100k_vs_1k", "frame_ms", "data_bytes"]

    /// The real binary on 300 clients, with a PATH where no peer can be found: every figure is a
    /// positive number, and every peer but /bin/true (named by its path) is an error, not a time.
    func testJSONGivesEveryFigureAsANumberAndMissingPeersAsErrors() throws {
        let binary = Self.packageRoot.appendingPathComponent(".build/debug/werkbank").path
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "werkbank is not built")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bench-test-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        var bench = SpawnedProcess(arguments: ["/usr/bin/env", "PATH=/nonexistent", "LANG=C.UTF-8", binary,
                                               "bench", "--clients", "300", "--format", "json"])
        bench.output = output.path
        guard case .finished = bench.run() else { return XCTFail("werkbank bench failed") }

        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        XCTAssertEqual(object["clients"] as? Double, 300)
        for key in Self.figureKeys {
            let value = try XCTUnwrap(object[key] as? Double, "\(key) is not a number: \(String(describing: object[key]))")
            XCTAssertGreaterThan(value, 0, key)
        }
        let peers = try XCTUnwrap(object["peers"] as? [String: [String: Any]])
        XCTAssertNotNil(peers["true"]?["ms"] as? Double)
        for name in ["fzf", "grep", "jq", "cat"] {
            XCTAssertNil(peers[name]?["ms"], name)
            XCTAssertEqual(peers[name]?["error"] as? String, "niet geïnstalleerd", name)
        }
    }

    func testAProgramNotOnPathIsMissingAndANonZeroExitIsAnError() {
        XCTAssertEqual(SpawnedProcess(arguments: ["werkbank-no-such-peer"]).run(), .missing)
        XCTAssertEqual(SpawnedProcess(arguments: ["/bin/sh", "-c", "exit 2"]).median(repetitions: 3), .failed(status: 2))
        XCTAssertEqual(SpawnedProcess(arguments: ["/bin/sh", "-c", "kill -9 $$"]).run(), .failed(status: 137))
        guard case .finished(_, let status) = SpawnedProcess(arguments: ["/bin/sh", "-c", "exit 1"], acceptedStatuses: [0, 1]).run() else {
            return XCTFail("grep's 'no match' status is accepted when asked")
        }
        XCTAssertEqual(status, 1)
    }

    func testThePeerSeesTheInputFileOnStandardInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("names.txt")
        let output = directory.appendingPathComponent("out.txt")
        try "Jansen\nde Vries\nÖztürk\n".write(to: input, atomically: true, encoding: .utf8)
        let grep = SpawnedProcess(arguments: ["/bin/sh", "-c", "grep -i vries"], input: input.path, output: output.path)
        guard case .finished = grep.run() else { return XCTFail("grep failed") }
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "de Vries\n")
    }

    func testTheTableNamesAMissingOrFailingPeerInsteadOfATime() {
        Language.current = .nl
        var figures = BenchFigures()
        figures.peers = [Peer(id: "fzf", label: "fzf", result: .missing),
                         Peer(id: "jq", label: "jq", result: .failed(status: 2)),
                         Peer(id: "true", label: "/bin/true", result: .finished(milliseconds: 0.5, status: 0))]
        let lines = figures.table.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  fzf") && $0.hasSuffix("niet geïnstalleerd") }, figures.table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  jq") && $0.hasSuffix("fout (exitcode 2)") }, figures.table)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  /bin/true") && $0.hasSuffix("0,50 ms") }, figures.table)
        XCTAssertTrue(figures.json.contains("\"fzf\": {\"error\": \"niet geïnstalleerd\"}"), figures.json)
        XCTAssertTrue(figures.json.contains("\"jq\": {\"error\": \"fout (exitcode 2)\"}"), figures.json)
    }

    func testPercentilesUseTheNearestRank() {
        let values = (1...100).map(Double.init).shuffled()
        XCTAssertEqual(Percentile.of(values, 0.5), 50)
        XCTAssertEqual(Percentile.of(values, 0.99), 99)
        XCTAssertEqual(Percentile.of([7], 0.99), 7)
    }
}
