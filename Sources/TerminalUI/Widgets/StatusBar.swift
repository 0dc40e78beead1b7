/// A message in the status bar with its severity shown by role (`.error`, `.warning`,
/// `.success`, `.text`).
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var severity: Role
    public init(_ text: String, severity: Role = .text) { self.text = text; self.severity = severity }
}

/// One line: left text, an optional message after it, right text flush right.
public struct StatusBar: Sendable {
    public var left: String
    public var right: String
    public var message: StatusMessage?
    public var glyphs: Glyphs

    public init(left: String = "", right: String = "", message: StatusMessage? = nil, glyphs: Glyphs = .unicode) {
        self.left = left; self.right = right; self.message = message; self.glyphs = glyphs
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let base = Style(.header)
        buffer.fill(area.row(0), with: Cell(" ", style: base))
        let rightWidth = min(DisplayWidth.of(right), area.width)
        let rightX = area.maxX - rightWidth
        buffer.put(DisplayWidth.truncate(right, to: rightWidth, ellipsis: glyphs.ellipsis), x: rightX, y: area.y, style: base)
        let room = max(0, rightX - area.x - (right.isEmpty ? 0 : 1))
        // A message (a refusal, "opgeslagen …") gets all the room it needs; the left text gives way.
        let messageWidth = message.map { min(DisplayWidth.of($0.text), room) } ?? 0
        let leftRoom = message == nil || left.isEmpty ? room : max(0, room - messageWidth - 2)
        var x = buffer.put(Self.fit(left, to: leftRoom, ellipsis: glyphs.ellipsis), x: area.x, y: area.y, style: base)
        if let message, messageWidth > 0 {
            x += left.isEmpty ? 0 : 2
            let shown = DisplayWidth.truncate(message.text, to: area.x + room - x, ellipsis: glyphs.ellipsis)
            buffer.put(shown, x: x, y: area.y, style: Style(message.severity, .bold))
        }
    }

    /// `text` in `width` cells. A hint line ("Ctrl-S opslaan · Esc sluiten · …") too long for
    /// the room loses whole items from the end, so a key is never shown without what it does (the
    /// keys that matter most come first); when not even the first item fits, nothing shows.
    /// Text without separators is cut as usual.
    public static func fit(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let separator = " · "
        var items = text.components(separatedBy: separator)
        guard items.count > 1 else { return DisplayWidth.truncate(text, to: width, ellipsis: ellipsis) }
        while items.count > 1 {
            items.removeLast()
            let shown = items.joined(separator: separator) + separator + ellipsis
            if DisplayWidth.of(shown) <= width { return shown }
        }
        return ""
    }
}
