/// Draws the visible part of a vertical list: one line per item, the selected line in the
/// selection role. Shared by ListView, Select, MultiSelect and CommandPalette.
enum ListRendering {
    /// `line(index)` gives the text of an item; `highlight` (if any) is restyled as `.match`.
    static func draw(_ area: Rect, scroll: inout SelectionScroll, isFocused: Bool, glyphs: Glyphs,
                     highlight: String = "", into buffer: inout Buffer, line: (Int) -> String) {
        scroll.scrollIntoView(height: area.height)
        let overflow = scroll.count > area.height
        let textWidth = area.width - (overflow ? 1 : 0)
        for row in 0..<area.height {
            let index = scroll.offset + row
            let y = area.y + row
            let isSelected = index == scroll.selected && index < scroll.count
            let style = isSelected ? Style(isFocused ? .selection : .selectionUnfocused) : Style(.text)
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: style))
            guard index < scroll.count else { continue }
            let text = DisplayWidth.truncate(line(index), to: textWidth, ellipsis: glyphs.ellipsis)
            buffer.put(text, x: area.x, y: y, style: style)
            MatchHighlight.apply(highlight, text: text, x: area.x, y: y, style: Style(.match, .bold), into: &buffer)
        }
        if overflow {
            ScrollIndicator.drawBar(x: area.maxX - 1, y: area.y, height: area.height, offset: scroll.offset,
                                    total: scroll.count, glyphs: glyphs, into: &buffer)
        }
    }

    /// The item index under a mouse position, if any.
    /// A list's mouse handling: the wheel scrolls, a left click on a row calls `onClick` with
    /// its index. False when the event is outside `area`.
    static func handle(_ mouse: MouseEvent, in area: Rect, scroll: inout SelectionScroll, onClick: (Int) -> Void) -> Bool {
        guard area.contains(x: mouse.x, y: mouse.y) else { return false }
        if scroll.handleWheel(mouse.button, page: area.height) { return true }
        if mouse.button == .left, let index = index(at: mouse, in: area, scroll: scroll) { onClick(index) }
        return true
    }

    static func index(at mouse: MouseEvent, in area: Rect, scroll: SelectionScroll) -> Int? {
        guard area.contains(x: mouse.x, y: mouse.y) else { return nil }
        let index = scroll.offset + mouse.y - area.y
        return index < scroll.count ? index : nil
    }
}
