import Foundation
import TerminalUI
import WerkbankCore

/// The figures' commands; `pane(kind)` is `pane1`…`pane8` on the digit keys, in report order.
enum DashboardCommand: ScreenCommand {
    case nextPane, previousPane, drilldown, earlier, later, period, peildatum, regional, coach, export, overview
    case pane(ReportKind)

    static let scope = "dashboard"

    static let allCases: [DashboardCommand] = [
        .nextPane, .previousPane, .drilldown, .earlier, .later, .period, .peildatum, .regional, .coach, .export, .overview,
    ] + ReportKind.allCases.map(DashboardCommand.pane)

    var action: String {
        switch self {
        case .nextPane: "nextPane"
        case .previousPane: "previousPane"
        case .drilldown: "drilldown"
        case .earlier: "earlier"
        case .later: "later"
        case .period: "period"
        case .peildatum: "peildatum"
        case .regional: "regional"
        case .coach: "coach"
        case .export: "export"
        case .overview: "overview"
        case .pane(let kind): "pane\(Self.paneNumber(kind))"
        }
    }

    var defaultKeys: [Key] {
        switch self {
        case .nextPane: [.tab]
        case .previousPane: [.backTab]
        case .drilldown: [.enter]
        case .earlier: [.char("[")]
        case .later: [.char("]")]
        case .period: [.char("p")]
        case .peildatum: [.char("d")]
        case .regional: [.char("g")]
        case .coach: [.char("t")]
        case .export: [.char("x"), .char("e")]
        case .overview: [.char("0"), .char("o")]
        case .pane(let kind): [.char(Character("\(Self.paneNumber(kind))"))]
        }
    }

    /// 1 for the first report, … (the digit key and the tab after the overview).
    static func paneNumber(_ kind: ReportKind) -> Int { ReportKind.allCases.firstIndex(of: kind)! + 1 }
}

/// The figures (F8): first the teamleider overview (tiles, caseload against the norm, worklists
/// per coach), then one pane per report with its table and a chart, a period, a peildatum and
/// a coach filter. Arrows move over the figures; Enter lists the clients (or meldingen) behind
/// one; `x` exports the pane to CSV. A werkcoach sees their own caseload only.
final class DashboardScreen: CommandScreen {
    private unowned let root: RootView
    private let cache: ReportCache
    private(set) var settings: DashboardSettings
    let panes = ReportKind.allCases
    private let tabBar: Tabs
    let grid: FigureGrid
    /// The report on screen (nil while it is computed in the background).
    private(set) var current: (any Report)?
    private var shownKey: ReportCache.Key?
    private var cursors: [ReportKind: FigureGrid.Cell] = [:]
    /// The overview pane, computed for `overviewKey` (store version and coach).
    private var overviewPane: TeamOverviewPane?
    private var overviewKey: (seq: Int, coach: String?)?

    init(root: RootView, cache: ReportCache = ReportCache()) {
        self.root = root
        self.cache = cache
        let user = root.model.user
        settings = DashboardSettings(peildatum: root.model.today, coach: user.role == .coach ? user.name : nil)
        tabBar = Tabs(titles: DashboardScreen.paneTitles(fitting: Int.max), glyphs: root.glyphs)
        tabBar.activate(0)
        grid = FigureGrid(glyphs: root.glyphs)
        tabBar.onChange = { [unowned self] _ in self.refresh() }
        grid.onActivate = { [unowned self] _ in self.drillDown() }
    }

    /// The overview is the first tab; the reports follow.
    var showsOverview: Bool { tabBar.activeIndex == 0 }

    /// The report of the active tab (the first report while the overview shows).
    var kind: ReportKind { panes[max(0, tabBar.activeIndex - 1)] }

    /// A werkcoach's figures are their own caseload; everyone else may pick a coach.
    var canPickCoach: Bool { root.model.user.role != .coach }

    var title: String {
        appText("dashboard.title") + " · " + (settings.coach.map { root.model.displayName(of: $0) } ?? appText("dashboard.all_coaches"))
    }

    var statusHint: String { appText("dashboard.hint") }

    func willAppear() { refresh() }

    // MARK: commands

    func perform(_ command: DashboardCommand) {
        switch command {
        case .nextPane: showTab((tabBar.activeIndex + 1) % (panes.count + 1))
        case .previousPane: showTab((tabBar.activeIndex + panes.count) % (panes.count + 1))
        case .overview: showTab(0)
        case .drilldown: drillDown()
        case .earlier: shiftPeriod(years: -1)
        case .later: shiftPeriod(years: 1)
        case .period: askPeriod()
        case .peildatum: askPeildatum()
        case .regional: askRegionalRate()
        case .coach: pickCoach()
        case .export: askExportPath()
        case .pane(let kind): showPane(DashboardCommand.paneNumber(kind) - 1)
        }
    }

