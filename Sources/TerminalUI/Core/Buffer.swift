/// A grid of cells covering `area` (row-major). Widgets draw into a buffer; only a backend
/// turns buffers into terminal output.
public struct Buffer: Equatable, Sendable {
    public private(set) var area: Rect
    public private(set) var cells: [Cell]

    public init(area: Rect, filling cell: Cell = .blank) {
        self.area = area
        self.cells = Array(repeating: cell, count: area.width * area.height)
    }

    public init(size: Size) { self.init(area: Rect(size: size)) }

    private func index(_ x: Int, _ y: Int) -> Int? {
        guard area.contains(x: x, y: y) else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { index(x, y).map { cells[$0] } ?? .blank }
        set {
            guard let i = index(x, y) else { return }
            cells[i] = newValue
        }
    }

    /// Fills `rect` (clipped to the buffer) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let base = (y - area.y) * area.width - area.x
            for x in r.x..<r.maxX { cells[base + x] = cell }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the symbols.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            let base = (y - area.y) * area.width - area.x
            for x in r.x..<r.maxX { cells[base + x].style = style }
        }
    }

    /// Writes `text` from (x, y), at most `maxWidth` columns (and never past the buffer's right
    /// edge). Wide glyphs take two cells; a glyph that does not fit whole is not drawn.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int = Int.max, style: Style = .plain) -> Int {
        guard y >= area.y, y < area.maxY else { return x }
        let limit = min(area.maxX, x &+ max(0, maxWidth) < x ? Int.max : x + max(0, maxWidth))
        var column = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 {
                // A lone combining mark or control character: attach to the previous cell.
                if column > x, let i = index(column - 1, y), !cells[i].isContinuation {
                    cells[i].symbol.append(character)
                }
                continue
            }
            if column + width > limit { break }
            if column >= area.x {
                self[column, y] = Cell(String(character), style: style)
                if width == 2 { self[column + 1, y] = Cell("", style: style) }
            }
            column += width
        }
        return column
    }

    /// The text of row `y` with continuation cells skipped and trailing spaces trimmed
    /// (for tests and snapshots).
    public func line(_ y: Int) -> String {
        guard y >= area.y, y < area.maxY else { return "" }
        var text = ""
        for x in area.x..<area.maxX where !self[x, y].isContinuation { text += self[x, y].symbol }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// All rows as text, joined by newlines.
    public var text: String { (area.y..<area.maxY).map(line).joined(separator: "\n") }

    /// Resizes to `newArea`, blanking every cell.
    public mutating func resize(to newArea: Rect) {
        area = newArea
        cells = Array(repeating: .blank, count: newArea.width * newArea.height)
    }
}
