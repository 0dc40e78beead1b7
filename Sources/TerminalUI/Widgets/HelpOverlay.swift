/// One line of help: the keys (as shown, e.g. "j / ↓") and what they do.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var description: String
    public init(keys: String, description: String) { self.keys = keys; self.description = description }
}

public struct HelpSection: Hashable, Sendable {
    public var title: String
    public var entries: [HelpEntry]
    public init(title: String, entries: [HelpEntry]) { self.title = title; self.entries = entries }
}

/// A centred, bordered, scrollable list of key bindings grouped by section, generated from
/// data (the key-binding table). Esc, q or ? closes it (`onClose`).
public final class HelpOverlay: View {
    public var title: String
    public var sections: [HelpSection]
    public var glyphs: Glyphs
    public var maxWidth: Int = 76
    public var onClose: (() -> Void)?
    private var scroller = LineScroller()
    private var lastInner = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(title: String = "Help", sections: [HelpSection], glyphs: Glyphs = .unicode) {
        self.title = title; self.sections = sections; self.glyphs = glyphs
    }

    private var lines: [StyledLine] {
        let keyWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max() ?? 0
        var lines: [StyledLine] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(StyledLine("")) }
            lines.append(StyledLine(section.title, style: Style(.header, .bold)))
            for entry in section.entries {
                lines.append(StyledLine([("  " + TextFit.fit(entry.keys, width: keyWidth, ellipsis: glyphs.ellipsis) + "  ", Style(.accent, .bold)),
                                         (entry.description, Style(.text))]))
            }
        }
        return lines
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        let content = lines
        let widest = content.map { $0.segments.map { DisplayWidth.of($0.text) }.reduce(0, +) }.max() ?? 0
        let width = min(area.width, maxWidth, max(widest, DisplayWidth.of(title) + 4) + 5)
        let height = min(area.height, content.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inside = BorderBox(title: title, glyphs: glyphs).render(box, into: &buffer)
        let text = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 1, height: inside.height)
        lastInner = text
        scroller.clamp(total: content.count, height: text.height)
        scroller.draw(content, in: text, glyphs: glyphs, into: &buffer)
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.escape), .key(.char("q")), .key(.char("?")):
            onClose?()
            return true
        default:
            _ = scroller.handle(event, total: lines.count, height: lastInner.height)
            return true   // an overlay keeps every event while shown
        }
    }
}
