import Glibc

/// The name sort key of every row (folded surname, first name, tussenvoegsel, 0x00, id) in one
/// contiguous byte buffer: no array per row, and comparing two keys is one `memcmp`.
/// Replacing a row's key appends the new bytes; the old ones stay unused until the next rebuild.
struct NameKeys: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []

    init() {}

    init(rows: UnsafeBufferPointer<CaseloadRow>) {
        bytes.reserveCapacity(rows.count * 24)
        starts.reserveCapacity(rows.count)
        ends.reserveCapacity(rows.count)
        guard let first = rows.baseAddress else { return }
        for index in rows.indices {
            starts.append(Int32(bytes.count))
            write(first + index)
            ends.append(Int32(bytes.count))
        }
    }

    var count: Int { starts.count }

    mutating func append(_ row: CaseloadRow) {
        starts.append(Int32(bytes.count))
        withUnsafePointer(to: row) { write($0) }
        ends.append(Int32(bytes.count))
    }

    mutating func replace(row index: Int, with row: CaseloadRow) {
        starts[index] = Int32(bytes.count)
        withUnsafePointer(to: row) { write($0) }
        ends[index] = Int32(bytes.count)
    }

    /// Reads the fields through the pointer: a loop over a buffer of rows copies no row.
    private mutating func write(_ row: UnsafePointer<CaseloadRow>) {
        CaseloadRow.appendSortBytes(first: row.pointee.firstName, infix: row.pointee.infix, last: row.pointee.lastName, to: &bytes)
        bytes.append(0)
        bytes.append(contentsOf: row.pointee.id.utf8)
    }

    /// Calls `body` with a comparator "key of row a sorts before key of row b" that touches no
    /// reference counts (for sorting and binary search over many rows).
    func withComparator<Result>(_ body: ((Int, Int) -> Bool) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                ends.withUnsafeBufferPointer { ends in
                    body { a, b in
                        let aStart = Int(starts[a]), aCount = Int(ends[a]) - aStart
                        let bStart = Int(starts[b]), bCount = Int(ends[b]) - bStart
                        let common = min(aCount, bCount)
                        let order = common == 0 ? 0 : memcmp(bytes.baseAddress! + aStart, bytes.baseAddress! + bStart, common)
                        return order != 0 ? order < 0 : aCount < bCount
                    }
                }
            }
        }
    }
}
