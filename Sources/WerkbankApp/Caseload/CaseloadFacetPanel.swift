import TerminalUI
import WerkbankCore

/// The filter panel over the right side of the caseload: every facet with its values and how
/// many clients each would give ("trede 2 (31)"), given the search and the other facets.
/// Space toggles a value (the list behind narrows at once), x clears every filter, Enter, Esc,
/// F4 or f closes; Home/End go to the first/last value and other letters or digits jump to the
/// next value starting with them. Values with no clients are left out unless chosen.
final class CaseloadFacetPanel: View {
    private enum Line {
        case heading(CaseloadFacet)
        case value(FacetCount)
    }

    private let counts: () -> [CaseloadFacet: [FacetCount]]
    private let onToggle: (FacetValue) -> Void
    private let onClear: () -> Void
    private let onClose: () -> Void
    private let glyphs: Glyphs
    private var lines: [Line] = []
    private var selected = 0
    private var offset = 0
    private var listArea = Rect(x: 0, y: 0, width: 0, height: 0)
    private var jump = TypeToJump()

    init(glyphs: Glyphs, counts: @escaping () -> [CaseloadFacet: [FacetCount]], onToggle: @escaping (FacetValue) -> Void,
         onClear: @escaping () -> Void, onClose: @escaping () -> Void) {
        self.glyphs = glyphs
        self.counts = counts
        self.onToggle = onToggle
        self.onClear = onClear
        self.onClose = onClose
        reload()
        selected = lines.firstIndex { if case .value = $0 { return true } else { return false } } ?? 0
    }

    private var selectedValue: FacetValue? {
        guard lines.indices.contains(selected), case .value(let count) = lines[selected] else { return nil }
        return count.value
    }

    /// Re-reads the counts, keeping the cursor on the same value.
    private func reload() {
        let keep = selectedValue
        let all = counts()
        lines = []
        for facet in CaseloadFacet.allCases {
            let shown = (all[facet] ?? []).filter { $0.count > 0 || $0.selected }
            guard !shown.isEmpty else { continue }
            lines.append(.heading(facet))
            lines += shown.map(Line.value)
        }
        if let keep, let index = lines.firstIndex(where: { if case .value(let c) = $0 { return c.value == keep } else { return false } }) {
            selected = index
        }
        selected = min(selected, max(0, lines.count - 1))
    }

    /// Moves `step` lines, landing on the nearest value line (headings are skipped).
    private func move(by step: Int) {
        guard !lines.isEmpty else { return }
        let target = max(0, min(lines.count - 1, selected + step))
        let direction = step >= 0 ? 1 : -1
        let ahead = stride(from: target, through: direction > 0 ? lines.count - 1 : 0, by: direction)
        let behind = stride(from: target, through: direction > 0 ? 0 : lines.count - 1, by: -direction)
        if let index = ahead.first(where: isValue) ?? behind.first(where: isValue) { selected = index }
    }

    private func isValue(_ index: Int) -> Bool {
        if case .value = lines[index] { return true }
        return false
    }

    /// The label a line is found by when typing: a value's label, nothing for a heading.
    private func jumpLabel(_ index: Int) -> String {
        guard case .value(let count) = lines[index] else { return "" }
        return count.label
    }

    private func toggleSelected() {
        guard let value = selectedValue else { return }
        onToggle(value)
        reload()
    }

    // MARK: drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        let width = min(46, area.width - 2)
        let height = min(area.height - 4, lines.count + 3)
        let box = Rect(x: area.maxX - width - 1, y: area.y + 2, width: width, height: max(4, height))
        let inside = BorderBox(title: appText("caseload.facets_title"), glyphs: glyphs).render(box, into: &buffer)
        guard inside.height >= 2 else { return }
        buffer.put(appText("caseload.facets_help"), x: inside.x, y: inside.maxY - 1, maxWidth: inside.width, style: Style(.muted))
        listArea = Rect(x: inside.x, y: inside.y, width: inside.width, height: inside.height - 1)
        if selected < offset { offset = max(0, selected - 1) }
        if selected >= offset + listArea.height { offset = selected - listArea.height + 1 }
        for row in 0..<listArea.height {
            let index = offset + row
            guard lines.indices.contains(index) else { break }
            draw(lines[index], isSelected: index == selected, y: listArea.y + row, into: &buffer)
        }
    }

    private func draw(_ line: Line, isSelected: Bool, y: Int, into buffer: inout Buffer) {
        switch line {
        case .heading(let facet):
            buffer.put(facet.label, x: listArea.x, y: y, maxWidth: listArea.width, style: Style(.accent, .bold))
        case .value(let count):
            let style = isSelected ? Style(.selection) : Style(count.selected ? .success : .text)
            buffer.fill(Rect(x: listArea.x, y: y, width: listArea.width, height: 1), with: Cell(" ", style: style))
            let box = count.selected ? "[x] " : "[ ] "
            let text = box + appText("caseload.facet_value", count.label, DutchNumber.integer(count.count))
            buffer.put(DisplayWidth.truncate(" " + text, to: listArea.width, ellipsis: glyphs.ellipsis), x: listArea.x, y: y, style: style)
        }
    }

    // MARK: events

    private static func isJumpKey(_ key: Key) -> Bool {
        if case .char(let character) = key { return !"jkxf ".contains(character) }
        return false
    }

    func handle(_ event: Event) -> Bool {
        if case .key(let key) = event, !Self.isJumpKey(key) { jump.reset() }
        switch event {
        case .key(.down), .key(.char("j")): move(by: 1)
        case .key(.up), .key(.char("k")): move(by: -1)
        case .key(.pageDown): move(by: max(1, listArea.height - 1))
        case .key(.pageUp): move(by: -max(1, listArea.height - 1))
        case .key(.char(" ")): toggleSelected()
        case .key(.char("x")):
            onClear()
            reload()
        case .key(.enter), .key(.escape), .key(.function(4)), .key(.char("f")): onClose()
        case .key(.home): move(by: -lines.count)
        case .key(.end): move(by: lines.count)
        case .key(.char(let character)):
            if let index = jump.type(character, count: lines.count, current: selected, label: jumpLabel) { selected = index }
            return true
        case .mouse(let mouse):
            guard listArea.contains(x: mouse.x, y: mouse.y) else {
                if mouse.button == .left { onClose() }
                return true
            }
            switch mouse.button {
            case .wheelDown: move(by: SelectionScroll.wheelStep)
            case .wheelUp: move(by: -SelectionScroll.wheelStep)
            case .left:
                let index = offset + mouse.y - listArea.y
                if lines.indices.contains(index), isValue(index) {
                    selected = index
                    toggleSelected()
                }
            default: break
            }
        default: break
        }
        return true
    }
}
