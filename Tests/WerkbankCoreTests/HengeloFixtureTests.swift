import Foundation
import XCTest
@testable import WerkbankCore

/// `Tests/Fixtures/hengelo-csv/` holds the Hengelo sample (`HengeloSample`) as exchange-format
/// files, for `werkbank import` (see `HengeloImportTests` and docs/reports.md). This test keeps
/// the files equal to the sample; `WERKBANK_WRITE_FIXTURES=1 swift test --filter
/// HengeloFixtureTests` rewrites them after the sample changes.
final class HengeloFixtureTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hengelo-csv")

    func testFixtureFilesAreTheSampleExported() throws {
        let files = CSVExport.files(for: HengeloSample.dataset())
        if ProcessInfo.processInfo.environment["WERKBANK_WRITE_FIXTURES"] == "1" {
            try CSVExport.write(HengeloSample.dataset(), to: Self.directory)
        }
        for (file, bytes) in files {
            let stored = try Data(contentsOf: Self.directory.appendingPathComponent(file.name))
            XCTAssertEqual(Array(stored), bytes, "\(file.name) differs from the sample; rewrite with WERKBANK_WRITE_FIXTURES=1")
        }
    }

    func testImportingTheFixtureGivesTheSampleBack() throws {
        let imported = try CSVImport.read(directory: Self.directory, into: Dataset()).dataset
        let sample = HengeloSample.dataset()
        XCTAssertEqual(imported.clients.count, sample.clients.count)
        XCTAssertEqual(imported.meldingen.count, sample.meldingen.count)
        let options = ReportOptions(period: ReportPeriod(from: .year(2012), to: .year(2017)), peildatum: HengeloSample.peildatum)
        for kind in [ReportKind.bestand, .uitstroom, .preventie, .ladder] {
            XCTAssertEqual(kind.compute(imported, options: options).json, kind.compute(sample, options: options).json, "\(kind)")
        }
    }
}
