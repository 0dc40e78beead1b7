/// One command the palette can find.
public struct PaletteEntry: Hashable, Sendable {
    public var name: String
    public var description: String
    public init(_ name: String, description: String = "") { self.name = name; self.description = description }
}

/// A centred box with a query line and the commands that fuzzy-match it, best first. Typing
/// filters, Up/Down/PgUp/PgDn move, Enter picks (`onPick` gets the entry's index in
/// `entries`), Esc cancels (`onCancel`).
public final class CommandPalette: View {
    public var entries: [PaletteEntry] {
        didSet { refilter() }
    }
    public var title: String
    public var glyphs: Glyphs
    public var maxWidth: Int = 70
    public var onPick: ((Int) -> Void)?
    public var onCancel: (() -> Void)?
    /// The query field (editing keys as in any TextField).
    public let query = TextField()
    /// Entry indexes that match the query, best first.
    public private(set) var filtered: [Int] = []
    private var positions: [Int: [Int]] = [:]
    private var scroll = SelectionScroll()
    private var listArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(entries: [PaletteEntry], title: String = "Opdrachten", glyphs: Glyphs = .unicode) {
        self.entries = entries
        self.title = title
        self.glyphs = glyphs
        query.isFocused = true
        refilter()
    }

    /// The entry index under the cursor, nil when nothing matches.
    public var selectedEntry: Int? { filtered.isEmpty ? nil : filtered[scroll.selected] }

    private func refilter() {
        let text = query.text
        let scored = entries.indices.compactMap { index -> (Int, FuzzyMatch.Result)? in
            FuzzyMatch.match(text, in: entries[index].name).map { (index, $0) }
        }
        let ranked = scored.sorted { $0.1.score != $1.1.score ? $0.1.score > $1.1.score : $0.0 < $1.0 }
        filtered = ranked.map(\.0)
        positions = Dictionary(uniqueKeysWithValues: ranked.map { ($0.0, $0.1.positions) })
        scroll = SelectionScroll(count: filtered.count)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        let width = min(area.width, maxWidth)
        let height = min(area.height, max(entries.count, 1) + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inside = BorderBox(title: title, glyphs: glyphs).render(box, into: &buffer)
        guard inside.height >= 2 else { return }
        let promptEnd = buffer.put(glyphs.pointer + " ", x: inside.x, y: inside.y, style: Style(.accent, .bold))
        query.render(Rect(x: promptEnd, y: inside.y, width: inside.maxX - promptEnd, height: 1), into: &buffer)
        buffer.put(String(repeating: glyphs.isASCII ? "-" : "─", count: inside.width), x: inside.x, y: inside.y + 1, style: Style(.border))
        listArea = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2)
        drawList(into: &buffer)
    }

    private func drawList(into buffer: inout Buffer) {
        scroll.scrollIntoView(height: listArea.height)
        // The name (what the command does) gets the room the descriptions (keys) leave, at least half.
        let descriptionWidth = entries.map { DisplayWidth.of($0.description) }.max() ?? 0
        let nameWidth = min(entries.map { DisplayWidth.of($0.name) }.max() ?? 0,
                            max(listArea.width / 2, listArea.width - descriptionWidth - 2))
        for row in 0..<listArea.height {
            let slot = scroll.offset + row
            guard slot < filtered.count else { break }
            let entry = filtered[slot]
            let y = listArea.y + row
            let isSelected = slot == scroll.selected
            let style = Style(isSelected ? .selection : .text)
            buffer.fill(Rect(x: listArea.x, y: y, width: listArea.width, height: 1), with: Cell(" ", style: style))
            let name = TextFit.fit(entries[entry].name, width: nameWidth, ellipsis: glyphs.ellipsis)
            buffer.put(name, x: listArea.x, y: y, style: style)
            let detailX = listArea.x + nameWidth + 2
            buffer.put(entries[entry].description, x: detailX, y: y, maxWidth: listArea.maxX - detailX,
                       style: isSelected ? style : Style(.muted))
            highlight(positions[entry] ?? [], in: name, x: listArea.x, y: y, into: &buffer)
        }
    }

    private func highlight(_ hits: [Int], in name: String, x: Int, y: Int, into buffer: inout Buffer) {
        var column = 0
        for (offset, character) in name.enumerated() {
            let width = DisplayWidth.of(character)
            if hits.contains(offset) {
                buffer.setStyle(Rect(x: x + column, y: y, width: width, height: 1), Style(.match, .bold))
            }
            column += width
        }
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.enter):
            if let selectedEntry { onPick?(selectedEntry) }
        case .key(.escape):
            onCancel?()
        case .key(.up), .key(.down), .key(.pageUp), .key(.pageDown):
            if case .key(let key) = event { _ = scroll.handleNavigation(key, page: listArea.height, vimKeys: false) }
        case .mouse(let mouse):
            if scroll.handleWheel(mouse.button, page: listArea.height) { return true }
            if mouse.button == .left, let slot = ListRendering.index(at: mouse, in: listArea, scroll: scroll) {
                onPick?(filtered[slot])
            }
        default:
            let before = query.text
            _ = query.handle(event)
            if query.text != before { refilter() }
        }
        return true
    }

    public var cursorPosition: (x: Int, y: Int)? { query.cursorPosition }
}
