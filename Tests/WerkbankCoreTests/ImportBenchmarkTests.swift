import XCTest
@testable import WerkbankCore

/// Prints how long export and import of a large generated dataset take, next to `cat` of the
/// same files. Runs only with `WERKBANK_BENCH=1` (clients: `WERKBANK_BENCH_CLIENTS`, default
/// 100.000); best measured in release: `WERKBANK_BENCH=1 swift test -c release --filter ImportBenchmarkTests`.
final class ImportBenchmarkTests: XCTestCase {
    func testExportAndImportFigures() throws {
        let environment = ProcessInfo.processInfo.environment
        try XCTSkipUnless(environment["WERKBANK_BENCH"] == "1", "set WERKBANK_BENCH=1 to measure")
        let count = Int(environment["WERKBANK_BENCH_CLIENTS"] ?? "") ?? 100_000
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = ExchangeSample.dataset(clients: count)

        let exported = try measure { try CSVExport.write(data, to: directory) }
        let paths = ExchangeFile.allCases.map { directory.appendingPathComponent($0.name).path }
        let sizes = try paths.map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }
        let cat = try measure {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/cat")
            process.arguments = paths
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        var result: ImportResult?
        let imported = try measure { result = try CSVImport.read(directory: directory, into: Dataset()) }
        let summary = try XCTUnwrap(result).summary
        XCTAssertEqual(summary.clients, count)

        print("""
            bench: \(count) clients, \(sizes.reduce(0, +) / 1024) KiB in 4 files (\(summary.benefits) benefits, \
            \(summary.ladderObservations) ladder rows, \(summary.meldingen) meldingen)
            bench: export \(milliseconds(exported)) ms, import \(milliseconds(imported)) ms, cat \(milliseconds(cat)) ms
            """)
    }

    private func measure(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}
