import XCTest
@testable import TerminalUI

final class BufferTests: XCTestCase {
    func testPutWritesWideGlyphWithContinuationAndClips() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        let end = buffer.put("a漢字", x: 0, y: 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(buffer[1, 0].symbol, "漢")
        XCTAssertTrue(buffer[2, 0].isContinuation)
        XCTAssertEqual(buffer.line(0), "a漢字")

        var narrow = Buffer(size: Size(width: 4, height: 1))
        XCTAssertEqual(narrow.put("ab漢", x: 0, y: 0, maxWidth: 3), 2)   // 漢 does not fit whole
        XCTAssertEqual(narrow.line(0), "ab")
    }

    func testCombiningMarkJoinsPreviousCell() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        buffer.put("e", x: 0, y: 0)
        buffer.put("\u{301}x", x: 1, y: 0)   // a lone mark at the start of a put is dropped
        XCTAssertEqual(buffer[1, 0].symbol, "x")
        buffer.put("Rene\u{301}", x: 0, y: 0)
        XCTAssertEqual(buffer[3, 0].symbol, "e\u{301}")
        XCTAssertEqual(buffer.line(0), "René")
    }

    func testControlCharactersAreDropped() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("a\tb\nc", x: 0, y: 0)
        XCTAssertEqual(buffer.line(0), "abc")
    }

    func testOverwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.put("漢字", x: 0, y: 0)
        buffer[1, 0] = Cell("x")                       // second half of 漢
        XCTAssertEqual(buffer.line(0), " x字")
        buffer[2, 0] = Cell("y")                       // first half of 字
        XCTAssertEqual(buffer[3, 0].symbol, " ")
        XCTAssertEqual(buffer.line(0), " xy")
    }

    func testWideSymbolBySubscriptGetsContinuationOrBlankAtEdge() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer[0, 0] = Cell("😀")
        XCTAssertTrue(buffer[1, 0].isContinuation)
        buffer[2, 0] = Cell("😀")                      // would stick out
        XCTAssertEqual(buffer[2, 0].symbol, " ")
    }

    func testFillRepairsWideGlyphsAtItsEdges() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("漢字漢", x: 0, y: 0)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell("-"))
        XCTAssertEqual(buffer.line(0), " -- 漢")
        XCTAssertFalse(buffer.cells.enumerated().contains { i, cell in
            cell.isContinuation && (i == 0 || DisplayWidth.of(buffer.cells[i - 1].symbol) != 2)
        })
    }

    func testSetStyleKeepsSymbols() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.put("abc", x: 0, y: 0)
        buffer.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), Style(.selection, .bold))
        XCTAssertEqual(buffer[1, 0], Cell("b", style: Style(.selection, .bold)))
        XCTAssertEqual(buffer[0, 0].style, .plain)
    }
}
