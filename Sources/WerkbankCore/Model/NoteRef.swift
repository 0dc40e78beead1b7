/// A contact note as the dataset keeps it: its id and date (enough for the last contact, the
/// worklists and the reports) and where its text is. A note written since the last compaction
/// (or created in memory: demo, intake, import) is held whole; a compacted note's text stays in
/// `notities.jsonl` and is read for the one client being opened (`Store.notes(of:)`).
public struct NoteRef: Sendable, Hashable, Identifiable {
    public let id: String
    public let date: Day
    public let place: Place

    public enum Place: Sendable, Hashable {
        /// The whole note, in memory.
        indirect case held(ContactNote)
        /// The note's line in the notes file: its first byte and its length (with the newline).
        case stored(offset: Int, length: Int)
    }

    public init(_ note: ContactNote) {
        id = note.id
        date = note.date
        place = .held(note)
    }

    init(id: String, date: Day, offset: Int, length: Int) {
        self.id = id
        self.date = date
        place = .stored(offset: offset, length: length)
    }

    /// The note when it is in memory, nil when its text is in the notes file.
    public var held: ContactNote? {
        if case .held(let note) = place { return note }
        return nil
    }

    /// Whether this is `note`: notes are only ever added and taken back, never changed, so a
    /// stored note is the same note when id and date agree.
    public func isSame(as note: ContactNote) -> Bool {
        if let held { return held == note }
        return id == note.id && date == note.date
    }

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

extension NoteRef: Codable {
    private enum CodingKeys: String, CodingKey { case id, date, at }

    /// A stored note is `{"id","date","at":[offset,length]}`; a held one is the whole note (as
    /// schema 2 and older wrote every note).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.contains(.at) else {
            self.init(try ContactNote(from: decoder))
            return
        }
        var at = try container.nestedUnkeyedContainer(forKey: .at)
        let offset = try at.decode(Int.self), length = try at.decode(Int.self)
        guard offset >= 0, length > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .at, in: container, debugDescription: "offset/length")
        }
        self.init(id: try container.decode(String.self, forKey: .id), date: try container.decode(Day.self, forKey: .date),
                  offset: offset, length: length)
    }

    public func encode(to encoder: Encoder) throws {
        switch place {
        case .held(let note):
            try note.encode(to: encoder)
        case .stored(let offset, let length):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(date, forKey: .date)
            try container.encode([offset, length], forKey: .at)
        }
    }
}
