import TerminalUI
import WerkbankCore

/// F5: the participatieladder of the caseload (the caseload's filtered clients, else the user's
/// own, everybody for a supervisor or admin). A bar chart of the current rungs with a selectable
/// bar, and start, current and expected side by side. Enter on a rung shows those clients in the
/// caseload, filtered on that rung (`CaseloadContext.filterOnRung`).
final class LadderScreen: CommandScreen {
    private unowned let root: RootView
    private(set) var distribution = RungDistribution(rows: [CaseloadRow]())
    private var query = CaseloadQuery()
    /// The selected bar: 0…6 are rungs, 7 is "geen positie".
    private(set) var selectedBar = 0
    private var barRows: [Int: Int] = [:]

    init(root: RootView) {
        self.root = root
        willAppear()
    }

    var title: String { appText("ladder.title") }
    var statusHint: String { appText("ladder.hint") }

    private static let noPositionBar = Rung.allCases.count

    func willAppear() {
        query = root.workingCaseloadQuery
        query.clearFilters(.rung)
        distribution = RungDistribution(rows: root.model.index.query(query))
    }

    /// The bars on screen: every rung, plus "geen positie" when some clients have none.
    private var bars: [Int] {
        Array(Rung.allCases.map(\.rawValue)) + (distribution.current.notSet > 0 ? [LadderScreen.noPositionBar] : [])
    }

    func perform(_ command: LadderCommand) {
        switch command {
        case .open:
            root.go(to: .caseload)
            root.caseloadContext?.filterOnRung(FacetValue.rung(Rung(rawValue: selectedBar)).key)
        }
    }

    func handle(_ event: Event) -> Bool {
        let bars = self.bars
        switch event {
        case .key(.up), .key(.char("k")): selectedBar = max(0, selectedBar - 1)
        case .key(.down), .key(.char("j")): selectedBar = min(bars.count - 1, selectedBar + 1)
        case .key(.home), .key(.char("g")): selectedBar = 0
        case .key(.end), .key(.char("G")): selectedBar = bars.count - 1
        case .mouse(let mouse) where mouse.button == .left:
            guard let bar = barRows[mouse.y] else { return false }
            selectedBar = bar
        default: return false
        }
        return true
    }

    // MARK: drawing

    private func label(_ bar: Int) -> String {
        bar == LadderScreen.noPositionBar ? appText("ladder.no_position") : LadderEdit.option(Rung(rawValue: bar) ?? .research)
    }

    private func count(_ counts: RungCounts, bar: Int) -> Int {
        bar == LadderScreen.noPositionBar ? counts.notSet : counts[Rung(rawValue: bar) ?? .research]
    }

    private func role(_ bar: Int) -> Role { bar == LadderScreen.noPositionBar ? .muted : Role.rung(bar) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        let bars = self.bars
        selectedBar = min(selectedBar, bars.count - 1)
        let gap = area.height >= 2 * bars.count + 7 ? 1 : 0
        let content = area.inset(horizontal: 1)
        let parts = Rect(x: content.x, y: content.y, width: min(content.width, 120), height: content.height).rows([.length(1), .length(gap), .length(1), .length(bars.count), .length(1),
                                                    .length(gap), .length(1), .length(bars.count), .fill])
        buffer.put(heading, x: parts[0].x, y: parts[0].y, maxWidth: parts[0].width, style: Style(.text, .bold))
        buffer.put(appText("ladder.chart.current"), x: parts[2].x, y: parts[2].y, maxWidth: parts[2].width, style: Style(.header, .bold))
        renderCurrentChart(bars, in: parts[3], into: &buffer)
        buffer.put(appText("ladder.chart.selected", label(selectedBar), count(distribution.current, bar: selectedBar)),
                   x: parts[4].x + 2, y: parts[4].y, maxWidth: parts[4].height > 0 ? parts[4].width - 2 : 0, style: Style(.muted))
        renderComparison(bars, heading: parts[6], in: parts[7], into: &buffer)
    }

    private var heading: String {
        let whose: String
        switch query.scope {
        case .coach(let name): whose = appText("ladder.scope.coach", root.model.displayName(of: name))
        case .all: whose = appText("ladder.scope.all")
        }
        let filtered = query.text.isEmpty && query.filters.values.allSatisfy(\.isEmpty) ? "" : appText("ladder.scope.filtered")
        return appText("ladder.heading", whose, DutchNumber.integer(distribution.total)) + filtered
    }

    /// The current rungs, one selectable bar per line.
    private func renderCurrentChart(_ bars: [Int], in area: Rect, into buffer: inout Buffer) {
        let chartBars = bars.map { bar in
            BarChart.Bar(label(bar), value: Double(count(distribution.current, bar: bar)),
                         valueText: countText(distribution.current, bar: bar), role: role(bar))
        }
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 2, height: area.height)
        BarChart(bars: chartBars, glyphs: root.glyphs).render(inner, into: &buffer)
        barRows = [:]
        for (row, bar) in bars.enumerated() where row < area.height {
            barRows[area.y + row] = bar
            guard bar == selectedBar else { continue }
            buffer.put(root.glyphs.pointer, x: area.x, y: area.y + row, style: Style(.accent, .bold))
            let labelWidth = min(chartBars.map { DisplayWidth.of($0.label) }.max() ?? 0, inner.width / 3)
            buffer.setStyle(Rect(x: inner.x, y: area.y + row, width: labelWidth, height: 1), Style(.selection, .bold))
        }
    }

    /// "12  (19%)"
    private func countText(_ counts: RungCounts, bar: Int) -> String {
        let value = count(counts, bar: bar)
        guard distribution.total > 0 else { return "0" }
        let percent = (value * 100 + distribution.total / 2) / distribution.total
        return DutchNumber.integer(value) + " (" + String(percent) + "%)"
    }

    /// Start, now and expected as three small charts on one scale.
    private func renderComparison(_ bars: [Int], heading: Rect, in area: Rect, into buffer: inout Buffer) {
        guard area.height > 0 else { return }
        let kinds: [(LadderKind, String)] = [(.start, "ladder.chart.start"), (.actual, "ladder.chart.now"), (.expected, "ladder.chart.expected")]
        let scale = kinds.flatMap { kind in bars.map { Double(count(distribution.counts(kind.0), bar: $0)) } }.max() ?? 0
        let columns = area.columns([.fill, .fill, .fill], spacing: 3)
        for ((kind, titleKey), column) in zip(kinds, columns) {
            buffer.put(appText(titleKey), x: column.x, y: heading.y, maxWidth: column.width, style: Style(.header, .bold))
            let counts = distribution.counts(kind)
            let chartBars = bars.map { bar in
                BarChart.Bar(bar == LadderScreen.noPositionBar ? "–" : String(bar), value: Double(count(counts, bar: bar)),
                             valueText: DutchNumber.integer(count(counts, bar: bar)), role: role(bar))
            }
            BarChart(bars: chartBars, maxValue: scale, glyphs: root.glyphs).render(column, into: &buffer)
        }
    }
}
