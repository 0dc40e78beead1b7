import XCTest
@testable import TerminalUI

final class LayoutTests: XCTestCase {
    private let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    func testHeaderBodyFooterRows() {
        let rows = screen.rows([.length(1), .fill, .length(1)])
        XCTAssertEqual(rows, [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    func testPercentageAndFillColumnsCoverTheWidth() {
        let columns = screen.columns([.percentage(25), .fill, .length(10)])
        XCTAssertEqual(columns.map(\.width), [20, 50, 10])
        XCTAssertEqual(columns.map(\.x), [0, 20, 70])
    }

    func testFillWeightsShareLeftoverWithExactRounding() {
        let parts = Rect(x: 3, y: 0, width: 10, height: 1).columns([.fill(1), .fill(1), .fill(1)])
        XCTAssertEqual(parts.map(\.width), [4, 3, 3])
        XCTAssertEqual(parts.map(\.x), [3, 7, 10])
        let weighted = Rect(x: 0, y: 0, width: 12, height: 1).columns([.fill(1), .fill(2)])
        XCTAssertEqual(weighted.map(\.width), [4, 8])
    }

    func testMinGrowsWhenThereIsNoFill() {
        let parts = Rect(x: 0, y: 0, width: 30, height: 1).columns([.length(10), .min(5)])
        XCTAssertEqual(parts.map(\.width), [10, 20])
        let withFill = Rect(x: 0, y: 0, width: 30, height: 1).columns([.min(5), .fill])
        XCTAssertEqual(withFill.map(\.width), [5, 25])
    }

    func testLaterPartsShrinkFirstWhenSpaceRunsOut() {
        let parts = Rect(x: 0, y: 0, width: 12, height: 1).columns([.length(8), .length(8), .fill])
        XCTAssertEqual(parts.map(\.width), [8, 4, 0])
        XCTAssertEqual(parts.map(\.maxX).max(), 12)
    }

    func testSpacingBetweenParts() {
        let parts = Rect(x: 0, y: 0, width: 21, height: 1).columns([.fill, .fill, .fill], spacing: 3)
        XCTAssertEqual(parts.map(\.width), [5, 5, 5])
        XCTAssertEqual(parts.map(\.x), [0, 8, 16])
    }

    func testEmptyAndTinyRects() {
        XCTAssertEqual(screen.rows([]), [])
        let parts = Rect(x: 0, y: 0, width: 0, height: 0).rows([.length(3), .fill])
        XCTAssertEqual(parts.map(\.height), [0, 0])
    }

    /// A fixed column (a date) is shown whole or not at all; its room goes to the first column
    /// that takes spare room. The first column is cut rather than dropped.
    func testAFixedColumnThatDoesNotFitIsDroppedWholeAndItsRoomGoesToText() {
        let columns: [ColumnWidth] = [.min(10), .fixed(10), .fixed(10)]
        XCTAssertEqual(ColumnLayout.widths(columns, total: 32, gap: 1), [10, 10, 10], "all fit")
        XCTAssertEqual(ColumnLayout.widths(columns, total: 30, gap: 1), [19, 10, 0], "the last date goes whole, not as \"08…\"")
        XCTAssertEqual(ColumnLayout.widths([.fixed(10), .flex(1)], total: 8, gap: 1), [8, 0], "a flex column gives way first; the first column is cut")
    }

    /// A bounded column (a name) grows only to its maximum; the room it does not need goes to the
    /// text column beside it instead of being split evenly.
    func testABoundedColumnStopsAtItsMaximumAndTheTextColumnTakesTheRest() {
        let columns: [ColumnWidth] = [.bounded(min: 10, max: 14), .fixed(5), .min(10)]
        XCTAssertEqual(ColumnLayout.widths(columns, total: 60, gap: 1), [14, 5, 39], "the name stops at 14, the text takes 39")
        XCTAssertEqual(ColumnLayout.widths(columns, total: 31, gap: 1), [12, 5, 12], "below the maximum it grows like min(10)")
        XCTAssertEqual(ColumnLayout.widths([.bounded(min: 4, max: 6), .bounded(min: 4, max: 6)], total: 20, gap: 1), [6, 6],
                       "room no column can take stays empty")
        XCTAssertEqual(ColumnLayout.widths([.min(2), .min(2), .min(2)], total: 13, gap: 1), [4, 4, 3], "the remainder still goes left to right")
    }
}
