import Foundation
import TerminalUI
import WerkbankCore

/// The coach's caseload: a search line, the list of clients (virtualized: only the rows on
/// screen are built) and, in a wide window, a preview of the selected client. The index is
/// queried only when the query changes (a typed letter, a filter, a sort) or the data did.
final class CaseloadScreen: CommandScreen, CaseloadContext {
    private unowned let root: RootView
    private var model: AppModel { root.model }
    private(set) var query: CaseloadQuery
    private(set) var result: CaseloadResult
    /// The active clients in the scope (the header's number) and the display width of the
    /// longest name among them (the name column's maximum): counted again when the scope or the
    /// data changed (`AppModel.revision`), not on every keystroke or sort.
    private var caseloadSize = 0
    private var longestName = 0
    private var measured: (scope: CaseloadScope, revision: Int)?
    let table: Table
    private let search: SearchLine
    var isSearching: Bool { search.isActive }
    private(set) var columns: [CaseloadColumn] = []
    private var listArea = Rect(x: 0, y: 0, width: 0, height: 0)
    private var searchRow = Rect(x: 0, y: 0, width: 0, height: 0)
    private var lastClick: (row: Int, time: Double)?
    /// Seconds on a steady clock, for telling a double click; replaceable in tests.
    var clock: () -> Double = { ProcessInfo.processInfo.systemUptime }
    static let doubleClickSeconds = 0.4
    /// From this width on the preview pane shows beside the list.
    static let previewMinimumWidth = 120

    init(root: RootView) {
        self.root = root
        let user = root.model.user
        query = .active(user.role == .coach ? .coach(user.name) : .all)
        result = root.model.index.query(query)
        table = Table(columns: [], count: 0, glyphs: root.glyphs) { _ in [] }
        search = SearchLine(glyphs: root.glyphs, placeholder: appText("caseload.search_placeholder"))
        table.showsMarks = true
        table.rowKey = { [unowned self] in self.result[$0].id }
        table.cellStyle = { [unowned self] row, column in
            self.columns[column].style(self.result[row], today: self.model.today)
        }
        table.matchRanges = { [unowned self] row, column in self.matchRanges(row: row, column: self.columns[column]) }
        table.onSort = { [unowned self] column, direction in
            guard let sort = self.columns[column].sortColumn else { return }
            self.setSort(sort, ascending: direction == .ascending)
        }
        search.field.onChange = { [unowned self] text in
            self.query.text = text
            self.requery(keepSelection: false)
        }
        requery(keepSelection: false)
    }

    // MARK: querying

    /// Asks the index again (after the query or the data changed). Keeps the selected client
    /// selected when asked to and still listed; else the first row is selected.
    private func requery(keepSelection: Bool) {
        let kept = keepSelection ? selectedClientId : nil
        if measured?.scope != query.scope || measured?.revision != model.revision {
            let inScope = model.index.query(.active(query.scope))
            caseloadSize = inScope.count
            longestName = inScope.reduce(0) { max($0, DisplayWidth.of($1.listName)) }
            measured = (query.scope, model.revision)
        }
        result = model.index.query(query)
        table.reload(count: result.count) { [unowned self] index in
            let row = self.result[index]
            return self.columns.map { $0.text(row, today: self.model.today) }
        }
        table.select(kept.flatMap(result.position(of:)) ?? 0)
        syncSortIndicator()
    }

    var selectedClientId: String? { table.selectedRow.map { result[$0].id } }
    var caseloadQuery: CaseloadQuery { query }

    /// From the ladder screen (F5): shows only the clients on rung `key` (0…6, or `geen` for no
    /// position), replacing any other rung filter.
    func filterOnRung(_ key: String) {
        query.clearFilters(.rung)
        query.toggle(FacetValue(.rung, key))
        requery(keepSelection: false)
    }

    /// Shows one working list (`!` te laat, `U` uit beeld, …): its facet keeps only `values`,
    /// other filters stay; asked again, the list's filter is lifted.
    private func showWorklist(_ values: [FacetValue]) {
        guard let facet = values.first?.facet else { return }
        let keys = Set(values.map(\.key))
        let isShown = query.filters[facet] == keys
        query.clearFilters(facet)
        if !isShown { values.forEach { query.toggle($0) } }
        requery(keepSelection: false)
    }

