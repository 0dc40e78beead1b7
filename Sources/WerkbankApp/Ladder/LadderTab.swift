import TerminalUI
import WerkbankCore

/// The ladder screen's (F5) one command: show the clients of the selected rung.
enum LadderCommand: String, ScreenCommand {
    case open

    static let scope = "ladder"
    var defaultKeys: [Key] { [.enter] }
}

/// The Ladder tab's forms, opened by the dossier's `r` and `v` from any tab.
enum LadderTabCommand: String, ScreenCommand {
    case move, expect

    static let scope = "dossier-ladder"
    var defaultKeys: [Key] { [] }
    var isListed: Bool { false }
}

/// The dossier's Ladder tab: start, current and expected position, the rung over time as a
/// sparkline, and every observation as a timeline (newest first). `r` records a new current
/// rung, `v` an expected rung with a target date; both ask for a reason.
final class LadderTab: CommandTab {
    private unowned let root: RootView
    let clientId: String
    /// The client's observations, newest first.
    private(set) var timeline: [LadderObservation] = []
    private var position = LadderPosition(history: [])
    private let table: Table

    init(root: RootView, clientId: String) {
        self.root = root
        self.clientId = clientId
        table = Table(columns: [
            TableColumn(appText("ladder.column.date"), width: .fixed(10), sortable: false),
            TableColumn(appText("ladder.column.kind"), width: .fixed(8), sortable: false),
            TableColumn(appText("ladder.column.rung"), width: .flex(4), sortable: false),
            TableColumn(appText("ladder.column.target"), width: .fixed(max(10, DisplayWidth.of(appText("ladder.column.target")))),
                        sortable: false),
            TableColumn(appText("ladder.column.by"), width: .flex(2), sortable: false),
            TableColumn(appText("ladder.column.reason"), width: .flex(4), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        table.cellStyle = { [unowned self] row, column in
            guard column == 2, self.timeline.indices.contains(row) else { return nil }
            return Style(Role.rung(self.timeline[row].rung.rawValue), .bold)
        }
        reload()
    }

    var title: String { appText("ladder.tab") }

    func reload() {
        let ladder = root.model.client(clientId)?.ladder ?? []
        position = LadderPosition(history: ladder)
        timeline = ladder.sorted { ($0.date, $0.kind.order, $0.id) > ($1.date, $1.kind.order, $1.id) }
        table.reload(count: timeline.count) { [unowned self] row in self.cells(self.timeline[row]) }
    }

    private func cells(_ observation: LadderObservation) -> [String] {
        [observation.date.dutch, observation.kind.label, LadderEdit.option(observation.rung),
         observation.targetDate?.dutch ?? "", observation.by.isEmpty ? "" : root.model.displayName(of: observation.by),
         observation.reason]
    }

    func perform(_ command: LadderTabCommand) {
        switch command {
        case .move: open(.move)
        case .expect: open(.expect)
        }
    }

    private func open(_ kind: LadderEdit.Kind) {
        guard let client = root.model.client(clientId) else { return }
        root.model.status = nil
        root.presentForm(LadderEdit.form(kind, client: client, model: root.model, glyphs: root.glyphs))
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    // MARK: drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard area.height >= 8 else { return }
        let reason = table.selectedRow.flatMap { timeline.indices.contains($0) ? timeline[$0].reason : nil } ?? ""
        let reasonLines = SelectedTextLines.lines(appText("ladder.column.reason"), reason, width: area.width)
        let parts = area.rows([.length(4), .length(1), .fill, .length(reasonLines.count), .length(1)])
        renderSummary(parts[0], into: &buffer)
        if timeline.isEmpty {
            buffer.put(" " + appText("ladder.empty"), x: parts[2].x, y: parts[2].y, maxWidth: parts[2].width, style: Style(.muted))
        } else {
            table.render(parts[2].inset(horizontal: 1), into: &buffer)
        }
        SelectedTextLines.render(reasonLines, in: parts[3], into: &buffer)
        buffer.put(" " + appText("ladder.tab.hint"), x: parts[4].x, y: parts[4].y, maxWidth: parts[4].width - 1, style: Style(.muted))
    }

    /// Start / Nu / Verwacht lines and the sparkline of the rung over time.
    private func renderSummary(_ area: Rect, into buffer: inout Buffer) {
        let rows: [(String, LadderObservation?, String)] = [
            (appText("ladder.start"), position.start, position.start.map { $0.date.dutch } ?? ""),
            (appText("ladder.current"), position.actual ?? position.start, (position.actual ?? position.start).map { $0.date.dutch } ?? ""),
            (appText("ladder.expected"), position.expected, position.expected.map(targetText) ?? ""),
        ]
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        // The dates ("streefdatum …") are shown whole; the rungs' descriptions give way first.
        let dateWidth = rows.map { DisplayWidth.of($0.2) }.max() ?? 0
        let rungWidth = max(3, min(42, area.width - labelWidth - 5 - dateWidth))
        for (line, (label, observation, date)) in rows.enumerated() {
            let y = area.y + line
            var x = buffer.put(" " + DisplayWidth.pad(label, to: labelWidth) + "  ", x: area.x, y: y, maxWidth: area.width, style: Style(.text, .bold))
            guard let observation else {
                buffer.put(appText("ladder.not_set"), x: x, y: y, maxWidth: area.maxX - x, style: Style(.muted))
                continue
            }
            let rungText = DisplayWidth.pad(DisplayWidth.truncate(LadderEdit.option(observation.rung), to: rungWidth - 1,
                                                                  ellipsis: root.glyphs.ellipsis), to: rungWidth)
            x = buffer.put(rungText, x: x, y: y, maxWidth: area.maxX - x - 1, style: Style(Role.rung(observation.rung.rawValue), .bold))
            buffer.put(" " + date, x: x, y: y, maxWidth: area.maxX - x - 1, style: Style(.muted))
        }
        let x = buffer.put(" " + DisplayWidth.pad(appText("ladder.course"), to: labelWidth) + "  ", x: area.x, y: area.y + 3,
                           maxWidth: area.width, style: Style(.text, .bold))
        drawSparkline(x: x, y: area.y + 3, width: min(40, area.maxX - x - 1), into: &buffer)
    }

    /// "streefdatum 01-06-2027", with "(verstreken)" once that date has passed.
    private func targetText(_ expected: LadderObservation) -> String {
        guard let target = expected.targetDate else { return appText("ladder.target_date", "–") }
        let text = appText("ladder.target_date", target.dutch)
        return target < root.model.today ? text + " " + appText("ladder.target_passed") : text
    }

    /// The start and every current rung in date order, each glyph in its rung's colour.
    private func drawSparkline(x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        let path = timeline.reversed().filter { $0.kind != .expected }.map(\.rung)
        guard !path.isEmpty, width > 0 else { return }
        let shown = Array(path.suffix(width))
        let glyphs = Sparkline(values: shown.map { Double($0.rawValue) }, maxValue: 6, glyphs: root.glyphs).text(width: width)
        var column = x
        for (glyph, rung) in zip(glyphs, shown) {
            column = buffer.put(String(glyph), x: column, y: y, style: Style(Role.rung(rung.rawValue)))
        }
        if let first = path.first, let last = path.last {
            buffer.put("  " + appText("ladder.course_steps", first.rawValue, last.rawValue), x: column, y: y, style: Style(.muted))
        }
    }
}

extension LadderKind {
    /// Same-day order in the timeline: start, then current, then expected.
    var order: Int {
        switch self {
        case .start: return 0
        case .actual: return 1
        case .expected: return 2
        }
    }
}

extension Rect {
    /// The rect narrowed by `margin` cells on the left and the right.
    func inset(horizontal margin: Int) -> Rect {
        Rect(x: x + margin, y: y, width: max(0, width - 2 * margin), height: height)
    }
}
