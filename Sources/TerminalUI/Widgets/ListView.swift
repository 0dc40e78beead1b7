/// A simple selectable list of lines. j/k, arrows, PgUp/PgDn, Home/End, mouse; Enter activates.
public final class ListView: View {
    public var items: [String] {
        didSet { scroll.setCount(items.count) }
    }
    public var isFocused: Bool = true
    public var glyphs: Glyphs
    /// Highlighted (`.match`) wherever it occurs in an item.
    public var searchText: String = ""
    public var onActivate: ((Int) -> Void)?
    public private(set) var scroll: SelectionScroll
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(items: [String], glyphs: Glyphs = .unicode) {
        self.items = items
        self.glyphs = glyphs
        self.scroll = SelectionScroll(count: items.count)
    }

    public var selectedIndex: Int? { items.isEmpty ? nil : scroll.selected }

    public func select(_ index: Int) {
        scroll.select(index)
        scroll.scrollIntoView(height: lastArea.height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        ListRendering.draw(area, scroll: &scroll, isFocused: isFocused, glyphs: glyphs, highlight: searchText,
                           into: &buffer) { items[$0] }
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.enter):
            guard let selectedIndex else { return false }
            onActivate?(selectedIndex)
            return true
        case .key(let key):
            return scroll.handleNavigation(key, page: lastArea.height, vimKeys: true)
        case .mouse(let mouse):
            var clicked: Int?
            let handled = ListRendering.handle(mouse, in: lastArea, scroll: &scroll) { clicked = $0 }
            if let clicked { select(clicked) }
            return handled
        default:
            return false
        }
    }
}
