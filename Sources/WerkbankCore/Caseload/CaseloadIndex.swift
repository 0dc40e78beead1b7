import Dispatch

/// The caseload of a whole dataset, prepared for a screen that queries on every keystroke:
/// rows are flattened once, search text is folded to bytes, facet values are bitmaps and every
/// sort column is pre-sorted. `update(_:)` re-derives one client in about the time of a
/// memmove over the sort orders.
public struct CaseloadIndex: Sendable {
    public let settings: CaseloadSettings
    /// Every row ever indexed; removed clients stay as dead slots (not in `live`).
    private(set) var rows: [CaseloadRow] = []
    private var rowOfClient = PlaceIndex()
    private var live: RowSet
    private var search = SearchColumn()
    private var facets: [FacetColumn]
    private var orders: SortOrders
    private var users: [String: User]
    private var instruments: [String: Instrument]
    /// Per client, their meldingen with a beslistermijn running (an aanvraag not yet decided):
    /// the only ones a row is derived from. The others are not kept (at 100,000 clients a copy
    /// of every melding was 26 MB).
    private var meldingen: [String: [Melding]]
    /// The label of every facet value (`facets[column].keys[key]`), in the language they were made in:
    /// a query (every keystroke) makes none.
    private var facetLabels: (language: Language, labels: [[String]]) = (.nl, [])

    public init(dataset: Dataset, settings: CaseloadSettings) {
        self.settings = settings
        users = dataset.users
        instruments = dataset.instruments
        var meldingen: [String: [Melding]] = [:]
        for melding in dataset.meldingen.values where CaseloadIndex.isKept(melding) {
            meldingen[melding.clientId!, default: []].append(melding)
        }
        self.meldingen = meldingen
        let rows = CaseloadIndex.makeRows(dataset.clients, meldingen: meldingen, settings: settings,
                                          users: dataset.users, instruments: dataset.instruments)
        let live = RowSet(count: rows.count, full: true)
        let coaches = dataset.users.values.filter { $0.role == .coach }.map(\.name)
        let catalogue = Array(dataset.instruments.keys)
        // The sort orders, the search column and each facet only read the rows: built side by side.
        let parts = Parallel.map(IndexPart.facetOffset + CaseloadFacet.allCases.count) { part -> IndexPart in
            switch part {
            case 0: return .orders(SortOrders(rows: rows, live: live))
            case 1: return .search(SearchColumn(rows: rows), rowOfClient: PlaceIndex(indexing: rows))
            default:
                let facet = CaseloadFacet.allCases[part - IndexPart.facetOffset]
                let keys = facet == .coach ? coaches : facet == .instrument ? catalogue : facet.fixedKeys
                return .facet(FacetColumn(facet: facet, keys: keys, rows: rows))
            }
        }
        var orders: SortOrders?
        var facets: [FacetColumn] = []
        for part in parts {
            switch part {
            case .success(.orders(let built)): orders = built
            case .success(.search(let built, let rowOfClient)): search = built; self.rowOfClient = rowOfClient
            case .success(.facet(let built)): facets.append(built)
            case .failure: preconditionFailure("building an index part throws nothing")
            }
        }
        guard let orders else { preconditionFailure("part 0 is the sort orders") }
        self.rows = rows
        self.live = live
        self.facets = facets
        self.orders = orders
        orderNamedFacets()
    }

