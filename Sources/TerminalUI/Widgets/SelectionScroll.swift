/// Selection and scroll offset of a vertical list of `count` rows; the state every selectable
/// widget (Table, ListView, Select, MultiSelect, CommandPalette) keeps. The offset is the first
/// visible row; `scrollIntoView(height:)` keeps the selection visible.
public struct SelectionScroll: Hashable, Sendable {
    public private(set) var count: Int
    /// The selected row (0 when the list is empty).
    public private(set) var selected: Int = 0
    /// The first visible row.
    public private(set) var offset: Int = 0

    public init(count: Int = 0) { self.count = max(0, count) }

    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        select(selected)
    }

    public mutating func select(_ row: Int) { selected = max(0, min(row, count - 1)) }
    public mutating func move(by delta: Int) { select(selected + delta) }

    /// Moves the offset so the selected row is within `height` visible rows, never leaving
    /// empty rows below the last one.
    public mutating func scrollIntoView(height: Int) {
        guard height > 0 else { return }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, min(offset, count - height))
    }

    /// Arrow keys, PgUp/PgDn (by `page` rows), Home/End, and with `vimKeys` also j/k/g/G.
    /// Returns true when the key was a navigation key.
    public mutating func handleNavigation(_ key: Key, page: Int, vimKeys: Bool) -> Bool {
        switch key {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .pageDown: move(by: max(1, page))
        case .pageUp: move(by: -max(1, page))
        case .home: select(0)
        case .end: select(count - 1)
        case .char("j") where vimKeys: move(by: 1)
        case .char("k") where vimKeys: move(by: -1)
        case .char("g") where vimKeys: select(0)
        case .char("G") where vimKeys: select(count - 1)
        default: return false
        }
        scrollIntoView(height: page)
        return true
    }

    /// Wheel rows moved per notch.
    public static let wheelStep = 3

    /// Moves the selection for a wheel notch; returns true for wheel buttons.
    public mutating func handleWheel(_ button: MouseButton, page: Int) -> Bool {
        switch button {
        case .wheelDown: move(by: Self.wheelStep)
        case .wheelUp: move(by: -Self.wheelStep)
        default: return false
        }
        scrollIntoView(height: page)
        return true
    }
}
