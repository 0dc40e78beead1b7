/// A virtualized table: rows come from a closure and only the rows on screen are requested,
/// so 100,000 rows scroll as fast as 10. The owner sorts and filters (it gets `onSort`), the
/// table draws, selects, marks and scrolls.
///
/// Layout of one line: `[mark column][col 1] [col 2] … [scrollbar]`. The header shows the sort
/// indicator (▲/▼) next to the sorted column's title.
public final class Table: View {
    public enum PositionIndicator: Hashable, Sendable {
        case none
        /// A one-column scrollbar at the right edge (only when rows overflow).
        case scrollbar
        /// "12/345" (selected row / count) at the right end of the header line.
        case counter
    }

    public var columns: [TableColumn]
    public private(set) var count: Int
    private var row: (Int) -> [String]
    /// A stable identity per row so marks survive re-sorting; defaults to the row index.
    public var rowKey: ((Int) -> String)?
    /// Per-cell style override (row, column) → style, e.g. an overdue date in `.warning`.
    /// Called only for visible, unselected rows.
    public var cellStyle: ((Int, Int) -> Style?)?
    /// Text to highlight (role `.match`) wherever it occurs in a visible cell.
    public var searchText: String = ""
    /// Display-column ranges of a visible cell's text to highlight as a match (row, column),
    /// for owners that know what their search matched; a non-nil answer replaces the
    /// `searchText` highlighting of that cell.
    public var matchRanges: ((Int, Int) -> [Range<Int>]?)?
    public var sortColumn: Int?
    public var sortDirection: SortDirection = .ascending
    /// Asked to sort (the owner reorders its data and calls `reload`).
    public var onSort: ((Int, SortDirection) -> Void)?
    /// Enter on a row.
    public var onActivate: ((Int) -> Void)?
    public var showsMarks: Bool = false
    public var showsHeader: Bool = true
    public var isFocused: Bool = true
    public var positionIndicator: PositionIndicator = .scrollbar
    public var glyphs: Glyphs
    public private(set) var markedKeys: Set<String> = []
    public private(set) var scroll: SelectionScroll
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public static let columnGap = 1

    public init(columns: [TableColumn], count: Int, glyphs: Glyphs = .unicode, row: @escaping (Int) -> [String]) {
        self.columns = columns
        self.count = max(0, count)
        self.row = row
        self.glyphs = glyphs
        self.scroll = SelectionScroll(count: count)
    }

    /// Swaps in new data (after a sort, filter or edit). Selection is kept where possible.
    public func reload(count: Int, row: @escaping (Int) -> [String]) {
        self.count = max(0, count)
        self.row = row
        scroll.setCount(count)
        scroll.scrollIntoView(height: dataHeight)
    }

    /// The selected row, nil when the table is empty.
    public var selectedRow: Int? { count == 0 ? nil : scroll.selected }
    /// The first row on screen.
    public var firstVisibleRow: Int { scroll.offset }

    public func select(_ row: Int) {
        scroll.select(row)
        scroll.scrollIntoView(height: dataHeight)
    }

    private func key(of row: Int) -> String { rowKey?(row) ?? String(row) }
    public func isMarked(_ row: Int) -> Bool { markedKeys.contains(key(of: row)) }

    public func toggleMark(_ row: Int) {
        guard row >= 0, row < count else { return }
        let k = key(of: row)
        if markedKeys.remove(k) == nil { markedKeys.insert(k) }
    }

    public func clearMarks() { markedKeys.removeAll() }

    /// Sorts by `column`: ascending first, flipping direction when it is already the sort column.
    public func sort(by column: Int) {
        guard columns.indices.contains(column), columns[column].sortable else { return }
        sortDirection = sortColumn == column ? sortDirection.flipped : .ascending
        sortColumn = column
        onSort?(column, sortDirection)
    }

    // MARK: Geometry

    private var headerHeight: Int { showsHeader ? 1 : 0 }
    private var dataHeight: Int { max(0, lastArea.height - headerHeight) }
    private var markWidth: Int { showsMarks ? 2 : 0 }

    private func scrollbarWidth(in area: Rect) -> Int {
        positionIndicator == .scrollbar && count > area.height - headerHeight ? 1 : 0
    }

    /// (x, width) of each column inside `area`; zero-width columns are hidden.
    private func columnSpans(in area: Rect) -> [(x: Int, width: Int)] {
        let total = area.width - markWidth - scrollbarWidth(in: area)
        let widths = ColumnLayout.widths(columns.map(\.width), total: total, gap: Self.columnGap)
        var x = area.x + markWidth
        var spans: [(x: Int, width: Int)] = []
        for width in widths {
            if width > 0 && x > area.x + markWidth { x += Self.columnGap }
            spans.append((x, width))
            x += width
        }
        return spans
    }