    /// The rows of `clients`, derived on all cores (deriving is most of the build time) straight
    /// into the array: no client and no row is copied on the way.
    private static func makeRows(_ clients: RecordTable<Client>, meldingen: [String: [Melding]], settings: CaseloadSettings,
                                 users: [String: User], instruments: [String: Instrument]) -> [CaseloadRow] {
        let values = clients.values
        let count = values.count
        let chunks = Parallel.chunkCount(for: count)
        return [CaseloadRow](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own range of the buffer.
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in Parallel.range(chunk, of: chunks, total: count) {
                    let clientId = values[index].id
                    (target.baseAddress! + index).initialize(to: CaseloadRow(client: values[index], meldingen: meldingen[clientId] ?? [],
                                                                             settings: settings, users: users, instruments: instruments))
                }
            }
            initialized = count
        }
    }

    /// Convenience: today and the dataset's team settings (`instellingen.json`).
    public init(dataset: Dataset, today: Day) {
        self.init(dataset: dataset, settings: CaseloadSettings(today: today, team: dataset.settings))
    }

    /// Number of clients in the index.
    public var count: Int { live.memberCount }

    public func row(clientId: String) -> CaseloadRow? {
        guard let index = rowOfClient.place(of: clientId, in: rows), live.contains(index) else { return nil }
        return rows[index]
    }

    /// Re-derives one client after an edit (or adds a new one).
    public mutating func update(_ client: Client) {
        let row = CaseloadRow(client: client, meldingen: meldingen[client.id] ?? [], settings: settings,
                              users: users, instruments: instruments)
        store(row)
    }

    /// Puts a derived row in place of the client's (or adds it) and re-indexes it.
    private mutating func store(_ row: CaseloadRow) {
        let index: Int
        if let existing = rowOfClient.place(of: row.id, in: rows) {
            index = existing
            let old = rows[index]
            if live.contains(index) { forEachFacet { $0.remove(row: index, keys: old.facetKeys($0.facet)) } }
            rows[index] = row
            search.replace(row: index, with: row)
        } else {
            index = rows.count
            rows.append(row)
            rowOfClient.insert(place: index, in: rows)
            search.append(row)
            let rowCount = rows.count
            live.grow(to: rowCount)
            forEachFacet { $0.grow(to: rowCount) }
        }
        live.insert(index)
        var newKeys = false
        forEachFacet { column in
            let keys = row.facetKeys(column.facet)
            newKeys = newKeys || keys.contains { !column.keys.contains($0) }
            column.insert(row: index, keys: keys)
        }
        if newKeys { orderNamedFacets() }
        orders.update(row: index, rows: rows, live: live)
    }

    /// Takes a removed client out of every list.
    public mutating func remove(clientId: String) {
        guard let index = rowOfClient.place(of: clientId, in: rows), live.contains(index) else { return }
        let old = rows[index]
        forEachFacet { $0.remove(row: index, keys: old.facetKeys($0.facet)) }
        live.remove(index)
        orders.update(row: index, rows: rows, live: live)
    }

    /// Applies a journaled change (clients only; other records do not show in the caseload).
    public mutating func apply(_ change: Change) {
        switch change {
        case .putClient(let client): update(client)
        case .remove(.client, let id): remove(clientId: id)
        case .putMelding(let melding): replaceMelding(id: melding.id, with: melding)
        case .remove(.melding, let id): replaceMelding(id: id, with: nil)
        default: break
        }
    }

    /// Re-derives the beslistermijn of the clients a changed melding is (or was) about.
    private mutating func replaceMelding(id: String, with melding: Melding?) {
        var touched = Set<String>()
        for (clientId, list) in meldingen where list.contains(where: { $0.id == id }) {
            meldingen[clientId] = list.filter { $0.id != id }
            touched.insert(clientId)
        }
        if let melding, CaseloadIndex.isKept(melding), let clientId = melding.clientId {
            meldingen[clientId, default: []].append(melding)
            touched.insert(clientId)
        }
        for clientId in touched {
            guard let index = rowOfClient.place(of: clientId, in: rows), live.contains(index) else { continue }
            var row = rows[index]
            row.worklists.decisionDeadline = (meldingen[clientId] ?? []).compactMap(Worklists.decisionDeadline).min()
            store(row)
        }
    }

    /// Whether the index keeps `melding`: it has a client and a beslistermijn running.
    private static func isKept(_ melding: Melding) -> Bool {
        melding.clientId != nil && Worklists.decisionDeadline(melding) != nil
    }

    public func query(_ query: CaseloadQuery) -> CaseloadResult {
        var inScope = live
        if case .coach(let coach) = query.scope {
            inScope.formIntersection(facet(.coach).rows(with: FacetValue.coach(coach).key))
        }
        let text = SearchText(query.text)
        let found = text.isEmpty ? inScope : search.matchingRows(text, among: inScope)
        let active = query.activeFacets
        var passes: [CaseloadFacet: RowSet] = [:]
        for facetName in active {
            passes[facetName] = facet(facetName).rows(withAnyOf: query.filters[facetName] ?? [])
        }
        var members = found
        for facetName in active { members.formIntersection(passes[facetName] ?? found) }
        var counts: [CaseloadFacet: [FacetCount]] = [:]
        for (columnIndex, column) in facets.enumerated() {
            var base = found
            for facetName in active where facetName != column.facet { base.formIntersection(passes[facetName] ?? found) }
            let labels = facetLabels.language == Language.current ? facetLabels.labels[columnIndex] : labels(of: column)
            counts[column.facet] = zip(zip(column.keys, labels), column.counts(in: base)).map { keyAndLabel, count in
                let value = FacetValue(column.facet, keyAndLabel.0)
                return FacetCount(value: value, label: keyAndLabel.1, count: count, selected: query.isSelected(value))
            }
        }
        return CaseloadResult(rows: rows, order: orders.rows(members, by: query.sort, ascending: query.ascending),
                              search: search, text: text, facetCounts: counts, inScope: inScope.memberCount)
    }

    /// The screen text of a facet value ("trede 2", "te laat", a coach's or instrument's name).
    public func label(of value: FacetValue) -> String {
        switch value.facet {
        case .rung, .expectedRung:
            guard let number = Int(value.key) else { return coreText("caseload.value.none") }
            return coreText("caseload.value.rung", number)
        case .targetGroup: return TargetGroup(rawValue: value.key)?.label ?? value.key
        case .barrier: return Barrier(rawValue: value.key)?.label ?? value.key
        case .coach:
            return value.key == FacetValue.noneKey ? coreText("caseload.value.nocoach") : users[value.key]?.displayName ?? value.key
        case .overdue: return coreText(value.key == FacetValue.yesKey ? "caseload.value.overdue" : "caseload.value.ontime")
        case .outOfView: return coreText(value.key == FacetValue.yesKey ? "caseload.value.outofview" : "caseload.value.inview")
        case .relapse: return coreText(value.key == FacetValue.yesKey ? "caseload.value.relapse" : "caseload.value.norelapse")
        case .instrument: return instruments[value.key]?.name ?? value.key
        case .status: return coreText(value.key == FacetValue.activeKey ? "caseload.value.active" : "caseload.value.former")
        case .decision, .reassessment, .exemption: return WorklistState(rawValue: value.key)?.label ?? coreText("worklist.state.none")
        }
    }

    private func facet(_ name: CaseloadFacet) -> FacetColumn {
        facets[CaseloadFacet.allCases.firstIndex(of: name) ?? 0]
    }

    private mutating func forEachFacet(_ body: (inout FacetColumn) -> Void) {
        for index in facets.indices { body(&facets[index]) }
    }

    /// Coaches and instruments are listed by name; the labels of all values made again.
    private mutating func orderNamedFacets() {
        for index in facets.indices where facets[index].facet == .coach || facets[index].facet == .instrument {
            let facet = facets[index].facet
            let labels = Dictionary(uniqueKeysWithValues: facets[index].keys.map { ($0, SearchFolding.fold(label(of: FacetValue(facet, $0)))) })
            facets[index].orderKeys { FoldedName(bytes: labels[$0] ?? []) }
        }
        facetLabels = (Language.current, facets.map(labels(of:)))
    }

    private func labels(of column: FacetColumn) -> [String] {
        column.keys.map { label(of: FacetValue(column.facet, $0)) }
    }
}

/// A facet value with the number of rows it would give, given the search and the other facets.
public struct FacetCount: Sendable, Equatable {
    public var value: FacetValue
    public var label: String
    public var count: Int
    public var selected: Bool
}

/// One independently built part of a `CaseloadIndex`.
private enum IndexPart: Sendable {
    /// Parts before the facets: the sort orders, the search column.
    static let facetOffset = 2

    case orders(SortOrders)
    case search(SearchColumn, rowOfClient: PlaceIndex)
    case facet(FacetColumn)
}

/// Folded bytes compared byte by byte.
struct FoldedName: Comparable {
    var bytes: [UInt8]
    static func < (a: FoldedName, b: FoldedName) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