    /// Shows report pane `index` (0 = the first report).
    func showPane(_ index: Int) { showTab(index + 1) }

    private func showTab(_ index: Int) {
        if !showsOverview { cursors[kind] = grid.cursor }
        tabBar.activate(index)
    }

    func handle(_ event: Event) -> Bool {
        if case .mouse(let mouse) = event, mouse.y == tabRow { return tabBar.handle(event) }
        if showsOverview { return overview.handle(event) }
        return grid.handle(event)
    }

    /// Fetches the report for the current pane and settings (from the cache, or started in the
    /// background); called on every change and every redraw, so a background result shows up.
    func refresh() {
        guard !showsOverview else { return }
        let key = ReportCache.Key(kind: kind, options: settings.options, version: root.model.store.seq)
        guard key != shownKey || current == nil else { return }
        let previousKind = shownKey?.kind
        current = cache.report(key, data: root.model.data)
        guard let current else { return }
        shownKey = key
        grid.show(current.tables)
        if previousKind != kind { grid.select(cursors[kind] ?? FigureGrid.Cell(table: 0, row: 0, column: 1)) }
    }

    private func update(_ change: (inout DashboardSettings) -> Void) {
        change(&settings)
        refresh()
    }

    private func shiftPeriod(years: Int) {
        guard let period = settings.shifted(years: years) else {
            root.model.status = StatusMessage(appText("dashboard.period.open"), severity: .warning)
            return
        }
        update { $0.period = period }
    }

    // MARK: prompts

    private func askPeriod() {
        let prompt = DashboardPrompt(title: appText("dashboard.period.title"), label: appText("dashboard.period.label"),
                                     text: settings.period.from == nil && settings.period.to == nil ? "" : DashboardSettings.text(of: settings.period),
                                     hint: appText("dashboard.period.hint"), glyphs: root.glyphs)
        prompt.onSubmit = { [unowned self] text in
            guard let period = DashboardSettings.parsePeriod(text) else { return appText("dashboard.period.bad", text) }
            self.root.dismissOverlay()
            self.update { $0.period = period }
            return nil
        }
        prompt.onCancel = { [unowned self] in self.root.dismissOverlay() }
        root.present(prompt)
    }

    private func askPeildatum() {
        let prompt = DashboardPrompt(title: appText("dashboard.peildatum.title"), label: appText("dashboard.peildatum.label"),
                                     text: settings.peildatum.dutch, hint: appText("dashboard.peildatum.hint"), glyphs: root.glyphs)
        prompt.onSubmit = { [unowned self] text in
            guard let day = Day(parsing: text.trimmingCharacters(in: .whitespaces)) else { return appText("dashboard.peildatum.bad", text) }
            self.root.dismissOverlay()
            self.update { $0.peildatum = day }
            return nil
        }
        prompt.onCancel = { [unowned self] in self.root.dismissOverlay() }
        root.present(prompt)
    }

    /// Asks the regional outflow-to-work percentage the KPI compares with ("" = none).
    private func askRegionalRate() {
        let prompt = DashboardPrompt(title: appText("dashboard.regional.title"), label: appText("dashboard.regional.label"),
                                     text: settings.regionalOutflowRate.map { DutchNumber.tenths($0) } ?? "",
                                     hint: appText("dashboard.regional.hint"), glyphs: root.glyphs)
        prompt.onSubmit = { [unowned self] text in
            let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            let rate = trimmed.isEmpty ? nil : Tenths(parsing: trimmed)
            guard trimmed.isEmpty || rate.map({ $0.tenths <= 1000 }) == true else {
                return appText("dashboard.regional.bad", text)
            }
            self.root.dismissOverlay()
            self.update { $0.regionalOutflowRate = rate }
            return nil
        }
        prompt.onCancel = { [unowned self] in self.root.dismissOverlay() }
        root.present(prompt)
    }

    /// Coaches to filter on: the users with the coach role and anyone assigned to a client.
    var coachChoices: [String] {
        let data = root.model.data
        var names = Set(data.users.values.filter { $0.role == .coach }.map(\.name))
        data.clients.values.forEach { client in if !client.coach.isEmpty { names.insert(client.coach) } }
        return names.sorted { (root.model.displayName(of: $0), $0) < (root.model.displayName(of: $1), $1) }
    }

