import TerminalUI
import WerkbankCore

/// The candidates of one vacancy as a list, shared by F7 and the employer desk: `/` searches
/// the name or number as shown (a masked candidate only by what shows of it), `s` sorts on the
/// next of score, distance and last contact, `S` reverses, `f` filters (only my caseload, hide
/// "onzeker", show exempted clients). The owner ranks, says what a row shows and draws the detail.
final class CandidateList {
    enum Sort: CaseIterable {
        case score, distance, lastContact

        var label: String { appText("candidates.sort.\(self)") }
        /// Best score, nearest and most recent contact first.
        var descendsFirst: Bool { self != .distance }
    }

    let table: Table
    let search: SearchLine
    private(set) var sort = Sort.score
    private(set) var reversed = false
    private(set) var onlyMine = false
    private(set) var hideUncertain = false
    private(set) var showExempt = false
    /// Every candidate ranked (best first); `shown` those searched, filtered and sorted.
    private(set) var ranked: [VacancyFit] = []
    private(set) var shown: [VacancyFit] = []
    private var ranks: [String: Int] = [:]
    private let user: String
    /// Ranks the candidates, with exempted clients or not (F7 sets it per vacancy).
    var rank: (_ includeExempt: Bool) -> [VacancyFit]
    private let cells: (VacancyFit, _ rank: Int) -> [String]
    private let searchText: (VacancyFit, _ rank: Int) -> String

    /// `rank` ranks the candidates (with exempted clients or not); `cells` are a row's texts,
    /// `searchText` what `/` may find of a candidate (its name or number as shown).
    init(table: Table, user: String, glyphs: Glyphs, rank: @escaping (Bool) -> [VacancyFit],
         cells: @escaping (VacancyFit, Int) -> [String], searchText: @escaping (VacancyFit, Int) -> String) {
        self.table = table
        self.user = user
        self.rank = rank
        self.cells = cells
        self.searchText = searchText
        search = SearchLine(glyphs: glyphs, placeholder: appText("candidates.search_placeholder"))
        search.field.onChange = { [unowned self] _ in self.show() }
    }

    /// Room for the vacancy's title in the header: with the date and user it fits 80 columns; the
    /// whole title and the employer show on the line below.
    static let titleWidth = 20

    static func shortTitle(_ vacancy: Vacancy, glyphs: Glyphs) -> String {
        DisplayWidth.truncate(vacancy.title, to: titleWidth, ellipsis: glyphs.ellipsis)
    }

    /// The "Waarom" cell of a candidate: the first two reasons for, the first against.
    static func reasons(_ fit: VacancyFit) -> String {
        (fit.reasonsFor.prefix(2) + fit.reasonsAgainst.prefix(1).map { "− " + $0 }).joined(separator: "; ")
    }

    /// The place of `fit` in the ranking, from 1.
    func rank(of fit: VacancyFit) -> Int { (ranks[fit.clientId] ?? 0) + 1 }

    /// The candidates shown, in rank order (whatever the sort).
    var shownByRank: [VacancyFit] { shown.sorted { rank(of: $0) < rank(of: $1) } }

    var selected: VacancyFit? { table.selectedRow.flatMap { shown.indices.contains($0) ? shown[$0] : nil } }

    /// Ranks again and shows the list, keeping `clientId` (else the selected one) selected.
    func reload(keeping clientId: String? = nil) {
        let kept = clientId ?? selected?.clientId
        ranked = rank(showExempt)
        ranks = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($0.element.clientId, $0.offset) })
        show(keeping: kept)
    }

    /// Applies the search, the filters and the sort to the ranked candidates.
    func show(keeping clientId: String? = nil) {
        let kept = clientId ?? selected?.clientId
        let query = search.text.trimmingCharacters(in: .whitespaces)
        shown = ranked.filter { fit in
            guard !onlyMine || fit.clientCoach == user, !hideUncertain || !fit.uncertain else { return false }
            return query.isEmpty || searchText(fit, rank(of: fit)).range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        if sort != .score || reversed { shown.sort(by: comesBefore) }
        table.reload(count: shown.count) { [unowned self] index in self.cells(self.shown[index], self.rank(of: self.shown[index])) }
        table.select(kept.flatMap { id in shown.firstIndex { $0.clientId == id } } ?? 0)
    }

    /// The sort key in its direction (an unknown value last), then the rank.
    private func comesBefore(_ a: VacancyFit, _ b: VacancyFit) -> Bool {
        let descending = sort.descendsFirst != reversed
        func ordered<T: Comparable>(_ x: T?, _ y: T?) -> Bool? {
            switch (x, y) {
            case let (x?, y?) where x != y: return descending ? x > y : x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return nil
            }
        }
        let decided: Bool?
        switch sort {
        case .score: decided = ordered(a.score, b.score)
        case .distance: decided = ordered(a.kilometres, b.kilometres)
        case .lastContact: decided = ordered(a.lastContact, b.lastContact)
        }
        return decided ?? (ranks[a.clientId] ?? 0 < ranks[b.clientId] ?? 0)
    }

    // MARK: commands

    /// `s`: the next sort key in its first direction.
    func sortNext() {
        sort = Sort.allCases[(Sort.allCases.firstIndex(of: sort)! + 1) % Sort.allCases.count]
        reversed = false
        show()
    }

    /// `S`: the other direction.
    func sortReverse() {
        reversed.toggle()
        show()
    }

    /// `f`: the filters in a palette, each turned on or off by picking it.
    func presentFilter(root: RootView) {
        func state(_ on: Bool) -> String { on ? appText("vacancies.filter_on") : "" }
        let entries = [
            ListControls.FilterEntry(name: appText("candidates.filter.mine"), description: state(onlyMine)) { [unowned self] in
                self.onlyMine.toggle()
            },
            ListControls.FilterEntry(name: appText("candidates.filter.certain"), description: state(hideUncertain)) { [unowned self] in
                self.hideUncertain.toggle()
            },
            ListControls.FilterEntry(name: appText("candidates.filter.exempt"), description: state(showExempt)) { [unowned self] in
                self.showExempt.toggle()
            },
        ]
        let exemptBefore = showExempt
        ListControls.presentFilter(entries, title: appText("candidates.filter.title"), root: root) { [unowned self] in
            // Exempted clients are left out of the ranking itself: showing them ranks again.
            if self.showExempt != exemptBefore { self.reload() } else { self.show() }
        }
    }

    /// "filter: alleen mijn caseload, zonder onzeker" or nil without filters.
    var filterText: String? {
        let parts = [(onlyMine, "candidates.filter.mine"), (hideUncertain, "candidates.filter.certain"),
                     (showExempt, "candidates.filter.exempt")].filter(\.0).map { appText($0.1) }
        return parts.isEmpty ? nil : appText("caseload.hint_filter", parts.joined(separator: ", "))
    }

    /// The line above the list: search, filters, sort.
    func renderLine(_ row: Rect, glyphs: Glyphs, into buffer: inout Buffer) {
        let descending = sort.descendsFirst != reversed
        let sortText = appText("caseload.sort_summary", sort.label, descending ? glyphs.sortDescending : glyphs.sortAscending)
        ListControls.renderLine(row, search: search, filter: filterText, noFilter: appText("vacancies.filter_none"), sort: sortText,
                                glyphs: glyphs, into: &buffer)
    }

    /// A key while the search is active.
    func handleSearch(_ key: Key) -> Bool {
        let result = search.handle(key, list: table)
        if result.cleared { show() }
        return result.handled
    }
}
