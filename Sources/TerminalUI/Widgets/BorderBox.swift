/// A box drawn around an area, with an optional title in the top edge.
/// Rounded or plain lines; `Glyphs.ascii` draws `+`, `-` and `|`.
public struct BorderBox: Sendable {
    public enum Line: Hashable, Sendable { case rounded, plain }

    public var title: String?
    public var line: Line
    public var glyphs: Glyphs
    public var style: Style
    public var titleStyle: Style
    /// Blank the inside before drawing (needed for overlays such as dialogs).
    public var clearsInside: Bool

    public init(title: String? = nil, line: Line = .rounded, glyphs: Glyphs = .unicode,
                style: Style = Style(.border), titleStyle: Style = Style(.header, .bold), clearsInside: Bool = true) {
        self.title = title; self.line = line; self.glyphs = glyphs
        self.style = style; self.titleStyle = titleStyle; self.clearsInside = clearsInside
    }

    /// The area inside the border.
    public static func inner(of area: Rect) -> Rect { area.inset(by: 1) }

    private var corners: (String, String, String, String) {
        if glyphs.isASCII { return ("+", "+", "+", "+") }
        switch line {
        case .rounded: return ("╭", "╮", "╰", "╯")
        case .plain: return ("┌", "┐", "└", "┘")
        }
    }

    /// Draws the border and returns the inner area.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer) -> Rect {
        let inside = Self.inner(of: area)
        guard area.width >= 2, area.height >= 2 else { return inside }
        if clearsInside { buffer.fill(inside, with: Cell(" ", style: Style(.text))) }
        let horizontal = glyphs.isASCII ? "-" : "─"
        let vertical = glyphs.isASCII ? "|" : "│"
        let (topLeft, topRight, bottomLeft, bottomRight) = corners
        let span = String(repeating: horizontal, count: area.width - 2)
        buffer.put(topLeft + span + topRight, x: area.x, y: area.y, style: style)
        buffer.put(bottomLeft + span + bottomRight, x: area.x, y: area.maxY - 1, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.put(vertical, x: area.x, y: y, style: style)
            buffer.put(vertical, x: area.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, area.width > 4 {
            let shown = DisplayWidth.truncate(" \(title) ", to: area.width - 4, ellipsis: glyphs.ellipsis)
            buffer.put(shown, x: area.x + 2, y: area.y, style: titleStyle)
        }
        return inside
    }
}
