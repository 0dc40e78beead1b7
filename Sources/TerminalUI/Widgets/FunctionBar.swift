/// One function-bar entry: the key label ("F1"), its text ("help") and the key it stands for.
/// A disabled entry (the key does nothing on this screen) is drawn greyed and ignores clicks.
public struct FunctionKeyItem: Hashable, Sendable {
    public var label: String
    public var text: String
    public var key: Key
    public var isEnabled: Bool
    public init(_ label: String, _ text: String, key: Key, isEnabled: Bool = true) {
        self.label = label; self.text = text; self.key = key; self.isEnabled = isEnabled
    }
}

/// htop's bottom line: "F1Help  F2Intake …" from data. A click on an entry is turned into its
/// key (`onKey`), so the owner handles clicks and key presses the same way.
public final class FunctionBar: View {
    public var items: [FunctionKeyItem]
    /// On a narrow line texts are cut or padded to this width so every entry fits, like htop's;
    /// when the whole bar fits, each entry is "F1 text" with its full text.
    public var textWidth: Int = 6
    public var onKey: ((Key) -> Void)?
    private var spans: [Range<Int>] = []
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(items: [FunctionKeyItem]) { self.items = items }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        spans = []
        guard !area.isEmpty else { return }
        // Gaps are drawn like the keys, not like the labels: in a monochrome theme the labels
        // are reversed, and reversed blanks would glue one entry to the next.
        let gap = Style(.functionKey)
        buffer.fill(area.row(0), with: Cell(" ", style: gap))
        let natural = items.reduce(0) { $0 + DisplayWidth.of($1.label) + DisplayWidth.of($1.text) + 3 }
        let roomy = natural <= area.width
        var x = area.x
        for item in items where x < area.maxX {
            let start = x
            let keyStyle = item.isEnabled ? Style(.functionKey, .bold) : Style(.functionKey, .dim)
            x = buffer.put(item.label, x: x, y: area.y, maxWidth: area.maxX - x, style: keyStyle)
            let text: String, padding: Int
            if roomy {
                text = " " + item.text
                padding = 2
            } else {
                text = String(item.text.prefix(textWidth))
                padding = max(0, textWidth - DisplayWidth.of(text))
            }
            x = buffer.put(text, x: x, y: area.y, maxWidth: area.maxX - x, style: item.isEnabled ? Style(.functionLabel) : Style(.functionKey, .dim))
            x = buffer.put(String(repeating: " ", count: padding), x: x, y: area.y, maxWidth: max(0, area.maxX - x), style: gap)
            spans.append(start..<x)
        }
    }

    /// The key of the entry at a screen position (from the last render).
    public func key(atX x: Int, y: Int) -> Key? {
        guard y == lastArea.y, let index = spans.firstIndex(where: { $0.contains(x) }), items[index].isEnabled else { return nil }
        return items[index].key
    }

    public func handle(_ event: Event) -> Bool {
        guard case .mouse(let mouse) = event, mouse.button == .left, let key = key(atX: mouse.x, y: mouse.y) else { return false }
        onKey?(key)
        return true
    }
}
