import XCTest
import WerkbankBench
import WerkbankCore

/// Prints the caseload benchmark figures; runs only when asked (it is a measurement, not a test
/// of timing): `WERKBANK_BENCH=100000 swift test -c release -Xswiftc -enable-testing --filter CaseloadBenchmarkTests`.
final class CaseloadBenchmarkTests: XCTestCase {
    func testPrintFigures() throws {
        guard let clients = ProcessInfo.processInfo.environment["WERKBANK_BENCH"].flatMap(Int.init) else {
            throw XCTSkip("set WERKBANK_BENCH=<number of clients> to run the caseload benchmark")
        }
        let today = Day(year: 2026, month: 3, day: 2)!
        let dataset = SyntheticCaseload.dataset(clients: clients, today: today)
        let figures = CaseloadBenchmark.run(dataset: dataset, today: today)
        print(figures)
        XCTAssertEqual(figures.clients, clients)
        XCTAssertEqual(figures.keystrokes.map(\.results), figures.keystrokes.map(\.results).sorted(by: >),
                       "each extra letter narrows the list")
    }
}
