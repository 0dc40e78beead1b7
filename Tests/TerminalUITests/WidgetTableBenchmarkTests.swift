import XCTest
@testable import TerminalUI

/// Prints how long a full 200×60 table frame takes (a figure for the closing note, not a
/// timed assertion). Run in release for real numbers: `swift test -c release --filter Benchmark`.
final class WidgetTableBenchmarkTests: XCTestCase {
    func testBenchmarkFullFrameOf200x60TableOver100000Rows() {
        var requested = 0
        let table = Table(columns: [TableColumn("Nr", width: .fixed(7), alignment: .right),
                                    TableColumn("Naam", width: .min(20)), TableColumn("Wijk", width: .fixed(12)),
                                    TableColumn("Trede", width: .fixed(5)), TableColumn("Volgende actie", width: .flex(2)),
                                    TableColumn("Datum", width: .fixed(10))],
                          count: 100_000) { index in
            requested += 1
            return [String(index), "Cliënt Şahin-Müller \(index)", "Noord", String(index % 7), "Gesprek werkfit 東京 plannen", "01-02-2025"]
        }
        table.showsMarks = true
        table.searchText = "werk"
        table.cellStyle = { row, column in column == 5 && row % 3 == 0 ? Style(.warning) : nil }
        var buffer = Buffer(size: Size(width: 200, height: 60))
        let frames = 200
        table.render(Rect(size: buffer.area.size), into: &buffer)   // learns its page size
        requested = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<frames {
                _ = table.handle(.key(.pageDown))
                table.render(Rect(size: buffer.area.size), into: &buffer)
            }
        }
        let perFrame = elapsed / frames
        print("table 200x60, 100000 rows: \(perFrame) per frame (\(frames) frames, page down each)")
        XCTAssertEqual(requested, frames * 59, "only the 59 visible rows are requested per frame")
        XCTAssertEqual(table.firstVisibleRow, frames * 59 - 58, "each frame shows the next page")
    }
}
