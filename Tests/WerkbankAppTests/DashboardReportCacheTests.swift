import Foundation
import XCTest
@testable import WerkbankApp
@testable import WerkbankCore

/// Reports on a large caseload are computed off the keystroke path and kept per options.
final class DashboardReportCacheTests: XCTestCase {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 300, today: today).generate()

    func testBackgroundResultEqualsTheDirectComputation() throws {
        let cache = ReportCache(backgroundThreshold: 0)
        let key = ReportCache.Key(kind: .kpi, options: ReportOptions(peildatum: Self.today), version: 1)
        XCTAssertNil(cache.report(key, data: Self.data), "computed in the background, not while the key is handled")
        let deadline = Date().addingTimeInterval(20)
        var result: (any Report)?
        while result == nil && Date() < deadline {
            usleep(10_000)
            result = cache.report(key, data: Self.data)
        }
        let report = try XCTUnwrap(result as? KPIReport)
        XCTAssertEqual(report, KPIReport(Self.data, options: key.options))
        XCTAssertFalse(cache.isBusy)
    }

    func testSmallDataIsComputedAtOnceAndCachedPerVersion() throws {
        let cache = ReportCache()
        let key = ReportCache.Key(kind: .bestand, options: ReportOptions(peildatum: Self.today), version: 1)
        let first = try XCTUnwrap(cache.report(key, data: Self.data) as? BestandReport)
        XCTAssertEqual(first, BestandReport(Self.data))
        // The same key answers from the cache even when handed other data; a new version recomputes.
        XCTAssertEqual(cache.report(key, data: Dataset()) as? BestandReport, first)
        var next = key
        next.version = 2
        XCTAssertEqual(cache.report(next, data: Dataset()) as? BestandReport, BestandReport(Dataset()))
    }
}