    private func pickCoach() {
        guard canPickCoach else {
            root.model.status = StatusMessage(appText("dashboard.coach.own"), severity: .warning)
            return
        }
        let coaches = coachChoices
        let items = [appText("dashboard.all_coaches")] + coaches.map { "\(root.model.displayName(of: $0))  (\($0))" }
        let picker = DashboardPicker(title: appText("dashboard.coach.title"), items: items,
                                     selected: settings.coach.flatMap { coaches.firstIndex(of: $0) }.map { $0 + 1 } ?? 0, glyphs: root.glyphs)
        picker.onPick = { [unowned self] index in
            self.root.dismissOverlay()
            self.update { $0.coach = index == 0 ? nil : coaches[index - 1] }
        }
        picker.onCancel = { [unowned self] in self.root.dismissOverlay() }
        root.present(picker)
    }

    /// The overview of the coach in view, recomputed after an edit or another coach.
    var overview: TeamOverviewPane {
        let model = root.model
        let key = (seq: model.store.seq, coach: settings.coach)
        if let overviewPane, let overviewKey, overviewKey == key { return overviewPane }
        let coaches = settings.coach.map { [$0] } ?? model.data.users.values.filter { $0.role == .coach }.map(\.name)
        let result = TeamOverview(model.data.scoped(toCoach: settings.coach), today: model.today, coachNames: coaches)
        let names = Dictionary(uniqueKeysWithValues: result.coaches.map { ($0.coach, model.displayName(of: $0.coach)) })
        let pane = overviewPane ?? TeamOverviewPane(overview: result, names: names, glyphs: root.glyphs)
        if overviewPane != nil { pane.show(result, names: names) }
        overviewPane = pane
        overviewKey = key
        return pane
    }

    // MARK: drill-down and export

    /// Lists the records behind the figure under the cursor.
    func drillDown() {
        if showsOverview {
            guard let selection = overview.selection, !selection.clientIds.isEmpty else {
                root.model.status = StatusMessage(appText("dashboard.drilldown.empty"), severity: .warning)
                return
            }
            root.push(DrilldownScreen(root: root, heading: selection.heading, entries: selection.clientIds.map(DrilldownEntry.client),
                                      peildatum: root.model.today))
            return
        }
        guard let report = current as? DrillableReport, let labels = grid.selectedLabels,
              let figure = report.figure(table: grid.cursor.table, row: grid.cursor.row, column: grid.cursor.column) else {
            root.model.status = StatusMessage(appText("dashboard.drilldown.none"), severity: .warning)
            return
        }
        let entries = Drilldown.entries(for: figure, in: root.model.data, options: settings.options)
        guard !entries.isEmpty else {
            root.model.status = StatusMessage(appText("dashboard.drilldown.empty"), severity: .warning)
            return
        }
        let heading = [kind.label, labels.row, labels.column].filter { !$0.isEmpty }.joined(separator: " · ")
        root.push(DrilldownScreen(root: root, heading: heading, entries: entries, peildatum: settings.peildatum))
    }

    var defaultExportPath: String { DashboardExport.defaultPath(report: kind.rawValue, settings: settings) }

    private func askExportPath() {
        guard !showsOverview else {
            root.model.status = StatusMessage(appText("overview.no_export"), severity: .warning)
            return
        }
        guard current != nil else {
            root.model.status = StatusMessage(appText("dashboard.busy"), severity: .warning)
            return
        }
        let prompt = DashboardPrompt(title: appText("dashboard.export.title", kind.label), label: appText("dashboard.export.label"),
                                     text: defaultExportPath, hint: appText("dashboard.export.hint"), glyphs: root.glyphs)
        prompt.onSubmit = { [unowned self] text in self.export(to: text) }
        prompt.onCancel = { [unowned self] in self.root.dismissOverlay() }
        root.present(prompt)
    }

    /// Writes the pane's report; returns the message for the field when it fails.
    private func export(to path: String) -> String? {
        guard let report = current else { return appText("dashboard.busy") }
        do {
            let url = try DashboardExport.write(report, to: path, workingDirectory: FileManager.default.currentDirectoryPath)
            root.dismissOverlay()
            root.model.recordAccess("export", subject: nil, detail: "dashboard \(kind.rawValue) \(settings.auditText) → \(url.path)")
            root.model.status = StatusMessage(appText("dashboard.export.done", url.path), severity: .success)
            return nil
        } catch let error as WerkbankError {
            root.model.status = StatusMessage(appText("dashboard.export.failed", error.message), severity: .error)
            return error.message
        } catch {
            return String(describing: error)
        }
    }

    // MARK: drawing

    private var tabRow = 0

