/// A line made of differently styled pieces.
struct StyledLine: Sendable {
    var segments: [(text: String, style: Style)]
    init(_ segments: [(text: String, style: Style)]) { self.segments = segments }
    init(_ text: String, style: Style = Style(.text)) { self.segments = [(text, style)] }
}

/// Vertical scrolling over pre-built lines (TextView, HelpOverlay): keys, wheel, drawing with
/// a scrollbar when the lines overflow.
struct LineScroller {
    private(set) var offset = 0

    mutating func clamp(total: Int, height: Int) {
        offset = max(0, min(offset, total - height))
    }

    mutating func scroll(to line: Int, total: Int, height: Int) {
        offset = line
        clamp(total: total, height: height)
    }

    /// Up/Down/j/k by a line, PgUp/PgDn/Space by a page, Home/End/g/G to the ends.
    mutating func handle(_ event: Event, total: Int, height: Int) -> Bool {
        let page = max(1, height - 1)
        switch event {
        case .key(.down), .key(.char("j")): offset += 1
        case .key(.up), .key(.char("k")): offset -= 1
        case .key(.pageDown), .key(.char(" ")): offset += page
        case .key(.pageUp): offset -= page
        case .key(.home), .key(.char("g")): offset = 0
        case .key(.end), .key(.char("G")): offset = total
        case .mouse(let mouse) where mouse.button == .wheelDown: offset += SelectionScroll.wheelStep
        case .mouse(let mouse) where mouse.button == .wheelUp: offset -= SelectionScroll.wheelStep
        default: return false
        }
        clamp(total: total, height: height)
        return true
    }

    /// Draws the visible lines into `area`, the last column holding a scrollbar on overflow.
    func draw(_ lines: [StyledLine], in area: Rect, glyphs: Glyphs, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        let textWidth = area.width - (lines.count > area.height ? 1 : 0)
        for row in 0..<area.height {
            let index = offset + row
            guard index < lines.count else { break }
            var x = area.x
            for segment in lines[index].segments {
                x = buffer.put(segment.text, x: x, y: area.y + row, maxWidth: area.x + textWidth - x, style: segment.style)
            }
        }
        ScrollIndicator.drawBar(x: area.maxX - 1, y: area.y, height: area.height, offset: offset,
                                total: lines.count, glyphs: glyphs, into: &buffer)
    }
}
