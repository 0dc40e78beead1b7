/// A contact note as the dataset keeps it: its id and date (enough for the last contact, the
/// worklists and the reports) and, while it is in memory, the whole note. A note written since
/// the last compaction (or created in memory: demo, intake) is held; a compacted note's text is in
/// `notities.jsonl` and is read for the one client being opened (`Store.notes(of:)`).
public struct NoteRef: Sendable, Hashable, Identifiable {
    public let id: String
    public let date: Day
    /// A box keeps the reference small (a pointer) for the many notes that are not held.
    private let box: HeldNote?

    public init(_ note: ContactNote) {
        id = note.id
        date = note.date
        box = HeldNote(note: note)
    }

    init(storedId id: String, date: Day) {
        self.id = id
        self.date = date
        box = nil
    }

    /// The note when it is in memory, nil when its text is in the notes file.
    public var held: ContactNote? { box?.note }

    /// The same note with its text in the notes file.
    var stored: NoteRef { NoteRef(storedId: id, date: date) }

    /// Two references to one note are equal wherever its text is: compaction moves a held note
    /// into the notes file without changing the data. Texts are compared by reading them.
    public static func == (lhs: NoteRef, rhs: NoteRef) -> Bool {
        guard lhs.id == rhs.id, lhs.date == rhs.date else { return false }
        if let left = lhs.held, let right = rhs.held { return left == right }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(date)
    }
}

private final class HeldNote: Sendable {
    let note: ContactNote
    init(note: ContactNote) { self.note = note }
}

/// A client's contact log: the notes in order (compacted ones first, then the held ones) and the
/// parts of the notes file that hold the compacted ones' lines (`blocks`). A block may also hold
/// lines of notes taken back since (undo): reading skips them.
public struct NoteList: Sendable, Hashable, RandomAccessCollection, ExpressibleByArrayLiteral {
    public private(set) var refs: [NoteRef]
    /// Byte ranges of `notities.jsonl`, one per compaction that stored notes of this client.
    public private(set) var blocks: [NoteBlock]

    public init(_ refs: [NoteRef] = [], blocks: [NoteBlock] = []) {
        self.refs = refs
        self.blocks = blocks
    }

    public init(arrayLiteral refs: NoteRef...) { self.init(refs) }

    public var startIndex: Int { refs.startIndex }
    public var endIndex: Int { refs.endIndex }
    public subscript(position: Int) -> NoteRef { refs[position] }

    /// Adds a note at the end, or replaces the note with its id (then held, at the end).
    public mutating func upsert(_ note: ContactNote) {
        refs.removeAll { $0.id == note.id }
        refs.append(NoteRef(note))
    }

    public mutating func append(_ ref: NoteRef) { refs.append(ref) }

    public mutating func remove(id: String) { refs.removeAll { $0.id == id } }

    /// Every held note stored, its line in `block` (which holds them in order).
    func storing(in block: NoteBlock) -> NoteList {
        NoteList(refs.map(\.stored), blocks: blocks + [block])
    }

    /// Equal when they hold the same notes, wherever the texts are.
    public static func == (lhs: NoteList, rhs: NoteList) -> Bool { lhs.refs == rhs.refs }
    public func hash(into hasher: inout Hasher) { hasher.combine(refs) }
}

/// A byte range of `notities.jsonl`: whole lines, each ending with a newline.
public struct NoteBlock: Sendable, Hashable {
    public let offset: Int
    public let length: Int
}

extension NoteList: Codable {
    private enum CodingKeys: String, CodingKey { case at, dates, ids, held }

    /// Notes that are all held are a list of whole notes (as schema 2 wrote every note); otherwise
    /// `{"at":[[offset,length],…],"dates":[…],"ids":[…],"held":[whole notes]}`, the stored notes'
    /// ids and dates in order, then the held ones.
    public init(from decoder: Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
            self.init(try [ContactNote](from: decoder).map(NoteRef.init))
            return
        }
        let ids = try container.decode([String].self, forKey: .ids)
        let dates = try container.decode([Day].self, forKey: .dates)
        guard ids.count == dates.count else {
            throw DecodingError.dataCorruptedError(forKey: .dates, in: container, debugDescription: "ids/dates")
        }
        let pairs = try container.decode([[Int]].self, forKey: .at)
        guard pairs.allSatisfy({ $0.count == 2 && $0[0] >= 0 && $0[1] > 0 }) else {
            throw DecodingError.dataCorruptedError(forKey: .at, in: container, debugDescription: "offset/length")
        }
        let blocks = pairs.map { NoteBlock(offset: $0[0], length: $0[1]) }
        let held = try container.decodeIfPresent([ContactNote].self, forKey: .held) ?? []
        self.init(zip(ids, dates).map { NoteRef(storedId: $0, date: $1) } + held.map(NoteRef.init), blocks: blocks)
    }

    public func encode(to encoder: Encoder) throws {
        let held = refs.compactMap(\.held)
        if blocks.isEmpty && held.count == refs.count {
            try held.encode(to: encoder)
            return
        }
        let stored = refs.filter { $0.held == nil }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(blocks.map { [$0.offset, $0.length] }, forKey: .at)
        try container.encode(stored.map(\.date), forKey: .dates)
        try container.encode(stored.map(\.id), forKey: .ids)
        if !held.isEmpty { try container.encode(held, forKey: .held) }
    }
}
