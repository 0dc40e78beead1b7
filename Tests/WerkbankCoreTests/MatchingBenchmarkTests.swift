import Foundation
import XCTest
@testable import WerkbankCore

/// Ranking all 100,000 clients of a generated municipality for each open vacancy (target ≤ 50 ms
/// per vacancy). A measurement, not a test: runs only with WERKBANK_BENCH=1, best in a release
/// build (`WERKBANK_BENCH=1 swift test -c release --filter MatchingBenchmarkTests`).
final class MatchingBenchmarkTests: XCTestCase {
    func testRankAllClientsForAVacancy() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["WERKBANK_BENCH"] == "1", "set WERKBANK_BENCH=1 to measure")
        let today = Day(year: 2026, month: 11, day: 23)!
        let dataset = DemoGenerator(clients: 100_000, today: today).generate()
        let clock = ContinuousClock()
        var matcher: VacancyMatcher?
        let prepare = clock.measure { matcher = VacancyMatcher(dataset: dataset, today: today) }
        let vacancies = dataset.vacancies.values.filter { $0.isOpen(on: today) }.sorted { $0.id < $1.id }
        var times: [Duration] = []
        var ranked = 0
        for vacancy in vacancies {
            times.append(clock.measure { ranked += matcher!.candidates(for: vacancy, scope: .all, limit: 20).count })
        }
        times.sort()
        func ms(_ duration: Duration) -> String {
            String(format: "%.1f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
        }
        print("matching 100000 clients: prepare \(ms(prepare)) ms; rank one vacancy median \(ms(times[times.count / 2])) ms, "
              + "max \(ms(times.last!)) ms over \(times.count) vacancies (\(ranked) fits)")
        XCTAssertEqual(ranked, vacancies.count * 20)
    }
}
