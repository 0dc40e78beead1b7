/// What an import changes per collection (klanten, uitkeringen, treden, meldingen): how many
/// records it adds, removes and changes. Records are matched as the merge matches them:
/// clients and meldingen by id, benefit periods by client and start, ladder observations by
/// client, date, kind and rung.
public struct ImportChanges: Equatable, Sendable {
    public struct Change: Equatable, Sendable {
        /// The name shown (the exchange file without `.csv`).
        public var name: String
        public var before = 0
        public var added = 0
        public var removed = 0
        public var changed = 0

        public var after: Int { before + added - removed }

        /// Removing all records of a collection, or more than a tenth of them, needs `--vervang`.
        public var removesTooMuch: Bool { removed > 0 && removed * 10 > before }

        /// `klanten +12 −0, 3 gewijzigd (100 → 112)`.
        public var text: String {
            coreText("exchange.change", name, DutchNumber.integer(added), DutchNumber.integer(removed),
                     DutchNumber.integer(changed), DutchNumber.integer(before), DutchNumber.integer(after))
        }

        /// Why this collection may not shrink this much, or nil when it may.
        public var refusal: String? {
            guard removesTooMuch else { return nil }
            return after == 0 ? coreText("exchange.would_empty", name, DutchNumber.integer(removed))
                : coreText("exchange.would_remove", name, DutchNumber.integer(removed), DutchNumber.integer(before))
        }
    }

    public var collections: [Change]

    public init(from old: Dataset, to new: Dataset) {
        var clients = Change(name: "klanten", before: old.clients.count)
        var benefits = Change(name: "uitkeringen")
        var ladder = Change(name: "treden")
        for (id, client) in old.clients {
            benefits.before += client.benefits.count
            ladder.before += client.ladder.count
            if new.clients[id] == nil {
                clients.removed += 1
                benefits.removed += client.benefits.count
                ladder.removed += client.ladder.count
            }
        }
        for (id, client) in new.clients {
            guard let previous = old.clients[id] else {
                clients.added += 1
                benefits.added += client.benefits.count
                ladder.added += client.ladder.count
                continue
            }
            if Self.withoutHistory(previous) != Self.withoutHistory(client) { clients.changed += 1 }
            Self.compare(previous.benefits, client.benefits, key: \.start, into: &benefits)
            Self.compare(previous.ladder, client.ladder, key: { LadderKey(date: $0.date, kind: $0.kind, rung: $0.rung) }, into: &ladder)
        }
        var meldingen = Change(name: "meldingen", before: old.meldingen.count)
        for (id, melding) in new.meldingen {
            if let previous = old.meldingen[id] {
                if previous != melding { meldingen.changed += 1 }
            } else {
                meldingen.added += 1
            }
        }
        meldingen.removed = old.meldingen.keys.filter { new.meldingen[$0] == nil }.count
        collections = [clients, benefits, ladder, meldingen]
    }

    /// A client without benefits and ladder, which are counted in their own collections, and
    /// without the version the merge raises when they change.
    private static func withoutHistory(_ client: Client) -> Client {
        var result = client
        result.benefits = []
        result.ladder = []
        result.version = 0
        return result
    }

    /// The reasons to refuse the import without `--vervang`; empty when it may go ahead.
    public var refusals: [String] { collections.compactMap(\.refusal) }

    private struct LadderKey: Hashable {
        var date: Day
        var kind: LadderKind
        var rung: Rung
    }

    /// Counts the records of one client that only `old` or only `new` holds (matched by `key`,
    /// each record at most once) and those matched but different.
    private static func compare<T: Equatable, K: Hashable>(_ old: [T], _ new: [T], key: (T) -> K, into collection: inout Change) {
        if old == new { return }
        var unmatched: [K: [T]] = [:]
        for record in old { unmatched[key(record), default: []].append(record) }
        for record in new {
            let recordKey = key(record)
            guard var candidates = unmatched[recordKey], !candidates.isEmpty else {
                collection.added += 1
                continue
            }
            let previous = candidates.removeFirst()
            unmatched[recordKey] = candidates
            if previous != record { collection.changed += 1 }
        }
        collection.removed += unmatched.values.reduce(0) { $0 + $1.count }
    }
}