    // MARK: Drawing

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard !area.isEmpty else { return }
        scroll.setCount(count)
        scroll.scrollIntoView(height: dataHeight)
        let spans = columnSpans(in: area)
        if showsHeader { drawHeader(area, spans: spans, into: &buffer) }
        let top = area.y + headerHeight
        for line in 0..<dataHeight {
            let index = scroll.offset + line
            let y = top + line
            if index >= count {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: Style(.text)))
                continue
            }
            drawRow(index, y: y, area: area, spans: spans, into: &buffer)
        }
        if scrollbarWidth(in: area) == 1 {
            ScrollIndicator.drawBar(x: area.maxX - 1, y: top, height: dataHeight, offset: scroll.offset,
                                    total: count, glyphs: glyphs, into: &buffer)
        }
    }

    private func drawHeader(_ area: Rect, spans: [(x: Int, width: Int)], into buffer: inout Buffer) {
        let style = Style(.header, .bold)
        buffer.fill(area.row(0), with: Cell(" ", style: style))
        for (i, span) in spans.enumerated() where span.width > 0 {
            var title = columns[i].title
            if sortColumn == i {
                title += " " + (sortDirection == .ascending ? glyphs.sortAscending : glyphs.sortDescending)
            }
            let text = TextFit.fit(title, width: span.width, alignment: columns[i].alignment, ellipsis: glyphs.ellipsis)
            buffer.put(text, x: span.x, y: area.y, style: style)
        }
        if positionIndicator == .counter {
            let counter = " \(count == 0 ? 0 : scroll.selected + 1)/\(count)"
            let width = DisplayWidth.of(counter)
            buffer.fill(Rect(x: area.maxX - width - 1, y: area.y, width: 1, height: 1), with: Cell(" ", style: style))
            buffer.put(counter, x: area.maxX - width, y: area.y, style: style)
        }
    }

    private func drawRow(_ index: Int, y: Int, area: Rect, spans: [(x: Int, width: Int)], into buffer: inout Buffer) {
        let isSelected = index == scroll.selected
        let rowStyle = isSelected ? Style(isFocused ? .selection : .selectionUnfocused) : Style(.text)
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: rowStyle))
        if showsMarks && isMarked(index) {
            buffer.put(glyphs.mark, x: area.x, y: y, style: isSelected ? rowStyle : Style(.accent, .bold))
        }
        let cells = row(index)
        for (column, span) in spans.enumerated() where span.width > 0 {
            let value = column < cells.count ? cells[column] : ""
            let text = TextFit.fit(value, width: span.width, alignment: columns[column].alignment, ellipsis: glyphs.ellipsis)
            let style = isSelected ? rowStyle : (cellStyle?(index, column) ?? rowStyle)
            buffer.put(text, x: span.x, y: y, style: style)
            if let ranges = matchRanges?(index, column) {
                for range in ranges where range.lowerBound < span.width {
                    let end = min(range.upperBound, span.width)
                    buffer.setStyle(Rect(x: span.x + range.lowerBound, y: y, width: end - range.lowerBound, height: 1), Style(.match, .bold))
                }
            } else {
                MatchHighlight.apply(searchText, text: text, x: span.x, y: y, style: Style(.match, .bold), into: &buffer)
            }
        }
    }

    // MARK: Events

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.char(" ")) where showsMarks:
            toggleMark(scroll.selected)
            select(scroll.selected + 1)
            return true
        case .key(.enter):
            guard let selectedRow else { return false }
            onActivate?(selectedRow)
            return true
        case .key(let key):
            return scroll.handleNavigation(key, page: dataHeight, vimKeys: true)
        case .mouse(let mouse):
            return handleMouse(mouse)
        default:
            return false
        }
    }

    private func handleMouse(_ mouse: MouseEvent) -> Bool {
        guard lastArea.contains(x: mouse.x, y: mouse.y) else { return false }
        if scroll.handleWheel(mouse.button, page: dataHeight) { return true }
        guard mouse.button == .left else { return false }
        if showsHeader && mouse.y == lastArea.y {
            if let column = columnSpans(in: lastArea).firstIndex(where: { $0.width > 0 && mouse.x >= $0.x && mouse.x < $0.x + $0.width }) {
                sort(by: column)
            }
            return true
        }
        let index = scroll.offset + mouse.y - lastArea.y - headerHeight
        guard index < count else { return true }
        select(index)
        if showsMarks && mouse.x < lastArea.x + markWidth { toggleMark(index) }
        return true
    }
}