    /// The marked clients, or the selected one when none is marked.
    var chosenClientIds: [String] {
        if !table.markedKeys.isEmpty { return table.markedKeys.sorted() }
        return selectedClientId.map { [$0] } ?? []
    }

    private func setSort(_ sort: CaseloadSortColumn, ascending: Bool) {
        query.sort = sort
        query.ascending = ascending
        requery(keepSelection: true)
    }

    private func syncSortIndicator() {
        table.sortColumn = columns.firstIndex { $0.sortColumn == query.sort }
        table.sortDirection = query.ascending ? .ascending : .descending
    }

    /// The name's matched word starts; the whole masked BSN when the BSN matched.
    private func matchRanges(row: Int, column: CaseloadColumn) -> [Range<Int>]? {
        guard !query.text.isEmpty else { return nil }
        switch column {
        case .name: return result.matchedRanges(at: row)
        case .bsn: return result.matchedFields(at: row).contains(.bsn) ? [0..<DisplayWidth.of(result[row].maskedBSN)] : []
        default: return []
        }
    }

    // MARK: Screen

    var title: String {
        let whose: String
        switch query.scope {
        case .coach(let name): whose = model.displayName(of: name)
        case .all: whose = appText("caseload.all_coaches")
        }
        return appText("caseload.title", whose, DutchNumber.integer(caseloadSize))
    }

    var capturesText: Bool { isSearching }

    var statusHint: String {
        var parts = [result.count == caseloadSize
                     ? appText("caseload.count", DutchNumber.integer(result.count))
                     : appText("caseload.count_of", DutchNumber.integer(result.count), DutchNumber.integer(caseloadSize))]
        if !table.markedKeys.isEmpty { parts.append(appText("caseload.marked", DutchNumber.integer(table.markedKeys.count))) }
        let filters = activeFilterLabels.flatMap(\.values)
        if !filters.isEmpty { parts.append(appText("caseload.hint_filter", filters.joined(separator: ", "))) }
        return parts.joined(separator: " · ")
    }

    /// Per active facet its chosen values, as the screen names them (leaving out the default:
    /// active clients only).
    private var activeFilterLabels: [(facet: CaseloadFacet, values: [String])] {
        CaseloadFacet.allCases.compactMap { facet in
            guard let keys = query.filters[facet], !keys.isEmpty,
                  facet != .status || keys != [FacetValue.active.key] else { return nil }
            return (facet, keys.sorted().map { model.index.label(of: FacetValue(facet, $0)) })
        }
    }

    func willAppear() { requery(keepSelection: true) }

    func perform(_ command: CaseloadCommand) {
        switch command {
        case .open: openSelected()
        case .search: startSearch()
        case .filter: showFacets()
        case .sortNext: sortOnNextColumn()
        case .sortReverse: setSort(query.sort, ascending: !query.ascending)
        case .mark:
            guard let row = table.selectedRow else { return }
            table.toggleMark(row)
            table.select(row + 1)
        case .markAll:
            for row in result.indices where !table.isMarked(row) { table.toggleMark(row) }
        case .clearMarks: table.clearMarks()
        case .assign: askCoachToAssign()
        case .addAction: askActionToAdd()
        case .chooseScope: askScope()
        case .clearFilters:
            query = .active(query.scope)
            requery(keepSelection: true)
        case .overdue: showWorklist([.overdue(true)])
        case .outOfView: showWorklist([.outOfView(true)])
        case .decision: showWorklist([.worklist(.decision, .overdue), .worklist(.decision, .soon)])
        case .reassessment: showWorklist([.worklist(.reassessment, .overdue), .worklist(.reassessment, .soon)])
        case .exemption: showWorklist([.worklist(.exemption, .overdue), .worklist(.exemption, .soon)])
        }
    }

    private func openSelected() {
        guard let id = selectedClientId else { return }
        root.openDossier(id)
    }

    private func startSearch() { search.start() }

