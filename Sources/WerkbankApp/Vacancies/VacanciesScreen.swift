import TerminalUI
import WerkbankCore

/// The vacancy list (F7) and, with a vacancy open, its candidates; the last four lead to the
/// employer desk.
enum VacancyListCommand: String, ScreenCommand {
    case open, back, propose, search, sortNext, sortReverse, filter
    case employers, new, edit, desk

    static let scope = "vacancies"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter, .right]
        case .back: [.left]
        case .propose: [.char("p")]
        case .search: [.char("/")]
        case .sortNext: [.char("s")]
        case .sortReverse: [.char("S")]
        case .filter: [.char("f")]
        case .employers: [.char("w")]
        case .new: [.char("n")]
        case .edit: [.char("e")]
        case .desk: [.char("d")]
        }
    }
}

/// F7 "wie past op deze vacature?": the open vacancies (employer, hours, requirements); Enter
/// or → shows the clients of the caseload ranked by `VacancyMatcher` with the score and the
/// reasons for and against. `p` proposes the selected candidate (`ProposeCandidate`, as the
/// employer desk does), Enter opens the candidate's dossier, ← or Esc goes back.
/// The vacancy list searches as you type (`/`, the caseload's `SearchLine`), sorts (`s` next
/// column, `S` reverse, or a click on a heading) and filters on district or employer (`f`); the
/// candidates have the same keys (`CandidateList`).
final class VacanciesScreen: CommandScreen {
    unowned let root: RootView
    private var model: AppModel { root.model }
    /// Every open vacancy; `vacancies` are those shown (searched, filtered, sorted).
    private var openVacancies: [Vacancy] = []
    private(set) var vacancies: [Vacancy] = []
    let vacancyTable: Table
    private let search: SearchLine
    private(set) var sortColumn = 1
    private(set) var ascending = true
    private(set) var districtFilter: Set<String> = []
    private(set) var employerFilter: Set<String> = []
    /// The columns that sort (all but the requirements).
    private static let sortableColumns = 0..<7
    /// The vacancy whose candidates show; nil while the vacancy list shows.
    private(set) var vacancy: Vacancy?
    /// The latest proposal of each candidate for the open vacancy (marked in the list).
    private var proposals: [String: Proposal] = [:]
    private(set) var candidateList: CandidateList!
    var candidates: [VacancyFit] { candidateList.shown }
    /// Most candidates listed for one vacancy.
    static let candidateLimit = 200

