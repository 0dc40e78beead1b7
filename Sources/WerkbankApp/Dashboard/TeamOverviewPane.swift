import TerminalUI
import WerkbankCore

/// The first dashboard pane (Overzicht), for the teamleider: KPI tiles with a 12-month
/// sparkline, tiles per worklist, and per coach the active clients against the norm and the
/// clients on each worklist. Arrows move over the counts, Enter lists the clients behind one
/// (the drill-down screen, as elsewhere). Narrow terminals get fewer tiles per row; the table
/// scrolls in both directions.
final class TeamOverviewPane: View {
    private(set) var overview: TeamOverview
    /// Display names of the coaches (user name when unknown).
    private var names: [String: String]
    let grid: FigureGrid
    private let glyphs: Glyphs

    static let tileWidth = 22
    static let tileHeight = 3

    /// The table's count columns after Coach and Klanten/% norm, in order.
    enum Column: Hashable {
        case clients
        case list(WorklistKind, WorklistState)
        case outOfView
        case overdueActions
    }

    static let columns: [Column] = [.clients, .outOfView]
        + [WorklistKind.decision, .reassessment, .exemption].flatMap { [Column.list($0, .overdue), .list($0, .soon)] }
        + [.overdueActions]

    init(overview: TeamOverview, names: [String: String], glyphs: Glyphs) {
        self.overview = overview
        self.names = names
        self.glyphs = glyphs
        grid = FigureGrid(glyphs: glyphs)
        grid.show([table])
    }

    func show(_ overview: TeamOverview, names: [String: String]) {
        self.overview = overview
        self.names = names
        grid.show([table])
    }

    private var rows: [TeamOverview.CoachRow] { overview.coaches + [overview.total] }

    private func name(of row: TeamOverview.CoachRow, index: Int) -> String {
        if index == overview.coaches.count { return coreText("report.column.totaal") }
        return row.coach.isEmpty ? coreText("report.caseload.no_coach") : names[row.coach] ?? row.coach
    }

    var table: ReportTable {
        let headers = [appText("overview.column.coach")] + TeamOverviewPane.columns.map(TeamOverviewPane.header)
        let norm = overview.settings.caseloadNorm
        return ReportTable(
            title: appText("overview.table.title", DutchNumber.integer(norm), overview.today.dutch),
            columns: [headers[0], headers[1], appText("overview.column.norm")] + headers.dropFirst(2),
            rows: rows.enumerated().map { index, row in
                [.text(name(of: row, index: index)), .integer(row.clients.count),
                 .text(index == overview.coaches.count ? "" : "\(row.percentOfNorm(norm))%")]
                    + TeamOverviewPane.columns.dropFirst().map { .integer(TeamOverviewPane.clients(row, $0).count) }
            })
    }

    static func header(_ column: Column) -> String {
        switch column {
        case .clients: return appText("overview.column.clients")
        case .outOfView: return appText("overview.column.uit_beeld")
        case .list(let kind, let state): return appText("overview.column.\(kind.rawValue).\(state.rawValue)")
        case .overdueActions: return appText("overview.column.overdue_actions")
        }
    }

    static func clients(_ row: TeamOverview.CoachRow, _ column: Column) -> [String] {
        switch column {
        case .clients: return row.clients
        case .outOfView: return row.list(.outOfView).overdue
        case .list(let kind, .overdue): return row.list(kind).overdue
        case .list(let kind, .soon): return row.list(kind).soon
        case .overdueActions: return row.overdueActions
        }
    }

    /// The clients behind the count under the cursor, with a heading for the drill-down screen.
    var selection: (heading: String, clientIds: [String])? {
        let cell = grid.cursor
        guard rows.indices.contains(cell.row), cell.column == 1 || cell.column >= 3 else { return nil }
        let column = TeamOverviewPane.columns[cell.column == 1 ? 0 : cell.column - 2]
        let row = rows[cell.row]
        return ([appText("overview.title"), name(of: row, index: cell.row), TeamOverviewPane.header(column)].joined(separator: " · "),
                TeamOverviewPane.clients(row, column))
    }

    // MARK: tiles

