import Foundation

/// A single choice from a list, with type-ahead: typing letters jumps to the first option that
/// starts with them (case and accents ignored); typing the same letter again cycles through the
/// options starting with it. The typed prefix is forgotten after `typeAheadTimeout` seconds.
/// One line high it shows the choice ("Groningen ▾"); taller it shows the option list.
public final class Select: FormControl {
    public var options: [String] {
        didSet {
            scroll.setCount(options.count)
            if let chosen = selectedIndex, chosen >= options.count { selectedIndex = nil }
        }
    }
    public private(set) var selectedIndex: Int?
    /// Shown when nothing is chosen.
    public var placeholder: String = "(kies)"
    public var isFocused: Bool = false
    public var isDirty: Bool = false
    public var glyphs: Glyphs
    public var typeAheadTimeout: Double = 1.0
    /// Seconds on any steady clock; replaceable in tests.
    public var clock: () -> Double = { ProcessInfo.processInfo.systemUptime }
    public var onChange: ((Int) -> Void)?
    public private(set) var scroll: SelectionScroll
    private var jump = TypeToJump()
    private var lastTypedAt = -Double.infinity
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(options: [String], selectedIndex: Int? = nil, glyphs: Glyphs = .unicode) {
        self.options = options
        self.glyphs = glyphs
        self.scroll = SelectionScroll(count: options.count)
        if let selectedIndex, options.indices.contains(selectedIndex) {
            self.selectedIndex = selectedIndex
            scroll.select(selectedIndex)
        }
    }

    public var selectedOption: String? { selectedIndex.map { options[$0] } }
    public var isEmpty: Bool { selectedIndex == nil }
    public var preferredHeight: Int { 1 }
    public func validationMessage() -> String? { nil }

    public func choose(_ index: Int) {
        guard options.indices.contains(index) else { return }
        scroll.select(index)
        scroll.scrollIntoView(height: lastArea.height)
        guard selectedIndex != index else { return }
        selectedIndex = index
        isDirty = true
        onChange?(index)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard !area.isEmpty else { return }
        if area.height > 1 {
            ListRendering.draw(area, scroll: &scroll, isFocused: isFocused, glyphs: glyphs, into: &buffer) { self.options[$0] }
            return
        }
        let style = Style(isFocused ? .selection : .text)
        buffer.fill(area, with: Cell(" ", style: style))
        let suffix = " " + glyphs.dropDown
        let room = area.width - DisplayWidth.of(suffix)
        let shown = selectedOption ?? placeholder
        let text = TextFit.fit(shown, width: room, ellipsis: glyphs.ellipsis)
        buffer.put(text, x: area.x, y: area.y, style: selectedIndex == nil && !isFocused ? Style(.muted) : style)
        buffer.put(suffix, x: area.x + max(0, room), y: area.y, maxWidth: area.width, style: style)
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.char(let character)):
            typeAhead(character)
            return true
        case .key(.down) where selectedIndex == nil && !options.isEmpty:
            jump.reset()
            choose(0)
            return true
        case .key(let key):
            var moved = scroll
            guard moved.handleNavigation(key, page: max(1, lastArea.height), vimKeys: false) else { return false }
            jump.reset()
            choose(moved.selected)
            return true
        case .mouse(let mouse):
            guard lastArea.contains(x: mouse.x, y: mouse.y) else { return false }
            switch mouse.button {
            case .wheelDown: choose(min(options.count - 1, (selectedIndex ?? -1) + 1))
            case .wheelUp: choose(max(0, (selectedIndex ?? 1) - 1))
            case .left where lastArea.height > 1:
                if let index = ListRendering.index(at: mouse, in: lastArea, scroll: scroll) { choose(index) }
            default: break
            }
            return true
        default:
            return false
        }
    }

    private func typeAhead(_ character: Character) {
        let now = clock()
        if now - lastTypedAt > typeAheadTimeout { jump.reset() }
        lastTypedAt = now
        if let index = jump.type(character, count: options.count, current: selectedIndex ?? 0, label: { options[$0] }) {
            choose(index)
        }
    }
}
