import XCTest
@testable import TerminalUI

/// A view that shows fixed lines and a cursor position.
private final class Lines: View {
    var lines: [String]
    var cursor: (x: Int, y: Int)?
    init(_ lines: [String], cursor: (x: Int, y: Int)? = nil) { self.lines = lines; self.cursor = cursor }
    func render(_ area: Rect, into buffer: inout Buffer) {
        for (i, line) in lines.enumerated() { buffer.put(line, x: area.x, y: area.y + i, style: Style(i == 0 ? .header : .text)) }
    }
    var cursorPosition: (x: Int, y: Int)? { cursor }
}

final class HeadlessTests: XCTestCase {
    func testFirstFrameIsFullThenOnlyChanges() {
        let backend = HeadlessBackend(size: Size(width: 10, height: 3))
        let terminal = Terminal(backend: backend)
        let view = Lines(["Titel", "Jansen"])
        terminal.draw(view)
        XCTAssertEqual(backend.drawCalls.count, 1)
        XCTAssertEqual(backend.drawCalls[0].count, 30)
        XCTAssertEqual(backend.clearCount, 1)
        XCTAssertEqual(backend.screen.text, "Titel\nJansen\n")
        XCTAssertEqual(backend.screen[0, 0].style, Style(.header))

        view.lines = ["Titel", "Janssen"]
        terminal.draw(view)
        XCTAssertEqual(backend.drawCalls[1].map(\.x), [4, 5, 6])       // "sen" → "ssen"
        XCTAssertEqual(backend.screen.line(1), "Janssen")
        XCTAssertEqual(backend.clearCount, 1)

        terminal.draw(view)
        XCTAssertTrue(backend.drawCalls[2].isEmpty)
        XCTAssertEqual(backend.flushCount, 3)
    }

    func testResizeRedrawsTheWholeFrame() {
        let backend = HeadlessBackend(size: Size(width: 10, height: 3))
        let terminal = Terminal(backend: backend)
        let view = Lines(["Titel"])
        terminal.draw(view)
        backend.resize(to: Size(width: 12, height: 4))
        terminal.draw(view)
        XCTAssertEqual(backend.drawCalls.last?.count, 48)
        XCTAssertEqual(backend.clearCount, 2)
        XCTAssertEqual(backend.screen.area, Rect(x: 0, y: 0, width: 12, height: 4))
        XCTAssertEqual(backend.screen.line(0), "Titel")
    }

    func testCursorShownInsideScreenAndHiddenOtherwise() {
        let backend = HeadlessBackend(size: Size(width: 10, height: 3))
        let terminal = Terminal(backend: backend)
        let view = Lines(["naam: "], cursor: (6, 0))
        terminal.draw(view)
        XCTAssertEqual(backend.cursor.map { [$0.x, $0.y] }, [6, 0])
        view.cursor = (40, 0)
        terminal.draw(view)
        XCTAssertNil(backend.cursor)
    }

    func testScriptedEventsComeOutInOrder() {
        let backend = HeadlessBackend()
        backend.type("ab")
        backend.enqueue(.key(.enter), .tick)
        XCTAssertEqual(backend.pendingEvents, 4)
        var events: [Event] = []
        while let event = backend.readEvent(timeout: 0) { events.append(event) }
        XCTAssertEqual(events, [.key(.char("a")), .key(.char("b")), .key(.enter), .tick])
    }

    func testBenchmarkMeasuresAFullTableFrame() {
        let result = RenderBenchmark.measure(frames: 5)
        XCTAssertEqual(result.size, Size(width: 200, height: 60))
        XCTAssertGreaterThan(result.changedCellsPerFrame, 200 * 50)   // striped rows scroll: nearly all of 200×60 change
        XCTAssertGreaterThan(result.microsecondsPerFrame, 0)
        print("RenderBenchmark (debug build): \(Int(result.microsecondsPerFrame)) µs/frame, \(result.changedCellsPerFrame) cells/frame")
    }
}
