/// Every live row pre-sorted on every column (ascending, name as tiebreaker), so that a query
/// only walks an order and keeps its members: no sorting per keystroke.
/// A changed row is taken out and put back by binary search.
struct SortOrders: Sendable {
    /// Empty values sort last.
    static let missing = UInt32.max

    /// Folded sort name + 0x00 + id, per row.
    private var names = NameKeys()
    /// Live rows by name.
    private var nameOrder: [Int32] = []
    /// Position of each row in `nameOrder`; -1 for a removed row.
    private var nameRank: [Int32] = []
    /// Per column (by `CaseloadSortColumn` index) the key of each row.
    private var keys: [[UInt32]]
    /// Per column the live rows in ascending order of (key, name).
    private var orders: [[Int32]]
    /// Rank of each coach (user name) by display name, for the coach column.
    private var coachRank: [String: UInt32] = [:]

    private static let columns = CaseloadSortColumn.allCases

    init(rows: [CaseloadRow], live: RowSet) {
        keys = Array(repeating: [], count: SortOrders.columns.count)
        orders = Array(repeating: [], count: SortOrders.columns.count)
        rebuild(rows: rows, live: live)
    }

    /// Rows of `members` (live rows) in the order of `column`.
    func rows(_ members: RowSet, by column: CaseloadSortColumn, ascending: Bool) -> [Int32] {
        let columnIndex = SortOrders.index(column)
        var picked: [Int32] = []
        picked.reserveCapacity(members.memberCount)
        if column == .name {
            // The members' places in the name order, as a bitmap read in order: no walk over every row.
            var places = RowSet(count: nameOrder.count)
            members.forEach { row in if nameRank[row] >= 0 { places.insert(Int(nameRank[row])) } }
            places.forEach { picked.append(nameOrder[$0]) }
        } else {
            for row in orders[columnIndex] where members.contains(Int(row)) { picked.append(row) }
        }
        return ascending ? picked : descending(picked, keys: column == .name ? nil : keys[columnIndex])
    }

    /// Reverses the runs of equal keys but keeps each run (name order) and the empty values at the end.
    private func descending(_ ascending: [Int32], keys: [UInt32]?) -> [Int32] {
        guard let keys else { return ascending.reversed() }
        let filledEnd = ascending.firstIndex { keys[Int($0)] == SortOrders.missing } ?? ascending.count
        var result: [Int32] = []
        result.reserveCapacity(ascending.count)
        var runEnd = filledEnd
        while runEnd > 0 {
            let key = keys[Int(ascending[runEnd - 1])]
            var runStart = runEnd - 1
            while runStart > 0 && keys[Int(ascending[runStart - 1])] == key { runStart -= 1 }
            result.append(contentsOf: ascending[runStart..<runEnd])
            runEnd = runStart
        }
        result.append(contentsOf: ascending[filledEnd...])
        return result
    }

    /// Sorts everything from scratch; the columns other than the name are sorted on all cores.
    mutating func rebuild(rows: [CaseloadRow], live: RowSet) {
        // Rows are read through a buffer pointer: borrowing, not copying, 100,000 rows.
        names = rows.withUnsafeBufferPointer(NameKeys.init)
        coachRank = SortOrders.coachRanks(rows)
        var liveRows: [Int32] = []
        liveRows.reserveCapacity(live.memberCount)
        live.forEach { liveRows.append(Int32($0)) }
        nameOrder = names.withComparator { precedes in liveRows.sorted { precedes(Int($0), Int($1)) } }
        refreshRanks(count: rows.count)
        var keys = Array(repeating: Array(repeating: SortOrders.missing, count: rows.count), count: SortOrders.columns.count)
        rows.withUnsafeBufferPointer { rows in
            guard let first = rows.baseAddress else { return }
            for row in rows.indices {
                SortOrders.fillKeys(of: first + row, at: row, into: &keys, coachRank: coachRank)
            }
        }
        self.keys = keys
        let allKeys = keys, nameOrder = nameOrder, nameRank = nameRank
        orders = Parallel.map(SortOrders.columns.count) { columnIndex -> [Int32] in
            guard SortOrders.columns[columnIndex] != .name else { return [] }
            let columnKeys = allKeys[columnIndex]
            let composite = nameOrder.map { UInt64(columnKeys[Int($0)]) << 32 | UInt64(nameRank[Int($0)]) }
            return composite.sorted().map { nameOrder[Int($0 & 0xFFFF_FFFF)] }
        }.map { (try? $0.get()) ?? [] }
    }

