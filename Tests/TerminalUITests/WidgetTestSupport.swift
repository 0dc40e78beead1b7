import XCTest
@testable import TerminalUI

/// Renders a view into a fresh buffer of the given size.
func renderBuffer(_ view: View, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    view.render(Rect(size: buffer.area.size), into: &buffer)
    return buffer
}

/// Renders a view and returns the screen as text (trailing spaces trimmed per line).
func renderText(_ view: View, width: Int, height: Int) -> String {
    renderBuffer(view, width: width, height: height).text
}

/// Renders anything with a `render(_:into:)` shape (value widgets) and returns the buffer.
func renderBuffer(width: Int, height: Int, _ draw: (Rect, inout Buffer) -> Void) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    draw(Rect(size: buffer.area.size), &buffer)
    return buffer
}

/// One character per cell naming its role (legend), "." for roles not in the legend; lets a
/// fixture show where styles fall. Continuation cells repeat their glyph's letter.
func roleMap(_ buffer: Buffer, _ legend: [Role: Character]) -> String {
    var lines: [String] = []
    for y in buffer.area.y..<buffer.area.maxY {
        var line = ""
        var previous: Character = "."
        for x in buffer.area.x..<buffer.area.maxX {
            let cell = buffer[x, y]
            let letter = cell.isContinuation ? previous : (legend[cell.style.role] ?? ".")
            line.append(letter)
            previous = letter
        }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}

private func normalized(_ screen: String) -> [String] {
    var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var text = String(line)
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
    while lines.last == "" { lines.removeLast() }
    return lines
}

/// Compares a rendered screen with a text fixture (trailing spaces and trailing blank lines are
/// ignored) and prints both, framed, when they differ.
func assertScreen(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let actualLines = normalized(actual), expectedLines = normalized(expected)
    guard actualLines != expectedLines else { return }
    let frame = { (lines: [String]) in lines.map { "|" + $0 }.joined(separator: "\n") }
    XCTFail("screen differs\n--- expected\n\(frame(expectedLines))\n--- actual\n\(frame(actualLines))", file: file, line: line)
}

/// The roles of the cells in row `y` between `x0` and `x1` (exclusive), without duplicates.
func roles(_ buffer: Buffer, y: Int, from x0: Int = 0, to x1: Int? = nil) -> Set<Role> {
    Set((x0..<(x1 ?? buffer.area.maxX)).map { buffer[$0, y].style.role })
}