    init(root: RootView) {
        self.root = root
        vacancyTable = Table(columns: [
            TableColumn(appText("vacancies.column.title"), width: .min(20)),
            TableColumn(appText("vacancies.column.employer"), width: .min(16)),
            TableColumn(appText("vacancies.column.hours"), width: .fixed(4), alignment: .right),
            TableColumn(appText("vacancies.column.positions"), width: .fixed(4), alignment: .right),
            TableColumn(appText("vacancies.column.rung"), width: .fixed(5)),
            TableColumn(appText("vacancies.column.closes"), width: .fixed(10)),
            TableColumn(appText("vacancies.column.district"), width: .fixed(14)),
            TableColumn(appText("vacancies.column.requirements"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        let candidateTable = Table(columns: [
            TableColumn(appText("vacancies.column.score"), width: .fixed(5), alignment: .right, sortable: false),
            TableColumn(appText("vacancies.column.name"), width: .min(18), sortable: false),
            TableColumn(appText("desk.column.proposal"), width: .fixed(12), sortable: false),
            TableColumn(appText("vacancies.column.reasons"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        search = SearchLine(glyphs: root.glyphs, placeholder: appText("vacancies.search_placeholder"))
        candidateList = CandidateList(table: candidateTable, user: root.model.user.name, glyphs: root.glyphs, rank: { _ in [] },
                                      cells: { [unowned self] fit, _ in
            [String(fit.score), fit.clientName, self.proposals[fit.clientId]?.stateLabel ?? "",
             CandidateList.reasons(fit)]
        }, searchText: { fit, _ in fit.clientName + " " + fit.clientId })
        search.field.onChange = { [unowned self] _ in self.showList() }
        vacancyTable.onSort = { [unowned self] column, direction in self.sort(on: column, ascending: direction == .ascending) }
        candidateTable.cellStyle = { [unowned self] row, column in
            let fit = self.candidateList.shown[row]
            switch column {
            case 0: return Style(fit.score >= 70 ? .success : fit.score >= 40 ? .text : .muted, .bold)
            case 2: return Style(.accent, .bold)
            default: return nil
            }
        }
        loadVacancies()
    }

    private func loadVacancies() {
        openVacancies = model.data.vacancies.values.filter { $0.isOpen(on: model.today) }
        showList()
    }

    /// Applies the search, the filters and the sort to the open vacancies.
    private func showList() {
        let kept = vacancyTable.selectedRow.flatMap { vacancies.indices.contains($0) ? vacancies[$0].id : nil }
        vacancies = openVacancies.filter(isShown).sorted(by: comesBefore)
        vacancyTable.reload(count: vacancies.count) { [unowned self] index in
            let vacancy = self.vacancies[index]
            return [vacancy.title, self.employerName(of: vacancy), String(vacancy.hoursPerWeek), String(vacancy.positions),
                    vacancy.minimumRung.map { appText("vacancies.min_rung", $0.rawValue) } ?? "—",
                    vacancy.closes?.dutch ?? "—", vacancy.district, self.requirementsText(vacancy)]
        }
        vacancyTable.select(kept.flatMap { id in vacancies.firstIndex { $0.id == id } } ?? 0)
        vacancyTable.sortColumn = sortColumn
        vacancyTable.sortDirection = ascending ? .ascending : .descending
    }

    private func isShown(_ vacancy: Vacancy) -> Bool {
        guard districtFilter.isEmpty || districtFilter.contains(vacancy.district),
              employerFilter.isEmpty || employerFilter.contains(vacancy.employerId) else { return false }
        let query = search.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return true }
        let haystack = [vacancy.title, employerName(of: vacancy), vacancy.district, requirementsText(vacancy)].joined(separator: " ")
        return haystack.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// The order of the sort column (empty values last), then employer, title and id.
    private func comesBefore(_ a: Vacancy, _ b: Vacancy) -> Bool {
        func ordered<T: Comparable>(_ x: T?, _ y: T?) -> Bool? {
            switch (x, y) {
            case let (x?, y?) where x != y: return ascending ? x < y : x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return nil
            }
        }
        let decided: Bool?
        switch sortColumn {
        case 0: decided = ordered(a.title.lowercased(), b.title.lowercased())
        case 2: decided = ordered(a.hoursPerWeek, b.hoursPerWeek)
        case 3: decided = ordered(a.positions, b.positions)
        case 4: decided = ordered(a.minimumRung?.rawValue, b.minimumRung?.rawValue)
        case 5: decided = ordered(a.closes, b.closes)
        case 6: decided = ordered(a.district.isEmpty ? nil : a.district, b.district.isEmpty ? nil : b.district)
        default: decided = ordered(employerName(of: a).lowercased(), employerName(of: b).lowercased())
        }
        return decided ?? ((employerName(of: a), a.title, a.id) < (employerName(of: b), b.title, b.id))
    }

    private func sort(on column: Int, ascending: Bool) {
        guard Self.sortableColumns.contains(column) else { return }
        sortColumn = column
        self.ascending = ascending
        showList()
    }

    // MARK: filter

    /// `f`: a picker of every district and employer among the open vacancies (with counts);
    /// picking one turns its filter on or off.
    private func showFilter() {
        let districts = Dictionary(grouping: openVacancies.filter { !$0.district.isEmpty }, by: \.district).mapValues(\.count)
            .sorted { $0.key < $1.key }
        let employers = Dictionary(grouping: openVacancies, by: \.employerId).mapValues(\.count)
            .map { (id: $0.key, name: model.data.employers[$0.key]?.name ?? $0.key, count: $0.value) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        func described(_ count: Int, on: Bool) -> String { String(count) + (on ? " · " + appText("vacancies.filter_on") : "") }
        var entries = [ListControls.FilterEntry(name: appText("vacancies.filter_clear"), description: "") { [unowned self] in
            self.districtFilter = []
            self.employerFilter = []
        }]
        for (district, count) in districts {
            entries.append(ListControls.FilterEntry(name: appText("vacancies.filter_district", district),
                                                    description: described(count, on: districtFilter.contains(district))) { [unowned self] in
                self.districtFilter.formSymmetricDifference([district])
            })
        }
        for employer in employers {
            entries.append(ListControls.FilterEntry(name: appText("vacancies.filter_employer", employer.name),
                                                    description: described(employer.count, on: employerFilter.contains(employer.id))) {
                [unowned self] in self.employerFilter.formSymmetricDifference([employer.id])
            })
        }
        ListControls.presentFilter(entries, title: appText("vacancies.filter_title"), root: root) { [unowned self] in self.showList() }
    }

    /// "wijk: Centrum, werkgever: Twence" or nil without filters.
    private var filterText: String? {
        let parts = districtFilter.sorted().map { appText("vacancies.filter_district", $0) }
            + employerFilter.map { model.data.employers[$0]?.name ?? $0 }.sorted().map { appText("vacancies.filter_employer", $0) }
        return parts.isEmpty ? nil : appText("caseload.hint_filter", parts.joined(separator: ", "))
    }

    private func requirementsText(_ vacancy: Vacancy) -> String {
        var parts = vacancy.certificates + vacancy.requiredSkills
        if vacancy.drivingLicence { parts.append(appText("vacancies.licence")) }
        if let level = vacancy.minimumLanguageLevel { parts.append(appText("vacancies.language", level.label)) }
        return parts.joined(separator: ", ")
    }

    private var candidateScope: CaseloadScope {
        model.user.role == .coach ? .coach(model.user.name) : .all
    }

    private func showCandidates(of vacancy: Vacancy, keeping clientId: String? = nil) {
        self.vacancy = vacancy
        proposals = model.data.latestProposals(for: vacancy.id)
        let matcher = VacancyMatcher(dataset: model.data, today: model.today, prepared: candidateScope)
        let scope = candidateScope
        candidateList.rank = { includeExempt in
            matcher.candidates(for: vacancy, scope: scope, limit: Self.candidateLimit, includeExempt: includeExempt)
        }
        candidateList.reload(keeping: clientId)
        let longestName = candidateList.ranked.reduce(0) { max($0, DisplayWidth.of($1.clientName)) }
        candidateList.table.columns[1].width = .bounded(min: min(18, longestName), max: max(longestName, 4))
    }

    var selectedVacancy: Vacancy? { vacancy ?? vacancyTable.selectedRow.map { vacancies[$0] } }

    private var selectedCandidate: VacancyFit? { candidateList.selected }

    // MARK: Screen

    var title: String {
        guard let vacancy else { return appText("vacancies.title", DutchNumber.integer(vacancies.count)) }
        return appText("candidates.title", CandidateList.shortTitle(vacancy, glyphs: root.glyphs))
    }

    private func employerName(of vacancy: Vacancy) -> String {
        model.data.employers[vacancy.employerId]?.name ?? vacancy.employerId
    }

    var statusHint: String {
        guard vacancy == nil else { return appText("vacancies.hint_candidates", DutchNumber.integer(candidates.count)) }
        let count = vacancies.count == openVacancies.count ? appText("vacancies.hint_list", DutchNumber.integer(vacancies.count))
            : appText("vacancies.hint_list_of", DutchNumber.integer(vacancies.count), DutchNumber.integer(openVacancies.count))
        return [count, filterText].compactMap { $0 }.joined(separator: " · ")
    }

    var capturesText: Bool { vacancy == nil ? search.isActive : candidateList.search.isActive }

    func willAppear() {
        loadVacancies()
        if let vacancy { showCandidates(of: model.data.vacancies[vacancy.id] ?? vacancy, keeping: selectedCandidate?.clientId) }
    }

    func perform(_ command: VacancyListCommand) {
        switch (command, vacancy) {
        case (.open, nil):
            guard let index = vacancyTable.selectedRow else { return }
            showCandidates(of: vacancies[index])
        case (.open, .some):
            guard let candidate = selectedCandidate else { return }
            root.openDossier(candidate.clientId)
        case (.back, .some):
            vacancy = nil
        case (.propose, .some(let vacancy)):
            guard let candidate = selectedCandidate else { return }
            propose(candidate.clientId, for: vacancy)
        case (.search, nil): search.start()
        case (.sortNext, nil): sort(on: (sortColumn + 1) % Self.sortableColumns.count, ascending: true)
        case (.sortReverse, nil): sort(on: sortColumn, ascending: !ascending)
        case (.filter, nil): showFilter()
        case (.search, .some): candidateList.search.start()
        case (.sortNext, .some): candidateList.sortNext()
        case (.sortReverse, .some): candidateList.sortReverse()
        case (.filter, .some): candidateList.presentFilter(root: root)
        case (.back, nil), (.propose, nil):
            break
        case (.employers, _), (.new, _), (.edit, _), (.desk, _):
            performDesk(command)
        }
    }

    /// Esc with a vacancy open goes back to the list of vacancies.
    func intercept(_ command: GlobalCommand) -> Bool {
        guard command == .back, vacancy != nil else { return false }
        vacancy = nil
        return true
    }

    /// Proposes the client (through their coach when not one's own); Core refuses when the
    /// client is already proposed here.
    private func propose(_ clientId: String, for vacancy: Vacancy) {
        model.run(ProposeCandidate(client: clientId, vacancy: vacancy.id))
        showCandidates(of: vacancy, keeping: clientId)
    }

    // MARK: events and drawing

    func handle(_ event: Event) -> Bool {
        if vacancy == nil, search.isActive, case .key(let key) = event {
            let result = search.handle(key, list: vacancyTable)
            if result.cleared { showList() }
            return result.handled
        }
        if vacancy != nil, candidateList.search.isActive, case .key(let key) = event { return candidateList.handleSearch(key) }
        return vacancy == nil ? vacancyTable.handle(event) : candidateList.table.handle(event)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard let vacancy else {
            renderListLine(area.row(0), into: &buffer)
            let selected = selectedVacancy.map { [$0.title, employerName(of: $0), requirementsText($0)].filter { !$0.isEmpty }.joined(separator: " · ") }
            let selectedLines = SelectedTextLines.lines(appText("vacancies.column.title"), selected ?? "", width: area.width, maxLines: 2)
            let parts = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
                .rows([.fill, .length(selectedLines.count)])
            let list = parts[0]
            vacancyTable.render(list, into: &buffer)
            SelectedTextLines.render(selectedLines, in: parts[1], into: &buffer)
            if vacancies.isEmpty { buffer.put(appText("vacancies.none"), x: list.x + 2, y: list.y + 2, style: Style(.muted)) }
            return
        }
        let details = appText("vacancies.details", vacancy.title, employerName(of: vacancy), vacancy.hoursPerWeek, vacancy.positions,
                              requirementsText(vacancy).isEmpty ? "" : appText("vacancies.details_requirements", requirementsText(vacancy)))
        buffer.put(" " + details, x: area.x, y: area.y, maxWidth: area.width, style: Style(.accent, .bold))
        candidateList.renderLine(area.row(1), glyphs: root.glyphs, into: &buffer)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
        let (list, detail) = ListAndDetail.split(body, sideWidth: 46, bottomHeight: 8, glyphs: root.glyphs, into: &buffer)
        candidateList.table.render(list, into: &buffer)
        if candidates.isEmpty {
            buffer.put(appText("vacancies.no_candidates"), x: list.x + 2, y: list.y + 2, style: Style(.muted))
        }
        if let candidate = selectedCandidate { renderReasons(candidate, in: detail, into: &buffer) }
    }

    /// "/ zoeken   filter: …   sortering: Werkgever ▲" above the vacancy list.
    private func renderListLine(_ row: Rect, into buffer: inout Buffer) {
        let arrow = ascending ? root.glyphs.sortAscending : root.glyphs.sortDescending
        ListControls.renderLine(row, search: search, filter: filterText, noFilter: appText("vacancies.filter_none"),
                                sort: appText("caseload.sort_summary", vacancyTable.columns[sortColumn].title, arrow), glyphs: root.glyphs,
                                into: &buffer)
    }

    var cursorPosition: (x: Int, y: Int)? { vacancy == nil ? search.cursorPosition : candidateList.search.cursorPosition }

    /// The selected candidate's reasons: for (+) then against (−). A reason too long for the
    /// pane wraps when every wrapped line fits; else each reason keeps one (cut) line.
    private func renderReasons(_ fit: VacancyFit, in area: Rect, into buffer: inout Buffer) {
        let against = root.glyphs.isASCII ? "- " : "− "
        var reasons: [(String, Style)] = [("\(fit.clientName) · \(fit.score)", Style(.accent, .bold))]
        reasons.append((appText("vacancies.reasons_for"), Style(.text, .bold)))
        reasons += fit.reasonsFor.map { ("+ " + $0, Style(.success)) }
        reasons.append((appText("vacancies.reasons_against"), Style(.text, .bold)))
        reasons += fit.reasonsAgainst.map { (against + $0, Style(.warning)) }
        let wrapped = reasons.flatMap { reason, style in
            TextWrap.lines(reason, width: max(1, area.width - 4)).enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, style) }
        }
        let lines = wrapped.count <= area.height ? wrapped : reasons
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(DisplayWidth.truncate(line.0, to: area.width - 2, ellipsis: root.glyphs.ellipsis),
                       x: area.x + 1, y: area.y + offset, style: line.1)
        }
    }
}