    private func endSearch(clear: Bool) {
        if search.end(clear: clear) { searchCleared() }
    }

    private func searchCleared() {
        query.text = ""
        requery(keepSelection: true)
    }

    private func sortOnNextColumn() {
        let sortable = columns.compactMap(\.sortColumn)
        guard !sortable.isEmpty else { return }
        let next = sortable.firstIndex(of: query.sort).map { (sortable.index(after: $0)) % sortable.count } ?? 0
        setSort(sortable[next], ascending: true)
    }

    // MARK: overlays

    private func showFacets() {
        endSearch(clear: false)
        let panel = CaseloadFacetPanel(
            glyphs: root.glyphs,
            counts: { [unowned self] in self.result.facetCounts },
            onToggle: { [unowned self] value in
                self.query.toggle(value)
                self.requery(keepSelection: false)
            },
            onClear: { [unowned self] in
                self.query = .active(self.query.scope)
                self.requery(keepSelection: true)
            },
            onClose: { [unowned self] in self.root.dismissOverlay() })
        root.present(panel)
    }

    /// Werkcoaches with the size of their whole caseload, by name.
    private var coachesWithLoad: [(user: User, clients: Int)] {
        let counts = model.index.query(.active(.all)).facetCounts[.coach] ?? []
        return counts.compactMap { count in model.data.users[count.value.key].map { ($0, count.count) } }
    }

    private func pickCoach(title: String, extra: [String], then pick: @escaping (User?) -> Void) {
        let coaches = coachesWithLoad
        let entries = extra.map { PaletteEntry($0) }
            + coaches.map { PaletteEntry($0.user.displayName, description: appText("caseload.coach_load", DutchNumber.integer($0.clients))) }
        let palette = CommandPalette(entries: entries, title: title, glyphs: root.glyphs)
        palette.onPick = { [unowned self] index in
            self.root.dismissOverlay()
            pick(index < extra.count ? nil : coaches[index - extra.count].user)
        }
        palette.onCancel = { [unowned self] in self.root.dismissOverlay() }
        root.present(palette)
    }

    private func askScope() {
        guard model.user.role == .supervisor || model.user.role == .admin else {
            model.status = StatusMessage(appText("caseload.scope_not_allowed"), severity: .warning)
            return
        }
        pickCoach(title: appText("caseload.scope_pick_title"), extra: [appText("caseload.all_coaches")]) { [unowned self] coach in
            self.query.scope = coach.map { .coach($0.name) } ?? .all
            self.table.clearMarks()
            self.requery(keepSelection: false)
        }
    }

    private func askCoachToAssign() {
        let ids = chosenClientIds
        guard !ids.isEmpty else {
            model.status = StatusMessage(appText("caseload.nobody"), severity: .warning)
            return
        }
        pickCoach(title: appText("caseload.coach_pick_title", ids.count), extra: []) { [unowned self] coach in
            guard let coach else { return }
            self.assign(ids, to: coach)
        }
    }

    func assign(_ ids: [String], to coach: User) {
        let commands = ids.compactMap(model.client).filter { $0.coach != coach.name }
            .map { AssignCoach(client: $0.id, to: coach.name, basis: $0.coach) }
        guard !commands.isEmpty else {
            model.status = StatusMessage(appText("caseload.already_assigned", coach.displayName), severity: .warning)
            return
        }
        if model.run(commands, summary: appText("caseload.assigned", commands.count, coach.displayName)) {
            table.clearMarks()
        }
        requery(keepSelection: true)
    }

    private func askActionToAdd() {
        let ids = chosenClientIds
        guard !ids.isEmpty else {
            model.status = StatusMessage(appText("caseload.nobody"), severity: .warning)
            return
        }
        let form = CaseloadActionForm(clientCount: ids.count, today: model.today, glyphs: root.glyphs)
        form.onCancel = { [unowned self] in self.root.dismissOverlay() }
        form.onSave = { [unowned self] title, due in
            self.root.dismissOverlay()
            let commands = ids.map { AddAction(client: $0, title: title, due: due) }
            if self.model.run(commands, summary: appText("caseload.action_added", title, due.dutch, commands.count)) {
                self.table.clearMarks()
            }
            self.requery(keepSelection: true)
        }
        root.present(form)
    }

