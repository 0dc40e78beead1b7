import TerminalUI
import WerkbankCore

/// The instrumentenkoffer as a table — for a client with ✓ eligible / ✗ not eligible — beside
/// (wide) or above (narrow) the selected instrument's details and the reasons it cannot be used.
/// Shared by the dossier's Instrumenten tab and the F6 screen.
final class InstrumentCatalogueView: View {
    struct Entry {
        var instrument: Instrument
        /// nil when no client is chosen.
        var eligibility: Eligibility?
    }

    private(set) var entries: [Entry] = []
    private(set) var clientName: String?
    let table: Table
    private let glyphs: Glyphs

    init(glyphs: Glyphs) {
        self.glyphs = glyphs
        table = Table(columns: [
            TableColumn("", width: .fixed(1), sortable: false),
            TableColumn(appText("koffer.column.name"), width: .flex(3), sortable: false),
            TableColumn(appText("koffer.column.side"), width: .fixed(12), sortable: false),
            TableColumn(appText("koffer.column.max"), width: .fixed(7), sortable: false),
            TableColumn(appText("koffer.column.cost"), width: .fixed(16), sortable: false),
            TableColumn(appText("koffer.column.rungs"), width: .fixed(7), sortable: false),
        ], count: 0, glyphs: glyphs) { _ in [] }
        table.cellStyle = { [unowned self] row, column in
            guard self.entries.indices.contains(row), let eligibility = self.entries[row].eligibility else { return nil }
            if column == 0 { return Style(eligibility.isEligible ? .success : .error, .bold) }
            return eligibility.isEligible ? nil : Style(.muted)
        }
    }

    /// Fills the table from `catalogue` (by name), judged for `client` on `today` when given.
    func load(catalogue: [String: Instrument], client: Client?, today: Day) {
        if let client {
            entries = InstrumentEligibility.options(catalogue: catalogue, for: client, on: today)
                .map { Entry(instrument: $0.instrument, eligibility: $0.eligibility) }
        } else {
            entries = InstrumentEligibility.options(catalogue: catalogue, for: Client(id: ""), on: today)
                .map { Entry(instrument: $0.instrument, eligibility: nil) }
        }
        clientName = client?.listName
        table.reload(count: entries.count) { [unowned self] row in self.cells(self.entries[row]) }
    }

    var selected: Entry? { table.selectedRow.flatMap { entries.indices.contains($0) ? entries[$0] : nil } }

    /// "5 van 14 inzetbaar", nil without a client.
    var eligibleSummary: String? {
        guard clientName != nil else { return nil }
        return appText("koffer.eligible_count", entries.filter { $0.eligibility?.isEligible ?? false }.count, entries.count)
    }

    private func cells(_ entry: Entry) -> [String] {
        [entry.eligibility.map { InstrumentText.mark($0.isEligible, glyphs: glyphs) } ?? "",
         entry.instrument.name, InstrumentText.side(entry.instrument.side), InstrumentText.maxDuration(entry.instrument),
         InstrumentText.cost(entry.instrument), InstrumentText.rungs(entry.instrument)]
    }

    /// Type-to-jump on the instrument names.
    var jump = TypeToJump()

    /// Jumps to the instrument whose name starts with what was typed (see `TypeToJump`).
    func type(_ character: Character) {
        let current = table.selectedRow ?? 0
        if let row = jump.type(character, count: entries.count, current: current, label: { entries[$0].instrument.name }) {
            table.select(row)
        }
    }

    func handle(_ event: Event) -> Bool {
        if case .key(.char(let character)) = event, character.isLetter {
            type(character)
            return true
        }
        if case .key = event { jump.reset() }
        return table.handle(event)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        if area.width >= 110 {
            let columns = area.columns([.fill, .length(1), .length(min(60, area.width * 2 / 5))], spacing: 1)
            table.render(columns[0], into: &buffer)
            for y in columns[1].y..<columns[1].maxY {
                buffer.put(glyphs.separator, x: columns[1].x, y: y, style: Style(.border))
            }
            renderDetail(columns[2], into: &buffer)
        } else {
            let detailHeight = min(max(3, area.height / 2), 9)
            let rows = area.rows([.fill, .length(detailHeight)])
            table.render(rows[0], into: &buffer)
            renderDetail(rows[1], into: &buffer)
        }
    }

    /// Name, facts, the verdict for the client with its reasons, then the description.
    private func renderDetail(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard let entry = selected, area.width > 4 else { return }
        let instrument = entry.instrument
        var lines: [(String, Style)] = [(instrument.name, Style(.header, .bold))]
        func add(_ text: String, _ style: Style = Style(.text)) {
            lines += TextWrap.lines(text, width: area.width).map { ($0, style) }
        }
        if let eligibility = entry.eligibility, let clientName {
            if eligibility.isEligible {
                add(InstrumentText.mark(true, glyphs: glyphs) + " " + appText("koffer.eligible_for", clientName), Style(.success, .bold))
            } else {
                add(InstrumentText.mark(false, glyphs: glyphs) + " " + appText("koffer.not_eligible_for", clientName), Style(.error, .bold))
                for message in eligibility.messages { add("  - " + message, Style(.error)) }
            }
        }
        add(appText("koffer.detail.facts", InstrumentText.side(instrument.side), instrument.provider.isEmpty ? "—" : instrument.provider))
        add(appText("koffer.detail.limits", InstrumentText.maxDuration(instrument), InstrumentText.cost(instrument)))
        add(appText("koffer.detail.target", InstrumentText.rungs(instrument), InstrumentText.targetGroups(instrument)))
        if !instrument.prerequisites.isEmpty {
            add(appText("koffer.detail.prerequisites", instrument.prerequisites.map(InstrumentText.prerequisite).joined(separator: ", ")))
        }
        if !instrument.description.isEmpty { add(instrument.description, Style(.muted)) }
        for (row, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x, y: area.y + row, maxWidth: area.width, style: line.1)
        }
    }
}
