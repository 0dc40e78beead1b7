/// A row of tab titles with one active. Left/Right (or h/l) move, number keys 1…9 jump,
/// a click on a title activates it.
public final class Tabs: View {
    public var titles: [String] {
        didSet { activeIndex = max(0, min(activeIndex, titles.count - 1)) }
    }
    public private(set) var activeIndex: Int = 0
    public var onChange: ((Int) -> Void)?
    public var glyphs: Glyphs
    /// Column ranges of the titles from the last render (for clicks).
    private var titleSpans: [Range<Int>] = []
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(titles: [String], activeIndex: Int = 0, glyphs: Glyphs = .unicode) {
        self.titles = titles
        self.glyphs = glyphs
        self.activeIndex = max(0, min(activeIndex, titles.count - 1))
    }

    public func activate(_ index: Int) {
        guard titles.indices.contains(index), index != activeIndex else { return }
        activeIndex = index
        onChange?(index)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        titleSpans = []
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0), with: Cell(" ", style: Style(.text)))
        // Titles get a space on each side when that fits; on a narrow screen they lose the
        // spaces and then share the width equally (truncated with an ellipsis).
        let separators = max(0, titles.count - 1) * DisplayWidth.of(glyphs.separator)
        let natural = titles.reduce(separators) { $0 + DisplayWidth.of($1) }
        let padded = natural + 2 * titles.count <= area.width
        let share = titles.isEmpty ? 0 : max(1, (area.width - separators) / titles.count)
        var x = area.x
        for (index, fullTitle) in titles.enumerated() {
            let title = padded || natural <= area.width ? fullTitle : DisplayWidth.truncate(fullTitle, to: share, ellipsis: glyphs.ellipsis)
            if index > 0 {
                x = buffer.put(glyphs.separator, x: x, y: area.y, maxWidth: area.maxX - x, style: Style(.border))
            }
            let style = index == activeIndex ? Style(.accent, [.bold, .underline]) : Style(.muted)
            let start = x
            x = buffer.put(padded ? " \(title) " : title, x: x, y: area.y, maxWidth: area.maxX - x, style: style)
            titleSpans.append(start..<x)
            if x >= area.maxX { break }
        }
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.left), .key(.char("h")):
            activate(max(0, activeIndex - 1))
        case .key(.right), .key(.char("l")):
            activate(min(titles.count - 1, activeIndex + 1))
        case .key(.char(let character)) where ("1"..."9").contains(character):
            guard let number = character.wholeNumberValue, number <= titles.count else { return false }
            activate(number - 1)
        case .mouse(let mouse) where mouse.button == .left && mouse.y == lastArea.y:
            guard let index = titleSpans.firstIndex(where: { $0.contains(mouse.x) }) else { return false }
            activate(index)
        default:
            return false
        }
        return true
    }
}
