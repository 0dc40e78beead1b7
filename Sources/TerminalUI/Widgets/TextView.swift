/// One titled part of a `TextView`.
public struct TextSection: Hashable, Sendable {
    public var heading: String
    public var body: String
    public init(heading: String, body: String) { self.heading = heading; self.body = body }
}

/// Sectioned, scrollable text: headings in the header role, bodies wrapped by display width
/// (one column is kept free for the scrollbar), a blank line between sections.
public final class TextView: View {
    public var sections: [TextSection] {
        didSet { wrapped = nil }
    }
    public var glyphs: Glyphs
    private var scroller = LineScroller()
    private var wrapped: (width: Int, lines: [StyledLine], sectionStarts: [Int])?
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(sections: [TextSection], glyphs: Glyphs = .unicode) {
        self.sections = sections
        self.glyphs = glyphs
    }

    /// The first visible line.
    public var offset: Int { scroller.offset }

    private func layout(width: Int) -> (lines: [StyledLine], sectionStarts: [Int]) {
        if let wrapped, wrapped.width == width { return (wrapped.lines, wrapped.sectionStarts) }
        var lines: [StyledLine] = []
        var starts: [Int] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(StyledLine("")) }
            starts.append(lines.count)
            if !section.heading.isEmpty {
                lines += TextWrap.lines(section.heading, width: width).map { StyledLine($0, style: Style(.header, .bold)) }
            }
            lines += TextWrap.lines(section.body, width: width).map { StyledLine($0) }
        }
        wrapped = (width, lines, starts)
        return (lines, starts)
    }

    /// Scrolls so the section's heading is the top line (after the next render at the latest).
    public func scroll(toSection index: Int) {
        let (lines, starts) = layout(width: max(1, lastArea.width - 1))
        guard starts.indices.contains(index) else { return }
        scroller.scroll(to: starts[index], total: lines.count, height: lastArea.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard !area.isEmpty else { return }
        let lines = layout(width: max(1, area.width - 1)).lines
        scroller.clamp(total: lines.count, height: area.height)
        scroller.draw(lines, in: area, glyphs: glyphs, into: &buffer)
    }

    public func handle(_ event: Event) -> Bool {
        if case .mouse(let mouse) = event, !lastArea.contains(x: mouse.x, y: mouse.y) { return false }
        return scroller.handle(event, total: layout(width: max(1, lastArea.width - 1)).lines.count, height: lastArea.height)
    }
}