    // MARK: events

    func handle(_ event: Event) -> Bool {
        switch event {
        case .key(let key) where isSearching:
            let result = search.handle(key, list: table)
            if result.cleared { searchCleared() }
            return result.handled
        case .mouse(let mouse): return handleMouse(mouse)
        default: return table.handle(event)
        }
    }

    private func handleMouse(_ mouse: MouseEvent) -> Bool {
        if mouse.button == .left, searchRow.contains(x: mouse.x, y: mouse.y) {
            startSearch()
            return true
        }
        guard listArea.contains(x: mouse.x, y: mouse.y) else { return false }
        let handled = table.handle(.mouse(mouse))
        guard mouse.button == .left, mouse.y > listArea.y, let row = table.selectedRow else { return handled }
        let now = clock()
        if let last = lastClick, last.row == row, now - last.time < Self.doubleClickSeconds {
            lastClick = nil
            openSelected()
        } else {
            lastClick = (row, now)
        }
        return true
    }

    // MARK: drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height >= 3 else { return }
        searchRow = area.row(0)
        renderSearchLine(into: &buffer)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let showsPreview = area.width >= Self.previewMinimumWidth
        let previewWidth = showsPreview ? min(60, max(38, area.width * 3 / 10)) : 0
        listArea = Rect(x: body.x, y: body.y, width: body.width - (showsPreview ? previewWidth + 1 : 0), height: body.height)
        updateColumns(width: listArea.width)
        table.render(listArea, into: &buffer)
        if result.isEmpty {
            buffer.put(appText("caseload.empty"), x: listArea.x + 2, y: listArea.y + 2, maxWidth: listArea.width - 4, style: Style(.muted))
            buffer.put(appText("caseload.empty_hint"), x: listArea.x + 2, y: listArea.y + 3, maxWidth: listArea.width - 4, style: Style(.muted))
        }
        guard showsPreview else { return }
        let separatorX = listArea.maxX
        for y in body.y..<body.maxY { buffer.put(root.glyphs.separator, x: separatorX, y: y, style: Style(.border)) }
        let previewArea = Rect(x: separatorX + 1, y: body.y, width: body.maxX - separatorX - 1, height: body.height)
        if let index = table.selectedRow {
            let row = result[index]
            CaseloadPreview(row: row, client: model.client(row.id), today: model.today, glyphs: root.glyphs)
                .render(previewArea, into: &buffer)
        }
    }

    private func updateColumns(width: Int) {
        let visible = CaseloadColumn.visible(width: width, showsCoach: query.scope == .all)
        let tableColumns = visible.map { $0.tableColumn(longestName: longestName) }
        guard visible != columns || tableColumns != table.columns else { return }
        columns = visible
        table.columns = tableColumns
        syncSortIndicator()
    }

    /// "/ zoek: jan_    trede: 2  doelgroep: jongere    sort: Naam ▲"
    private func renderSearchLine(into buffer: inout Buffer) {
        let row = searchRow
        buffer.fill(row, with: Cell(" ", style: Style(.text)))
        let x = search.render(row: row, x: row.x + 1, into: &buffer)
        let filters = activeFilterLabels
        let filterText = filters.isEmpty ? appText("caseload.filter_none")
            : filters.map { appText("caseload.filter_summary", $0.facet.label, $0.values.joined(separator: ", ")) }.joined(separator: "  ")
        let arrow = query.ascending ? root.glyphs.sortAscending : root.glyphs.sortDescending
        let sortText = appText("caseload.sort_summary", query.sort.label, arrow)
        let sortX = row.maxX - DisplayWidth.of(sortText) - 1
        buffer.put(DisplayWidth.truncate(filterText, to: max(0, sortX - x - 2), ellipsis: root.glyphs.ellipsis),
                   x: x, y: row.y, style: Style(filters.isEmpty ? .muted : .warning))
        if sortX > x { buffer.put(sortText, x: sortX, y: row.y, style: Style(.muted)) }
    }

    var cursorPosition: (x: Int, y: Int)? { search.cursorPosition }
}
