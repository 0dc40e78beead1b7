import TerminalUI
import WerkbankCore

/// The Overzicht tab's one command: edit the focused section.
enum OverviewTabCommand: String, ScreenCommand {
    case edit

    static let scope = "dossier-overzicht"
    var defaultKeys: [Key] { [.char("e"), .enter] }
}

/// Overzicht: everything about the person in sections (person, household, education and work,
/// target groups and barriers, work obligation, routes, benefit periods). j/k or the arrows move
/// the focus from section to section, PgUp/PgDn scroll, `e` or Enter edits the focused section.
final class OverviewTab: CommandTab {
    let title = appText("dossier.tab.overview")
    private let context: DossierContext
    private(set) var focusedSection = 0
    private var offset = 0
    private var keepFocusVisible = true
    private var layout = OverviewLayout(lines: [], sectionStarts: [])
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    init(context: DossierContext) {
        self.context = context
    }

    var statusHint: String { appText("dossier.overview.hint") }
    private var sections: [OverviewSection] { OverviewSection.allCases }

    func perform(_ command: OverviewTabCommand) {
        switch command {
        case .edit: editFocusedSection()
        }
    }

    func editFocusedSection() {
        guard let client = context.client else { return }
        let section = sections[focusedSection]
        // The person form shows the full BSN: a reveal like `b`, so it opens only once audited.
        if section == .person && !context.model.recordAccess("bsn-getoond", subject: client.id,
                                                             detail: appText("dossier.bsn_in_form_log"), shown: appText("access.what.bsn")) {
            return
        }
        guard let form = OverviewEditor(context: context, client: client).form(for: section) else {
            context.say(appText("dossier.benefits_read_only"))
            return
        }
        form.origin = .dossier(client: client.id, command: OverviewTabCommand.edit, focus: focusedSection)
        context.present(form)
    }

    func focus(_ index: Int) {
        focusedSection = max(0, min(index, sections.count - 1))
        keepFocusVisible = true
    }

    // MARK: Events

    func handle(_ event: Event) -> Bool {
        let page = max(1, lastArea.height - 1)
        switch event {
        case .key(.down), .key(.char("j")): focus(focusedSection + 1)
        case .key(.up), .key(.char("k")): focus(focusedSection - 1)
        case .key(.home), .key(.char("g")): focus(0); offset = 0
        case .key(.end), .key(.char("G")): focus(sections.count - 1)
        case .key(.pageDown), .key(.char(" ")): offset += page
        case .key(.pageUp): offset -= page
        case .mouse(let mouse) where lastArea.contains(x: mouse.x, y: mouse.y):
            switch mouse.button {
            case .wheelDown: offset += SelectionScroll.wheelStep
            case .wheelUp: offset -= SelectionScroll.wheelStep
            case .left:
                let line = offset + mouse.y - lastArea.y
                if let section = layout.sectionStarts.lastIndex(where: { $0 <= line }) { focusedSection = section }
            default: break
            }
        default: return false
        }
        return true
    }

    // MARK: Drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard let client = context.client, area.width > 10, area.height > 0 else { return }
        let textArea = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        layout = OverviewLayout(client: client, today: context.today, sections: sections, focused: focusedSection,
                                width: textArea.width - 1, glyphs: context.glyphs)
        if keepFocusVisible {
            let start = layout.sectionStarts[focusedSection]
            let end = focusedSection + 1 < sections.count ? layout.sectionStarts[focusedSection + 1] - 1 : layout.lines.count
            if start < offset { offset = start }
            if end > offset + area.height { offset = min(start, end - area.height) }
            keepFocusVisible = false
        }
        offset = max(0, min(offset, layout.lines.count - area.height))
        for row in 0..<area.height {
            let index = offset + row
            guard index < layout.lines.count else { break }
            var x = textArea.x
            for (text, style) in layout.lines[index] {
                x = buffer.put(text, x: x, y: area.y + row, maxWidth: textArea.maxX - 1 - x, style: style)
            }
        }
        drawScrollMarks(area, total: layout.lines.count, into: &buffer)
    }

    private func drawScrollMarks(_ area: Rect, total: Int, into buffer: inout Buffer) {
        let glyphs = context.glyphs
        if offset > 0 { buffer.put(glyphs.sortAscending, x: area.maxX - 1, y: area.y, style: Style(.muted)) }
        if offset + area.height < total { buffer.put(glyphs.sortDescending, x: area.maxX - 1, y: area.maxY - 1, style: Style(.muted)) }
    }
}

/// The Overzicht as styled lines: per section a heading, then "label  value" rows with values
/// wrapped under each other, and a blank line between sections.
struct OverviewLayout {
    var lines: [[(String, Style)]]
    /// Index of each section's heading in `lines`.
    var sectionStarts: [Int]

    init(lines: [[(String, Style)]], sectionStarts: [Int]) {
        self.lines = lines
        self.sectionStarts = sectionStarts
    }

    init(client: Client, today: Day, sections: [OverviewSection], focused: Int, width: Int, glyphs: Glyphs) {
        lines = []
        sectionStarts = []
        let allRows = sections.map { $0.rows(of: client, today: today) }
        let labelWidth = min(width / 3, allRows.joined().map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueWidth = max(1, width - labelWidth - 4)
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append([]) }
            sectionStarts.append(lines.count)
            let isFocused = index == focused
            let heading = (isFocused ? glyphs.pointer + " " : "  ") + section.title
            lines.append([(DisplayWidth.pad(heading, to: width), Style(isFocused ? .selection : .header, .bold))])
            for row in allRows[index] {
                let label = DisplayWidth.pad(DisplayWidth.truncate(row.label, to: labelWidth, ellipsis: glyphs.ellipsis), to: labelWidth)
                let wrapped = TextWrap.lines(row.value, width: valueWidth)
                for (number, part) in wrapped.enumerated() {
                    let shownLabel = number == 0 ? label : String(repeating: " ", count: labelWidth)
                    lines.append([("  " + shownLabel + "  ", Style(.muted)), (part, row.style)])
                }
            }
        }
    }
}