    /// Re-sorts one row after it changed, was added (`row == rows.count - 1`) or was removed (not live).
    mutating func update(row: Int, rows: [CaseloadRow], live: RowSet) {
        if live.contains(row), !rows[row].coach.isEmpty, coachRank[rows[row].coach] == nil {
            rebuild(rows: rows, live: live)
            return
        }
        let wasListed = row < nameRank.count && nameRank[row] >= 0
        if wasListed {
            for columnIndex in orders.indices where SortOrders.columns[columnIndex] != .name {
                if let position = position(of: row, inColumn: columnIndex) { orders[columnIndex].remove(at: position) }
            }
            nameOrder.remove(at: Int(nameRank[row]))
        }
        while keys[0].count < rows.count {
            for index in keys.indices { keys[index].append(SortOrders.missing) }
        }
        guard live.contains(row) else {
            refreshRanks(count: rows.count)
            return
        }
        if row < names.count { names.replace(row: row, with: rows[row]) }
        while names.count < rows.count { names.append(rows[names.count]) }
        let nameInsert = names.withComparator { precedes in partitionPoint(nameOrder) { precedes(row, Int($0)) } }
        nameOrder.insert(Int32(row), at: nameInsert)
        refreshRanks(count: rows.count)
        withUnsafePointer(to: rows[row]) { SortOrders.fillKeys(of: $0, at: row, into: &keys, coachRank: coachRank) }
        for (columnIndex, column) in SortOrders.columns.enumerated() where column != .name {
            let target = composite(row, columnIndex)
            let insert = partitionPoint(orders[columnIndex]) { target < composite(Int($0), columnIndex) }
            orders[columnIndex].insert(Int32(row), at: insert)
        }
    }

    private func position(of row: Int, inColumn columnIndex: Int) -> Int? {
        let target = composite(row, columnIndex)
        let order = orders[columnIndex]
        let position = partitionPoint(order) { target <= composite(Int($0), columnIndex) }
        return position < order.count && Int(order[position]) == row ? position : nil
    }

    private func composite(_ row: Int, _ columnIndex: Int) -> UInt64 {
        UInt64(keys[columnIndex][row]) << 32 | UInt64(UInt32(bitPattern: nameRank[row]))
    }

    /// The first index where `isAfter` holds (the array is partitioned on it).
    private func partitionPoint(_ order: [Int32], _ isAfter: (Int32) -> Bool) -> Int {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(order[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private mutating func refreshRanks(count: Int) {
        nameRank = Array(repeating: -1, count: count)
        for (position, row) in nameOrder.enumerated() { nameRank[Int(row)] = Int32(position) }
    }

    /// Sets the key of the row at `row` in every column (one pass over the row instead of one per
    /// column), reading the fields through the pointer: a loop over a buffer copies no row.
    private static func fillKeys(of row: UnsafePointer<CaseloadRow>, at index: Int, into keys: inout [[UInt32]], coachRank: [String: UInt32]) {
        for (columnIndex, column) in columns.enumerated() {
            keys[columnIndex][index] = key(of: row, column, coachRank: coachRank)
        }
    }

    private static func key(of row: UnsafePointer<CaseloadRow>, _ column: CaseloadSortColumn, coachRank: [String: UInt32]) -> UInt32 {
        switch column {
        case .name: return 0
        case .bsn: return row.pointee.bsn.flatMap { UInt32($0) } ?? missing
        case .rung: return row.pointee.currentRung.map { UInt32($0.rawValue) } ?? missing
        case .expectedRung: return row.pointee.expectedRung.map { UInt32($0.rawValue) } ?? missing
        case .group: return groupOrder[row.pointee.group] ?? missing
        case .lastContact: return row.pointee.lastContact.map(dayKey) ?? missing
        case .nextActionDue: return row.pointee.nextAction.map { dayKey($0.due) } ?? missing
        case .age: return row.pointee.age.map { UInt32(clamping: $0) } ?? missing
        case .coach: return row.pointee.coach.isEmpty ? missing : coachRank[row.pointee.coach] ?? missing
        }
    }

    /// Groups from far from work to close to work; unknown is empty.
    private static let groupOrder: [ClientGroup: UInt32] = [.socialParticipation: 0, .vulnerableMiddle: 1, .selfReliant: 2]

    private static func dayKey(_ day: Day) -> UInt32 { UInt32(clamping: day.ordinal + 1_000_000) }

    private static func index(_ column: CaseloadSortColumn) -> Int { columns.firstIndex(of: column) ?? 0 }

    /// Coaches ranked by display name (what the column shows), then user name.
    private static func coachRanks(_ rows: [CaseloadRow]) -> [String: UInt32] {
        var names: [String: String] = [:]
        rows.withUnsafeBufferPointer { rows in
            for row in rows.indices where !rows[row].coach.isEmpty { names[rows[row].coach] = rows[row].coachName }
        }
        let sorted = names.map { (user: $0.key, name: FoldedName(bytes: SearchFolding.fold($0.value))) }
            .sorted { ($0.name, $0.user) < ($1.name, $1.user) }
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.user, UInt32($0)) })
    }
}
