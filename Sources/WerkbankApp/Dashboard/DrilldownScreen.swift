import TerminalUI
import WerkbankCore

/// The drill-down list's one command.
enum DrilldownCommand: String, ScreenCommand {
    case open

    static let scope = "drilldown"
    var defaultKeys: [Key] { [.enter] }
}

/// The records behind a dashboard figure: per line the client (id, masked BSN, name, coach,
/// current rung) and what the record is (a benefit period, a melding, …). No notes are shown;
/// Enter opens the client's dossier, which logs that opening itself. Showing the list is
/// logged too.
final class DrilldownScreen: CommandScreen {
    private unowned let root: RootView
    let heading: String
    let entries: [DrilldownEntry]
    private let peildatum: Day
    let table: Table
    /// The table's cells: client, BSN, name, coach, rung, what.
    let rows: [[String]]

    init(root: RootView, heading: String, entries: [DrilldownEntry], peildatum: Day) {
        self.root = root
        self.heading = heading
        self.entries = entries
        self.peildatum = peildatum
        let data = root.model.data
        rows = entries.map { DrilldownScreen.row($0, in: data, peildatum: peildatum) }
        let columns = [
            TableColumn(appText("drilldown.column.client"), width: .fixed(8), sortable: false),
            TableColumn(appText("drilldown.column.bsn"), width: .fixed(9), sortable: false),
            TableColumn(appText("drilldown.column.name"), width: Self.nameWidth(rows.map { $0[2] }), sortable: false),
            TableColumn(appText("drilldown.column.coach"), width: .fixed(10), sortable: false),
            TableColumn(appText("drilldown.column.rung"), width: .fixed(5), alignment: .right, sortable: false),
            TableColumn(appText("drilldown.column.what"), width: .flex(4), sortable: false),
        ]
        let rows = self.rows
        table = Table(columns: columns, count: rows.count, glyphs: root.glyphs) { rows[$0] }
        table.positionIndicator = .counter
        table.onActivate = { [unowned self] index in self.open(index) }
        root.model.recordAccess("drilldown", subject: nil,
                                detail: "\(heading): \(entries.count) \(entries.first?.kind.rawValue ?? "")")
    }

    var title: String { heading }

    var statusHint: String { appText("drilldown.hint", DutchNumber.integer(entries.count)) }

    func perform(_ command: DrilldownCommand) {
        switch command {
        case .open: table.selectedRow.map(open)
        }
    }

    /// Opens the dossier of the client behind line `index`.
    func open(_ index: Int) {
        guard entries.indices.contains(index), let clientId = entries[index].clientId, root.model.client(clientId) != nil else {
            root.model.status = StatusMessage(appText("drilldown.no_client"), severity: .warning)
            return
        }
        root.openDossier(clientId)
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.put(" " + appText("drilldown.heading", heading, DutchNumber.integer(entries.count)), x: area.x, y: area.y,
                   maxWidth: area.width, style: Style(.accent, .bold))
        let what = SelectedTextLines.lines(appText("drilldown.column.what"), table.selectedRow.map { rows[$0][5] } ?? "", width: area.width)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1)).rows([.fill, .length(what.count)])
        table.render(body[0].inset(horizontal: 1), into: &buffer)
        SelectedTextLines.render(what, in: body[1], into: &buffer)
    }

    // MARK: lines

    /// The name column: as wide as the longest name (whole up to 24 cells), the rest goes to "Wat".
    private static func nameWidth(_ names: [String]) -> ColumnWidth {
        let longest = max(4, names.map(DisplayWidth.of).max() ?? 0)
        return .bounded(min: min(longest, 24), max: longest)
    }

    static func row(_ entry: DrilldownEntry, in data: Dataset, peildatum: Day) -> [String] {
        let client = entry.clientId.flatMap { data.clients[$0] }
        let melding = entry.kind == .melding ? data.meldingen[entry.id] : nil
        let rung = client.flatMap { LadderPosition(history: $0.ladder, on: peildatum).current }.map { String($0.rawValue) } ?? ""
        return [client?.id ?? "", BSN.masked(client?.bsn), client?.fullName ?? melding?.name ?? "", client?.coach ?? "", rung,
                what(entry, client: client, melding: melding, in: data)]
    }

    /// What the record is: "uitkering 01-03-2014 – 31-12-2015, werk in dienstbetrekking".
    static func what(_ entry: DrilldownEntry, client: Client?, melding: Melding?, in data: Dataset) -> String {
        switch entry.kind {
        case .client:
            return ""
        case .benefit:
            guard let benefit = client?.benefits.first(where: { $0.id == entry.id }) else { return entry.id }
            return appText("drilldown.what.benefit", benefit.start.dutch, benefit.end?.dutch ?? "…")
                + (benefit.endReason.map { ", " + $0.label } ?? "")
        case .melding:
            guard let melding else { return entry.id }
            return appText("drilldown.what.melding", melding.date.dutch) + (melding.decision.map { ", " + $0.label } ?? "")
        case .placement:
            guard let placement = data.placements[entry.id] else { return entry.id }
            return appText("drilldown.what.placement", placement.stage.label, data.employers[placement.employerId]?.name ?? placement.employerId)
        case .deployment:
            guard let deployment = client?.deployments.first(where: { $0.id == entry.id }) else { return entry.id }
            return appText("drilldown.what.deployment", data.instruments[deployment.instrumentId]?.name ?? deployment.instrumentId,
                           deployment.start.dutch)
        case .action:
            guard let action = client?.actions.first(where: { $0.id == entry.id }) else { return entry.id }
            return appText("drilldown.what.action", action.title, action.due.dutch)
        }
    }
}
