import XCTest
@testable import TerminalUI

final class DiffTests: XCTestCase {
    private func buffer(_ lines: [String], width: Int) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() { buffer.put(line, x: 0, y: y) }
        return buffer
    }

    func testIdenticalFramesHaveNoChanges() {
        let frame = buffer(["Jansen", "Öztürk"], width: 10)
        XCTAssertTrue(frame.diff(frame).isEmpty)
    }

    func testOnlyChangedCellsAreEmitted() {
        let before = buffer(["Hello World", "second"], width: 12)
        let after = buffer(["Hello Ruby!", "second"], width: 12)
        let changes = after.diff(before)
        XCTAssertEqual(changes.map(\.x), [6, 7, 8, 9, 10])
        XCTAssertEqual(changes.map(\.y), [0, 0, 0, 0, 0])
        XCTAssertEqual(changes.map(\.cell.symbol).joined(), "Ruby!")
    }

    func testStyleChangeIsAChange() {
        let before = buffer(["abc"], width: 3)
        var after = before
        after.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), Style(.selection))
        let changes = after.diff(before)
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(changes.first?.x, 1)
        XCTAssertEqual(changes.first?.cell.style, Style(.selection))
    }

    func testDifferentAreaEmitsWholeFrame() {
        let before = buffer(["abc"], width: 3)
        let after = buffer(["abc", "de"], width: 4)
        let changes = after.diff(before)
        XCTAssertEqual(changes.count, 8)
        XCTAssertEqual(changes.last.map { [$0.x, $0.y] }, [3, 1])
    }

    func testWideGlyphEmittedOnceAndNeighbourRepaired() {
        let before = buffer(["abcd"], width: 4)
        let after = buffer(["a漢d"], width: 4)
        let changes = after.diff(before)
        XCTAssertEqual(changes.map(\.x), [1])                   // the continuation is not sent
        XCTAssertEqual(changes.first?.cell.symbol, "漢")

        let back = before.diff(after)                           // wide → narrow: both halves redrawn
        XCTAssertEqual(back.map(\.x), [1, 2])
        XCTAssertEqual(back.map(\.cell.symbol), ["b", "c"])
    }

    func testShiftedWideGlyphLeavesNoHalfGlyph() {
        let before = buffer(["漢字ab"], width: 6)
        let after = buffer([" 漢字b"], width: 6)
        var screen = before
        for change in after.diff(before) { screen[change.x, change.y] = change.cell }
        XCTAssertEqual(screen, after)
    }

    /// Random frames of mixed narrow, wide and combining text: applying the diff to a
    /// terminal-like screen (one that blanks the other half of a wide glyph it overwrites)
    /// always reproduces the new frame exactly.
    func testDiffReproducesRandomFramesOnATerminalLikeScreen() {
        var generator = SplitMix(seed: 42)
        let pieces = ["a", "b", " ", "漢", "字", "é", "e\u{301}", "😀", "🇳🇱", "ş", "–", "x"]
        let size = Size(width: 9, height: 3)
        var previous = Buffer(size: size)
        var screen = Buffer(size: size)
        for round in 0..<400 {
            var frame = previous
            for _ in 0..<Int(generator.next() % 6) {
                let text = (0..<Int(generator.next() % 4 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
                let style = generator.next() % 3 == 0 ? Style(.selection) : .plain
                frame.put(text, x: Int(generator.next() % 9), y: Int(generator.next() % 3), style: style)
            }
            for change in frame.diff(previous) { screen[change.x, change.y] = change.cell }
            XCTAssertEqual(screen, frame, "round \(round)\n\(screen.text)\n---\n\(frame.text)")
            previous = frame
        }
    }
}

/// A small deterministic random number generator for reproducible test data.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