    func render(_ area: Rect, into buffer: inout Buffer) {
        refresh()
        tabRow = area.y
        guard area.height >= 5 else { return }
        tabBar.titles = DashboardScreen.paneTitles(fitting: area.width)
        tabBar.render(area.row(0), into: &buffer)
        renderSettings(area.row(1), into: &buffer)
        let content = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 3)
        renderDetail(area.row(area.height - 1), into: &buffer)
        if showsOverview {
            overview.render(content, into: &buffer)
            return
        }
        guard let current else {
            buffer.put(" " + appText("dashboard.busy"), x: content.x, y: content.y + 1, maxWidth: content.width, style: Style(.muted))
            return
        }
        let (tableArea, chartArea) = DashboardScreen.split(content, tableWidth: grid.naturalWidth, tableHeight: grid.naturalHeight)
        grid.render(tableArea, into: &buffer)
        if let chartArea {
            DashboardChart(report: current, cursorRow: grid.cursor.row, firstRow: grid.firstVisibleRow, glyphs: root.glyphs)
                .render(chartArea, into: &buffer)
        }
    }

    /// The pane names, shortened when they do not fit on one line.
    static func paneTitles(fitting width: Int) -> [String] {
        let full = [appText("overview.tab")] + ReportKind.allCases.map { appText("dashboard.pane.\($0.rawValue)") }
        let needed = full.map { DisplayWidth.of($0) + 2 }.reduce(0, +) + full.count - 1
        return needed <= width ? full : [appText("overview.tab")] + ReportKind.allCases.map { appText("dashboard.pane_short.\($0.rawValue)") }
    }

    /// Wide terminals get the chart beside the table, narrow ones below it (the table first,
    /// the chart gets what is left, at least a third).
    static func split(_ content: Rect, tableWidth: Int, tableHeight: Int) -> (table: Rect, chart: Rect?) {
        let inner = Rect(x: content.x + 1, y: content.y, width: max(0, content.width - 2), height: content.height)
        if inner.width >= 150 {
            let width = min(tableWidth, inner.width * 2 / 3)
            let parts = inner.columns([.length(width), .fill], spacing: 3)
            return (parts[0], parts[1])
        }
        let chartHeight = max(content.height / 3, content.height - tableHeight - 1)
        guard chartHeight >= 3 else { return (inner, nil) }
        let parts = inner.rows([.fill, .length(chartHeight)], spacing: 1)
        return (parts[0], parts[1])
    }

    private func renderSettings(_ row: Rect, into buffer: inout Buffer) {
        buffer.fill(row, with: Cell(" ", style: Style(.text)))
        let parts: [(String, String)] = [
            (appText("dashboard.period"), DashboardSettings.text(of: settings.period)),
            (appText("dashboard.peildatum"), settings.peildatum.dutch),
            (appText("dashboard.coach"), settings.coach ?? appText("dashboard.all_coaches")),
        ] + (settings.regionalOutflowRate.map { [(appText("dashboard.regional"), DutchNumber.tenths($0) + "%")] } ?? [])
        var x = row.x + 1
        for (label, value) in parts where x < row.maxX {
            x = buffer.put(label + " ", x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.muted))
            x = buffer.put(value + "   ", x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.text, .bold))
        }
        if cache.isBusy { buffer.put(appText("dashboard.busy"), x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.warning)) }
    }

    /// The figure under the cursor with its row and column, and what Enter does.
    private func renderDetail(_ row: Rect, into buffer: inout Buffer) {
        buffer.fill(row, with: Cell(" ", style: Style(.text)))
        if showsOverview {
            let text = overview.selection.map { appText("dashboard.overview.selection", $0.heading, DutchNumber.integer($0.clientIds.count)) }
            buffer.put(text ?? "", x: row.x, y: row.y, maxWidth: row.width, style: Style(.text))
            return
        }
        guard current != nil, let labels = grid.selectedLabels, let value = grid.selectedValue else { return }
        let drillable = (current as? DrillableReport)?.figure(table: grid.cursor.table, row: grid.cursor.row, column: grid.cursor.column) != nil
        let x = buffer.put(" \(labels.row) · \(labels.column): ", x: row.x, y: row.y, maxWidth: row.width, style: Style(.text))
        let after = buffer.put(ReportRenderer.cellText(value), x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.accent, .bold))
        if drillable {
            buffer.put("   " + appText("dashboard.drilldown.hint"), x: after, y: row.y, maxWidth: row.maxX - after, style: Style(.muted))
        }
    }
}

extension DashboardSettings {
    /// For the audit log: "periode=2022–2026 peildatum=2026-11-23 coach=mvdberg".
    var auditText: String {
        "periode=\(DashboardSettings.text(of: period)) peildatum=\(peildatum.iso)" + (coach.map { " coach=\($0)" } ?? "")
    }
}
