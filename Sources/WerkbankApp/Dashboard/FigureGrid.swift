import TerminalUI
import WerkbankCore

/// Report tables with a cell cursor: arrows move between the figures, the first column (year,
/// month, rung, coach) stays put while the others scroll sideways, rows scroll up and down.
/// Several tables (ladder, plaatsingen) are drawn one below the other, each with its title.
final class FigureGrid: View {
    struct Cell: Equatable {
        var table: Int
        var row: Int
        var column: Int
    }

    private(set) var tables: [ReportTable] = []
    private(set) var cursor = Cell(table: 0, row: 0, column: 1)
    var glyphs: Glyphs
    var onActivate: ((Cell) -> Void)?
    private var lineOffset = 0
    private var firstScrolledColumn = 1
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    /// When the tables do not fit with whole headers, a header is cut to this many columns
    /// (or the width of its figures, when wider).
    static let maxHeaderWidth = 14

    init(glyphs: Glyphs) {
        self.glyphs = glyphs
    }

    /// New figures; the cursor stays on the same cell when it still exists.
    func show(_ tables: [ReportTable]) {
        self.tables = tables
        cursor = clamped(cursor)
    }

    /// Puts the cursor on a cell (clamped to the tables).
    func select(_ cell: Cell) { cursor = clamped(cell) }

    var selectedValue: ReportValue? {
        guard tables.indices.contains(cursor.table), tables[cursor.table].rows.indices.contains(cursor.row) else { return nil }
        let row = tables[cursor.table].rows[cursor.row]
        return row.indices.contains(cursor.column) ? row[cursor.column] : nil
    }

    /// The row label and column header of the cursor ("2015", "Uitstroom").
    var selectedLabels: (row: String, column: String)? {
        guard selectedValue != nil else { return nil }
        let table = tables[cursor.table]
        let label = table.rows[cursor.row].first.map { ReportRenderer.cellText($0) } ?? ""
        return (label, table.columns.indices.contains(cursor.column) ? table.columns[cursor.column] : "")
    }

    /// The data rows the cursor can visit, in screen order.
    private var dataRows: [(table: Int, row: Int)] {
        tables.enumerated().flatMap { index, table in table.rows.indices.map { (index, $0) } }
    }

    private func clamped(_ cell: Cell) -> Cell {
        guard !tables.isEmpty else { return Cell(table: 0, row: 0, column: 1) }
        let table = max(0, min(cell.table, tables.count - 1))
        let rows = tables[table].rows.count, columns = tables[table].columns.count
        return Cell(table: table, row: max(0, min(cell.row, rows - 1)), column: max(min(1, columns - 1), min(cell.column, columns - 1)))
    }

    private func moveRow(by delta: Int) {
        let rows = dataRows
        guard let index = rows.firstIndex(where: { $0.table == cursor.table && $0.row == cursor.row }) else { return }
        let target = rows[max(0, min(rows.count - 1, index + delta))]
        cursor = clamped(Cell(table: target.table, row: target.row, column: cursor.column))
    }

    func handle(_ event: Event) -> Bool {
        guard case .key(let key) = event else { return false }
        switch key {
        case .up: moveRow(by: -1)
        case .down: moveRow(by: 1)
        case .pageUp: moveRow(by: -max(1, lastArea.height - 2))
        case .pageDown: moveRow(by: max(1, lastArea.height - 2))
        case .home: cursor = clamped(Cell(table: 0, row: 0, column: cursor.column))
        case .end: cursor = clamped(Cell(table: tables.count - 1, row: Int.max, column: cursor.column))
        case .left: cursor = clamped(Cell(table: cursor.table, row: cursor.row, column: cursor.column - 1))
        case .right: cursor = clamped(Cell(table: cursor.table, row: cursor.row, column: cursor.column + 1))
        case .enter:
            guard selectedValue != nil else { return false }
            onActivate?(cursor)
        default:
            return false
        }
        return true
    }

    // MARK: layout

    private enum Line {
        case title(Int), header(Int), row(Int, Int), blank
    }

    private var lines: [Line] {
        var lines: [Line] = []
        for index in tables.indices {
            if index > 0 { lines.append(.blank) }
            if tables.count > 1 { lines.append(.title(index)) }
            lines.append(.header(index))
            lines += tables[index].rows.indices.map { .row(index, $0) }
        }
        return lines
    }

    private func texts(_ table: ReportTable) -> [[String]] {
        table.rows.map { $0.map { ReportRenderer.cellText($0) } }
    }

    /// Column widths: the widest figure or the whole header, whichever is wider; when that
    /// is more than `room`, headers are cut to `maxHeaderWidth`.
    private func widths(_ table: ReportTable, room: Int = Int.max) -> [Int] {
        let whole = widths(table, headerLimit: Int.max)
        guard FigureGrid.totalWidth(whole) > room else { return whole }
        return widths(table, headerLimit: FigureGrid.maxHeaderWidth)
    }

