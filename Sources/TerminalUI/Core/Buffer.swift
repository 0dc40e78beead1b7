/// A grid of cells covering `area` (row-major). Widgets draw into a buffer; only a backend
/// turns buffers into terminal output.
///
/// Invariant kept by every mutating method: a continuation cell (empty symbol) only ever
/// follows a two-column glyph, and a two-column glyph is always followed by its continuation.
/// Overwriting either half of a wide glyph blanks the other half, as a terminal does, so a
/// diff never has to draw half a glyph.
public struct Buffer: Equatable, Sendable {
    public private(set) var area: Rect
    public private(set) var cells: [Cell]

    /// `cell` should be a one-column cell (a blank, usually).
    public init(area: Rect, filling cell: Cell = .blank) {
        self.area = area
        self.cells = Array(repeating: cell, count: area.width * area.height)
    }

    public init(size: Size) { self.init(area: Rect(size: size)) }

    private func index(_ x: Int, _ y: Int) -> Int? {
        guard area.contains(x: x, y: y) else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    /// Reading outside the area gives a blank. Writing a two-column symbol also writes its
    /// continuation (or a blank when it would stick out of the right edge).
    public subscript(x: Int, y: Int) -> Cell {
        get { index(x, y).map { cells[$0] } ?? .blank }
        set {
            guard let i = index(x, y) else { return }
            write(newValue, at: i, x: x, width: newValue.symbol.utf8.count > 1 ? DisplayWidth.of(newValue.symbol) : 1)
        }
    }

    /// Stores `cell` (`width` columns) at index `i` (column `x`), keeping wide glyphs whole.
    private mutating func write(_ cell: Cell, at i: Int, x: Int, width: Int) {
        releaseCell(at: i, x: x)
        guard !cell.isContinuation else {
            cells[i] = Cell(" ", style: cell.style)   // a continuation cannot be placed on its own
            return
        }
        guard width == 2 else {
            cells[i] = cell
            return
        }
        guard x + 1 < area.maxX else {
            cells[i] = Cell(" ", style: cell.style)   // half a glyph would stick out
            return
        }
        releaseCell(at: i + 1, x: x + 1)
        cells[i] = cell
        cells[i + 1] = Cell("", style: cell.style)
    }

    /// Before cell `i` is overwritten: blank the other half of a wide glyph it belongs to.
    private mutating func releaseCell(at i: Int, x: Int) {
        if cells[i].isContinuation {
            if x > area.x { cells[i - 1] = Cell(" ", style: cells[i - 1].style) }
            cells[i] = Cell(" ", style: cells[i].style)
        } else if x + 1 < area.maxX, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
    }

    /// Fills `rect` (clipped to the buffer) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let narrow = !cell.isContinuation && DisplayWidth.of(cell.symbol) < 2
        for y in r.y..<r.maxY {
            let base = (y - area.y) * area.width - area.x
            if narrow {
                releaseCell(at: base + r.x, x: r.x)
                releaseCell(at: base + r.maxX - 1, x: r.maxX - 1)
                for x in r.x..<r.maxX { cells[base + x] = cell }
            } else {
                for x in stride(from: r.x, to: r.maxX, by: 2) where x + 1 < r.maxX { write(cell, at: base + x, x: x, width: 2) }
                if r.width % 2 == 1 { write(Cell(" ", style: cell.style), at: base + r.maxX - 1, x: r.maxX - 1, width: 1) }
            }
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
    /// edge). Wide glyphs take two cells; a glyph that does not fit whole is not drawn. A
    /// zero-width mark joins the glyph before it; control characters are dropped.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int = Int.max, style: Style = .plain) -> Int {
        guard y >= area.y, y < area.maxY else { return x }
        let limit = min(area.maxX, x &+ max(0, maxWidth) < x ? Int.max : x + max(0, maxWidth))
        var column = x
        let utf8 = text.utf8
        var position = utf8.startIndex
        while position < utf8.endIndex {
            let byte = utf8[position]
            let next = utf8.index(after: position)
            // Fast path: an ASCII byte followed by ASCII (or the end) is a whole grapheme.
            if byte < 0x80, next == utf8.endIndex || utf8[next] < 0x80 {
                position = next
                guard byte >= 0x20, byte != 0x7F else { continue }
                if column + 1 > limit { break }
                if column >= area.x, let i = index(column, y) {
                    write(Cell(Self.asciiSymbols[Int(byte)], style: style), at: i, x: column, width: 1)
                }
                column += 1
                continue
            }
            let character = text[position]
            position = text.index(after: position)
            let width = DisplayWidth.of(character)
            if width == 0 {
                let isMark = character.unicodeScalars.first.map { $0.value >= 0x300 } ?? false
                if isMark, column > x, let i = index(column - 1, y) {
                    let target = cells[i].isContinuation && column - 2 >= area.x ? i - 1 : i
                    cells[target].symbol.append(character)
                }
                continue
            }
            if column + width > limit { break }
            if column >= area.x, let i = index(column, y) {
                write(Cell(String(character), style: style), at: i, x: column, width: width)
            }
            column += width
        }
        return column
    }

    /// One-character strings for the ASCII codes, so drawing ASCII text builds no strings.
    private static let asciiSymbols: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

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

/// One cell to draw at terminal position (x, y).
public typealias CellChange = (x: Int, y: Int, cell: Cell)

extension Buffer {
    /// The cells that must be drawn to turn a terminal showing `previous` into one showing
    /// this buffer, in row-major order. Continuation cells are never emitted (drawing the wide
    /// glyph covers them); because of the buffer's wide-glyph invariant, a changed cell next to
    /// a wide glyph always comes with its changed neighbour, so no half glyph is left behind.
    /// When the areas differ (after a resize) every glyph is emitted.
    public func diff(_ previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        let full = previous.area != area
        if full { changes.reserveCapacity(cells.count) }
        var i = 0
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                let cell = cells[i]
                if !cell.isContinuation && (full || cell != previous.cells[i]) {
                    changes.append((x: x, y: y, cell: cell))
                }
                i += 1
            }
        }
        return changes
    }
}
