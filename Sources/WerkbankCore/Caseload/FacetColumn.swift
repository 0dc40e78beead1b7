/// The rows holding each value of one facet, as bitmaps (an inverted index).
struct FacetColumn: Sendable {
    let facet: CaseloadFacet
    /// Values in the order the filter panel lists them.
    private(set) var keys: [String] = []
    private var slot: [String: Int] = [:]
    private var sets: [RowSet] = []
    /// For a facet with one value per row: the slot of each row's value (-1 = none), so that
    /// counting a facet with many values (coaches) over a few rows need not touch every bitmap.
    private var singleValues: [Int32]?
    private var rowCount: Int

    init(facet: CaseloadFacet, keys: [String], rowCount: Int) {
        self.facet = facet
        self.rowCount = rowCount
        singleValues = facet.isSingleValued ? Array(repeating: -1, count: rowCount) : nil
        for key in keys { addKey(key) }
    }

    /// The column of `rows` (the `keys` first, then other values in order of appearance).
    init(facet: CaseloadFacet, keys: [String], rows: [CaseloadRow]) {
        self.init(facet: facet, keys: keys, rowCount: rows.count)
        rows.withUnsafeBufferPointer { rows in
            guard let first = rows.baseAddress else { return }
            for index in rows.indices { insert(row: index, keys: CaseloadRow.facetKeys(facet, of: first + index)) }
        }
    }

    mutating func grow(to newCount: Int) {
        singleValues?.append(contentsOf: repeatElement(-1, count: newCount - rowCount))
        rowCount = newCount
        for index in sets.indices { sets[index].grow(to: newCount) }
    }

    mutating func insert(row: Int, keys rowKeys: [String]) {
        for key in rowKeys {
            let index = slot[key] ?? addKey(key)
            sets[index].insert(row)
            singleValues?[row] = Int32(index)
        }
    }

    mutating func remove(row: Int, keys rowKeys: [String]) {
        for key in rowKeys {
            if let index = slot[key] { sets[index].remove(row) }
        }
        singleValues?[row] = -1
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
        if let singleValues, base.memberCount * 4 < sets.count * base.words.count {
            var counts = Array(repeating: 0, count: sets.count)
            base.forEach { row in
                let value = Int(singleValues[row])
                if value >= 0 { counts[value] += 1 }
            }
            return counts
        }
        return sets.map { $0.intersectionCount(base) }
    }

    /// Puts the keys in the order of `sortKey`; used for coaches and instruments (by name).
    mutating func orderKeys<Key: Comparable>(by sortKey: (String) -> Key) {
        let order = keys.indices.sorted { (sortKey(keys[$0]), keys[$0]) < (sortKey(keys[$1]), keys[$1]) }
        keys = order.map { keys[$0] }
        sets = order.map { sets[$0] }
        slot = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        if let old = singleValues {
            var newSlot = Array(repeating: Int32(-1), count: order.count)
            for (new, previous) in order.enumerated() { newSlot[previous] = Int32(new) }
            singleValues = old.map { $0 < 0 ? -1 : newSlot[Int($0)] }
        }
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
        withUnsafePointer(to: self) { CaseloadRow.facetKeys(facet, of: $0) }
    }

    /// The facet keys of the row at `row`, reading only the fields the facet needs: a loop over
    /// a buffer of rows copies no row (passing a row from a buffer to a function copies it whole).
    static func facetKeys(_ facet: CaseloadFacet, of row: UnsafePointer<CaseloadRow>) -> [String] {
        switch facet {
        case .rung: return [FacetValue.rung(row.pointee.currentRung).key]
        case .expectedRung: return [FacetValue.expectedRung(row.pointee.expectedRung).key]
        case .targetGroup: return unique(row.pointee.targetGroups.map(\.rawValue))
        case .barrier: return unique(row.pointee.barriers.map(\.rawValue))
        case .coach: return [FacetValue.coach(row.pointee.coach).key]
        case .overdue: return [FacetValue.overdue(row.pointee.overdue).key]
        case .outOfView: return [FacetValue.outOfView(row.pointee.outOfView).key]
        case .relapse: return [FacetValue.relapse(row.pointee.relapse).key]
        case .instrument: return unique(row.pointee.activeInstruments.map(\.instrumentId))
        case .status: return [FacetValue.status(active: row.pointee.isActive).key]
        case .decision, .reassessment, .exemption:
            guard let kind = facet.worklist else { return [] }
            return [FacetValue.worklist(kind, row.pointee.worklists.state(kind)).key]
        }
    }

    private static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}

extension CaseloadFacet {
    /// Every row has exactly one value of this facet.
    var isSingleValued: Bool {
        switch self {
        case .rung, .expectedRung, .coach, .overdue, .outOfView, .relapse, .status, .decision, .reassessment, .exemption: return true
        case .targetGroup, .barrier, .instrument: return false
        }
    }

    /// The values every panel shows, even with a count of 0, in display order (coaches and
    /// instruments come from the dataset: every werkcoach, the whole catalogue).
    var fixedKeys: [String] {
        let rungs = Rung.allCases.map { String($0.rawValue) } + [FacetValue.noneKey]
        switch self {
        case .rung, .expectedRung: return rungs
        case .targetGroup: return TargetGroup.codes
        case .barrier: return Barrier.codes
        case .overdue, .outOfView, .relapse: return [FacetValue.yesKey, FacetValue.noKey]
        case .status: return [FacetValue.activeKey, FacetValue.formerKey]
        case .decision, .reassessment, .exemption:
            return [WorklistState.overdue.rawValue, WorklistState.soon.rawValue, FacetValue.noneKey]
        case .coach, .instrument: return []
        }
    }
}
