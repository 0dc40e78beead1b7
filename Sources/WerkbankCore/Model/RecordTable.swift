/// Records by id, for the two big collections (clients and meldingen): the records in one array,
/// sized to what was read, and an index from id to place (`PlaceIndex`). A `Dictionary<String, Record>` keeps
/// each record in a hash bucket, with room for a third more and its bucket count rounded up to a
/// power of two: at 100,000 clients (448 bytes each) that was 122 MB for 45 MB of records.
///
/// Reads like that dictionary (`table[id]`, `values`, `keys`, `count`, iterating `(key, value)`
/// pairs). The order of `values` is the order of insertion, except that removing a record moves
/// the last one into its place; like a dictionary's, it is no order to rely on.
public struct RecordTable<Record: Identifiable & Equatable & Sendable>: Sendable, Equatable, Sequence
where Record.ID == String {
    public private(set) var values: [Record] = []
    private var places = PlaceIndex()

    public init() {}

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }
    /// The ids, in the order of `values`.
    public var keys: LazyMapSequence<[Record], String> { values.lazy.map(\.id) }

    /// Where the record with `id` is in `values`.
    func place(of id: String) -> Int? { places.place(of: id, in: values) }

    public subscript(id: String) -> Record? {
        get { place(of: id).map { values[$0] } }
        set {
            if let newValue {
                updateValue(newValue, forKey: id)
            } else {
                removeValue(forKey: id)
            }
        }
    }

    /// Puts `record` under `id` (its own id); returns the record it replaced, nil when it is new.
    @discardableResult
    public mutating func updateValue(_ record: consuming Record, forKey id: String) -> Record? {
        assert(record.id == id, "a record is kept under its own id")
        if let place = place(of: id) {
            let old = values[place]
            values[place] = record
            return old
        }
        // Grows by an eighth rather than doubling: one new client must not double a full table.
        if values.count == values.capacity { values.reserveCapacity(values.count + Swift.max(16, values.count / 8)) }
        values.append(record)
        places.insert(place: values.count - 1, in: values)
        return nil
    }

    @discardableResult
    public mutating func removeValue(forKey id: String) -> Record? {
        guard let place = places.remove(id, in: values) else { return nil }
        let removed = values[place]
        let last = values.removeLast()
        if place < values.count {
            values[place] = last
            places.move(last.id, from: values.count, to: place)
        }
        return removed
    }

    public mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        places.reserve(count, records: values)
    }

    /// Changes the record at `place` in `values`, in place (without copying it out and back).
    public mutating func modify(at place: Int, _ change: (inout Record) throws -> Void) rethrows {
        let id = values[place].id
        try change(&values[place])
        assert(values[place].id == id, "a record keeps its id")
    }

    /// The records that `isIncluded`, as a table.
    public func filtered(_ isIncluded: (Record) throws -> Bool) rethrows -> RecordTable {
        var table = RecordTable()
        for record in values where try isIncluded(record) { table.updateValue(record, forKey: record.id) }
        return table
    }

    /// Each record's `transform`, by id.
    public func mapValues<T>(_ transform: (Record) throws -> T) rethrows -> [String: T] {
        Dictionary(uniqueKeysWithValues: try values.map { ($0.id, try transform($0)) })
    }

    public func makeIterator() -> some IteratorProtocol<(key: String, value: Record)> {
        values.lazy.map { (key: $0.id, value: $0) }.makeIterator()
    }

    /// Equal when they hold the same records under the same ids, in any order.
    public static func == (lhs: RecordTable, rhs: RecordTable) -> Bool {
        lhs.count == rhs.count && lhs.values.allSatisfy { rhs[$0.id] == $0 }
    }
}

extension RecordTable: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Record)...) {
        for (id, record) in elements { updateValue(record, forKey: id) }
    }
}
