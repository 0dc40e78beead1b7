/// A set of row numbers as a bitmap: intersecting facet filters over 100,000 rows costs a few
/// thousand word operations.
struct RowSet: Equatable, Sendable {
    private(set) var words: [UInt64]
    /// Rows 0..<count can be members.
    private(set) var count: Int

    init(count: Int, full: Bool = false) {
        self.count = count
        words = Array(repeating: full ? ~0 : 0, count: (count + 63) / 64)
        if full { clearTail() }
    }

    /// Makes room for rows up to `newCount` (new rows are not members).
    mutating func grow(to newCount: Int) {
        guard newCount > count else { return }
        count = newCount
        let needed = (newCount + 63) / 64
        if needed > words.count { words.append(contentsOf: repeatElement(0, count: needed - words.count)) }
    }

    func contains(_ row: Int) -> Bool {
        row < count && words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    mutating func insert(_ row: Int) {
        words[row >> 6] |= 1 << UInt64(row & 63)
    }

    mutating func remove(_ row: Int) {
        words[row >> 6] &= ~(1 << UInt64(row & 63))
    }

    /// Rows in both (`other` may be shorter: its missing rows are not members).
    mutating func formIntersection(_ other: RowSet) {
        for index in words.indices {
            words[index] &= index < other.words.count ? other.words[index] : 0
        }
    }

    mutating func formUnion(_ other: RowSet) {
        for index in other.words.indices where index < words.count {
            words[index] |= other.words[index]
        }
    }

    var memberCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    func intersectionCount(_ other: RowSet) -> Int {
        words.withUnsafeBufferPointer { mine in
            other.words.withUnsafeBufferPointer { theirs in
                var total = 0
                for index in 0..<min(mine.count, theirs.count) {
                    total &+= (mine[index] & theirs[index]).nonzeroBitCount
                }
                return total
            }
        }
    }

    /// Calls `body` with every member, in increasing order.
    func forEach(_ body: (Int) -> Void) {
        for (index, word) in words.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                body(index << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
    }

    /// The members for which `isIncluded` holds, built a word (64 rows) at a time.
    func filter(_ isIncluded: (Int) -> Bool) -> RowSet {
        var result = self
        for index in words.indices where words[index] != 0 {
            var remaining = words[index]
            var kept: UInt64 = 0
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                if isIncluded(index << 6 + bit) { kept |= 1 << UInt64(bit) }
                remaining &= remaining - 1
            }
            result.words[index] = kept
        }
        return result
    }

    private mutating func clearTail() {
        let used = count & 63
        if used != 0, let last = words.indices.last { words[last] &= (1 << UInt64(used)) - 1 }
    }
}
