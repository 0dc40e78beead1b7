/// A checkbox list: arrows (or j/k) move, Space or a click toggles the option under the cursor.
public final class MultiSelect: FormControl {
    public var options: [String] {
        didSet {
            scroll.setCount(options.count)
            checked = checked.filter { $0 < options.count }
        }
    }
    public private(set) var checked: Set<Int>
    public var isFocused: Bool = false
    public var isDirty: Bool = false
    public var glyphs: Glyphs
    /// Lines wanted in a form (at most this many options show at once).
    public var visibleOptions: Int = 5
    public var onChange: ((Set<Int>) -> Void)?
    public private(set) var scroll: SelectionScroll
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(options: [String], checked: Set<Int> = [], glyphs: Glyphs = .unicode) {
        self.options = options
        self.checked = checked.filter { $0 < options.count }
        self.glyphs = glyphs
        self.scroll = SelectionScroll(count: options.count)
    }

    public var isEmpty: Bool { checked.isEmpty }
    public var preferredHeight: Int { max(1, min(visibleOptions, options.count)) }
    public func validationMessage() -> String? { nil }

    /// Checked option indexes in list order.
    public var checkedIndexes: [Int] { checked.sorted() }

    /// Puts the cursor on option `index`.
    public func moveCursor(to index: Int) { scroll.select(index) }

    public func toggle(_ index: Int) {
        guard options.indices.contains(index) else { return }
        if checked.remove(index) == nil { checked.insert(index) }
        isDirty = true
        onChange?(checked)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        ListRendering.draw(area, scroll: &scroll, isFocused: isFocused, glyphs: glyphs, into: &buffer) { index in
            (self.checked.contains(index) ? "[x] " : "[ ] ") + self.options[index]
        }
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.char(" ")):
            toggle(scroll.selected)
            return true
        case .key(let key):
            return scroll.handleNavigation(key, page: lastArea.height, vimKeys: true)
        case .mouse(let mouse):
            var clicked: Int?
            let handled = ListRendering.handle(mouse, in: lastArea, scroll: &scroll) { clicked = $0 }
            if let clicked {
                scroll.select(clicked)
                toggle(clicked)
            }
            return handled
        default:
            return false
        }
    }
}