    private func widths(_ table: ReportTable, headerLimit: Int) -> [Int] {
        var widths = table.columns.map { min(DisplayWidth.of($0), headerLimit) }
        for row in texts(table) {
            for (column, text) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], DisplayWidth.of(text))
            }
        }
        if !widths.isEmpty { widths[0] = max(widths[0], min(DisplayWidth.of(table.columns[0]), 24)) }
        return widths
    }

    /// Columns plus the two blanks between them.
    private static func totalWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The first data row of the cursor's table on screen (after the last render).
    var firstVisibleRow: Int {
        let lines = self.lines
        guard let header = lines.firstIndex(where: { if case .header(cursor.table) = $0 { return true }; return false }) else { return 0 }
        return max(0, lineOffset - header - 1)
    }

    /// The width the tables need without scrolling sideways.
    var naturalWidth: Int {
        tables.map { FigureGrid.totalWidth(widths($0)) + 2 }.max() ?? 0
    }

    /// The number of lines the tables need.
    var naturalHeight: Int { lines.count }

    /// The columns after the first that fit in `width`, starting at `first`.
    private func visibleColumns(_ widths: [Int], from first: Int, width: Int) -> Range<Int> {
        var used = widths.first ?? 0, end = first
        while end < widths.count, used + 2 + widths[end] <= width {
            used += 2 + widths[end]
            end += 1
        }
        return first..<max(end, min(first + 1, widths.count))
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        buffer.fill(area, with: TerminalUI.Cell(" ", style: Style(.text)))
        guard !area.isEmpty, !tables.isEmpty else { return }
        let lines = self.lines
        if let cursorLine = lines.firstIndex(where: { if case .row(cursor.table, cursor.row) = $0 { return true }; return false }) {
            let headerLine = lines.firstIndex(where: { if case .header(cursor.table) = $0 { return true }; return false }) ?? cursorLine
            if cursorLine < lineOffset { lineOffset = cursorLine == headerLine + 1 ? max(0, headerLine - 1) : cursorLine }
            if cursorLine >= lineOffset + area.height { lineOffset = cursorLine - area.height + 1 }
        }
        lineOffset = max(0, min(lineOffset, lines.count - area.height))
        let cursorWidths = widths(tables[cursor.table], room: area.width)
        if cursor.column < firstScrolledColumn { firstScrolledColumn = max(1, cursor.column) }
        while firstScrolledColumn < cursor.column,
              !visibleColumns(cursorWidths, from: firstScrolledColumn, width: area.width).contains(cursor.column) {
            firstScrolledColumn += 1
        }
        for (offset, line) in lines.dropFirst(lineOffset).prefix(area.height).enumerated() {
            draw(line, y: area.y + offset, area: area, into: &buffer)
        }
    }

    private func draw(_ line: Line, y: Int, area: Rect, into buffer: inout Buffer) {
        switch line {
        case .blank:
            return
        case .title(let index):
            buffer.put(tables[index].title, x: area.x, y: y, maxWidth: area.width, style: Style(.accent, .bold))
        case .header(let index):
            let table = tables[index]
            drawCells(table.columns, table: index, y: y, area: area, into: &buffer) { column in
                index == self.cursor.table && column == self.cursor.column ? Style(.header, [.bold, .underline]) : Style(.header, .bold)
            }
        case .row(let index, let row):
            let table = tables[index]
            let isCursorRow = index == cursor.table && row == cursor.row
            drawCells(texts(table)[row], table: index, y: y, area: area, into: &buffer) { column in
                if isCursorRow && column == self.cursor.column { return Style(.selection, .bold) }
                if column == 0 { return Style(isCursorRow ? .accent : .text, isCursorRow ? .bold : []) }
                if self.isTotal(table.rows[row]) { return Style(.text, .bold) }
                return Style(.text)
            }
        }
    }

    private func isTotal(_ row: [ReportValue]) -> Bool {
        row.first == .text(coreText("report.column.totaal")) || row.dropFirst().first == .text(coreText("report.column.totaal"))
    }

    private func drawCells(_ cells: [String], table index: Int, y: Int, area: Rect, into buffer: inout Buffer,
                           style: (Int) -> Style) {
        let table = tables[index]
        let widths = widths(table, room: area.width)
        guard !widths.isEmpty else { return }
        let first = min(firstScrolledColumn, max(1, widths.count - 1))
        let visible = visibleColumns(widths, from: first, width: area.width)
        let numeric = table.columns.indices.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { column >= $0.count || $0[column].isFigure }
        }
        var x = area.x
        for column in [0] + Array(visible) where column < widths.count {
            if column > 0 { x += 2 }
            let text = DisplayWidth.pad(DisplayWidth.truncate(column < cells.count ? cells[column] : "", to: widths[column],
                                                               ellipsis: glyphs.ellipsis),
                                        to: widths[column], alignRight: numeric[column])
            buffer.put(text, x: x, y: y, maxWidth: area.maxX - x, style: style(column))
            x += widths[column]
        }
        if visible.lowerBound > 1 { buffer.put(glyphs.isASCII ? "<" : "‹", x: area.x + widths[0], y: y, style: Style(.muted)) }
        if visible.upperBound < widths.count { buffer.put(glyphs.pointer, x: area.maxX - 1, y: y, style: Style(.muted)) }
    }
}

extension ReportValue {
    /// Numbers are right-aligned.
    var isFigure: Bool {
        if case .text = self { return false }
        return true
    }
}
