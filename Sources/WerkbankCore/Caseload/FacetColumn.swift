/// The rows holding each value of one facet, as bitmaps (an inverted index).
struct FacetColumn: Sendable {
    let facet: CaseloadFacet
    /// Values in the order the filter panel lists them.
    private(set) var keys: [String] = []
    private var slot: [String: Int] = [:]
    private var sets: [RowSet] = []
    private var rowCount: Int

    init(facet: CaseloadFacet, keys: [String], rowCount: Int) {
        self.facet = facet
        self.rowCount = rowCount
        for key in keys { addKey(key) }
    }

    mutating func grow(to newCount: Int) {
        rowCount = newCount
        for index in sets.indices { sets[index].grow(to: newCount) }
    }

    mutating func insert(row: Int, keys rowKeys: [String]) {
        for key in rowKeys {
            let index = slot[key] ?? addKey(key)
            sets[index].insert(row)
        }
    }

    mutating func remove(row: Int, keys rowKeys: [String]) {
        for key in rowKeys {
            if let index = slot[key] { sets[index].remove(row) }
        }
    }

    /// Rows holding any of `selected`.
    func rows(withAnyOf selected: Set<String>) -> RowSet {
        var result = RowSet(count: rowCount)
        for key in selected {
            if let index = slot[key] { result.formUnion(sets[index]) }
        }
        return result
    }

    func rows(with key: String) -> RowSet {
        slot[key].map { sets[$0] } ?? RowSet(count: rowCount)
    }

    /// For each key (in `keys` order): how many rows of `base` hold it.
    func counts(in base: RowSet) -> [Int] {
        sets.map { $0.intersectionCount(base) }
    }

    /// Puts the keys in the order of `sortKey`; used for coaches and instruments (by name).
    mutating func orderKeys<Key: Comparable>(by sortKey: (String) -> Key) {
        let order = keys.indices.sorted { (sortKey(keys[$0]), keys[$0]) < (sortKey(keys[$1]), keys[$1]) }
        keys = order.map { keys[$0] }
        sets = order.map { sets[$0] }
        slot = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    }

    @discardableResult
    private mutating func addKey(_ key: String) -> Int {
        slot[key] = keys.count
        keys.append(key)
        sets.append(RowSet(count: rowCount))
        return keys.count - 1
    }
}

extension CaseloadRow {
    /// The facet keys of this row (see `FacetValue`).
    func facetKeys(_ facet: CaseloadFacet) -> [String] {
        switch facet {
        case .rung: return [FacetValue.rung(currentRung).key]
        case .expectedRung: return [FacetValue.expectedRung(expectedRung).key]
        case .targetGroup: return unique(targetGroups.map(\.rawValue))
        case .barrier: return unique(barriers.map(\.rawValue))
        case .coach: return [FacetValue.coach(coach).key]
        case .overdue: return [FacetValue.overdue(overdue).key]
        case .outOfView: return [FacetValue.outOfView(outOfView).key]
        case .instrument: return unique(activeInstruments.map(\.instrumentId))
        }
    }

    private func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

extension CaseloadFacet {
    /// The values every panel shows, even with a count of 0, in display order (coaches and
    /// instruments come from the dataset: every werkcoach, the whole catalogue).
    var fixedKeys: [String] {
        let rungs = Rung.allCases.map { String($0.rawValue) } + [FacetValue.noneKey]
        switch self {
        case .rung, .expectedRung: return rungs
        case .targetGroup: return TargetGroup.codes
        case .barrier: return Barrier.codes
        case .overdue, .outOfView: return [FacetValue.yesKey, FacetValue.noKey]
        case .coach, .instrument: return []
        }
    }
}
