import Foundation
import XCTest
import WerkbankBench
import WerkbankCore

/// Prints FastJSON's figures next to Foundation's, and the store benchmark; runs only when asked
/// (a measurement, not a test of timing):
/// `WERKBANK_BENCH=100000 swift test -c release -Xswiftc -enable-testing --filter FastJSONBenchmarkTests`.
final class FastJSONBenchmarkTests: XCTestCase {
    private var clients: Int? { ProcessInfo.processInfo.environment["WERKBANK_BENCH"].flatMap(Int.init) }

    func testPrintCoderFigures() throws {
        guard clients != nil else { throw XCTSkip("set WERKBANK_BENCH=<number of clients> to run the benchmarks") }
        let figures = try JSONBenchmark.run(clients: 2000, rounds: 5)
        print(figures)
        XCTAssertLessThan(figures.fastDecode, figures.foundationDecode)
    }

    func testPrintStoreFigures() throws {
        guard let clients else { throw XCTSkip("set WERKBANK_BENCH=<number of clients> to run the benchmarks") }
        var best: [String: (wall: Double, cpu: Double)] = [:]
        var order: [String] = []
        for _ in 0..<3 {
            let result = try StoreBenchmark.run(clients: clients)
            for step in result.steps {
                if best[step.name] == nil { order.append(step.name) }
                let previous = best[step.name] ?? (.infinity, .infinity)
                best[step.name] = (min(previous.wall, step.seconds), min(previous.cpu, step.cpuSeconds))
            }
        }
        print("store benchmark, \(clients) clients, best of 3:")
        for name in order {
            guard let figures = best[name] else { continue }
            print(String(format: "  %@: wall %.3f s, CPU %.3f s", name, figures.wall, figures.cpu))
        }
        XCTAssertEqual(order.count, 8)
    }
}