    struct Tile {
        var title: String
        var value: String
        var detail: String
        var trend: [Int]?
        var alert: Bool
    }

    var tiles: [Tile] {
        let total = overview.total
        func trendTile(_ title: String, _ trend: TeamOverview.Trend) -> Tile {
            Tile(title: title, value: DutchNumber.integer(trend.values.last ?? 0), detail: appText("overview.tile.month"), trend: trend.values, alert: false)
        }
        func listTile(_ kind: WorklistKind) -> Tile {
            let list = total.list(kind)
            let label = kind.label
            return Tile(title: label.prefix(1).uppercased() + label.dropFirst(), value: appText("overview.tile.overdue", DutchNumber.integer(list.overdue.count)),
                        detail: kind == .outOfView ? appText("overview.tile.weeks", overview.settings.outOfViewWeeks)
                            : appText("overview.tile.soon", DutchNumber.integer(list.soon.count)),
                        trend: nil, alert: !list.overdue.isEmpty)
        }
        let norm = overview.settings.caseloadNorm
        let coaches = overview.coaches.filter { !$0.coach.isEmpty }
        let over = coaches.filter { $0.clients.count > norm }.count
        return [
            Tile(title: appText("overview.tile.clients"), value: DutchNumber.integer(total.clients.count),
                 detail: appText("overview.tile.trend"), trend: overview.stock.values, alert: false),
            trendTile(appText("overview.tile.inflow"), overview.inflow),
            trendTile(appText("overview.tile.outflow"), overview.outflow),
            trendTile(appText("overview.tile.meldingen"), overview.meldingen),
            Tile(title: appText("overview.tile.norm", DutchNumber.integer(norm)),
                 value: appText("overview.tile.over_norm", DutchNumber.integer(over)),
                 detail: appText("overview.tile.coaches", DutchNumber.integer(coaches.count)), trend: nil, alert: over > 0),
        ] + WorklistKind.allCases.map(listTile)
    }

    /// How many tile rows `width` needs.
    func tileRows(width: Int) -> Int {
        let perRow = max(1, (width + 1) / (TeamOverviewPane.tileWidth + 1))
        return (tiles.count + perRow - 1) / perRow
    }

    func handle(_ event: Event) -> Bool { grid.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let tiles = self.tiles
        let perRow = max(1, (area.width + 1) / (TeamOverviewPane.tileWidth + 1))
        // The table keeps at least its header and a few coaches; it scrolls for the rest.
        let tileLines = min(max(0, area.height - 6), tileRows(width: area.width) * TeamOverviewPane.tileHeight)
        for (index, tile) in tiles.enumerated() {
            let y = area.y + (index / perRow) * TeamOverviewPane.tileHeight
            guard y + TeamOverviewPane.tileHeight <= area.y + tileLines else { break }
            let x = area.x + (index % perRow) * (TeamOverviewPane.tileWidth + 1)
            draw(tile, in: Rect(x: x, y: y, width: TeamOverviewPane.tileWidth, height: TeamOverviewPane.tileHeight), into: &buffer)
        }
        let gap = tileLines > 0 ? 1 : 0
        let tableArea = Rect(x: area.x + 1, y: area.y + tileLines + gap, width: max(0, area.width - 2),
                             height: max(0, area.height - tileLines - gap))
        grid.render(tableArea, into: &buffer)
    }

    private func draw(_ tile: Tile, in area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        buffer.put(" " + tile.title, x: area.x, y: area.y, maxWidth: area.width, style: Style(.muted))
        let after = buffer.put(" " + tile.value, x: area.x, y: area.y + 1, maxWidth: area.width,
                               style: tile.alert ? Style(.warning, .bold) : Style(.text, .bold))
        if let trend = tile.trend {
            let width = min(trend.count, area.maxX - after - 1)
            if width > 0 {
                Sparkline(values: trend.map(Double.init), glyphs: glyphs)
                    .render(Rect(x: area.maxX - width, y: area.y + 1, width: width, height: 1), into: &buffer)
            }
        }
        buffer.put(" " + tile.detail, x: area.x, y: area.y + 2, maxWidth: area.width, style: Style(.muted))
    }
}
