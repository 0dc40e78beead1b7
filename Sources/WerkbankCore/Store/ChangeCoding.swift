/// The journal's JSON form of a change:
/// `{"op":"put","kind":"client","record":{...}}` or `{"op":"remove","kind":"client","id":"..."}`.
extension Change: Codable {
    private enum CodingKeys: String, CodingKey { case op, kind, record, id }

    /// The collection a change is about; the raw value is the `kind` in JSON (and the record tag
    /// of a snapshot line).
    public enum Kind: String, Codable, CodingKey, CaseIterable, Sendable {
        case user, client, employer, vacancy, placement, melding, draft, proposal
    }

    public var kind: Kind {
        switch self {
        case .putUser: return .user
        case .putClient: return .client
        case .putEmployer: return .employer
        case .putVacancy: return .vacancy
        case .putPlacement: return .placement
        case .putMelding: return .melding
        case .putDraft: return .draft
        case .putProposal: return .proposal
        case .remove(let kind, _): return kind
        }
    }

    /// The id of the record the change writes or removes.
    public var recordId: String {
        switch self {
        case .putUser(let record): return record.name
        case .putClient(let record): return record.id
        case .putEmployer(let record): return record.id
        case .putVacancy(let record): return record.id
        case .putPlacement(let record): return record.id
        case .putMelding(let record): return record.id
        case .putDraft(let record): return record.id
        case .putProposal(let record): return record.id
        case .remove(_, let id): return id
        }
    }

    /// The id of the removed record for a remove, nil for a put.
    public var removedId: String? {
        switch self {
        case .remove(_, let id): return id
        default: return nil
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let op = try container.decode(String.self, forKey: .op)
        let kind = try container.decode(Kind.self, forKey: .kind)
        switch (op, kind) {
        case ("put", _): self = try Change.decodePut(kind, from: container, forKey: .record)
        case ("remove", _): self = .remove(kind, id: try container.decode(String.self, forKey: .id))
        default:
            throw DecodingError.dataCorruptedError(forKey: .op, in: container,
                                                   debugDescription: "unsupported change \(op) \(kind.rawValue)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        if let id = removedId {
            try container.encode("remove", forKey: .op)
            try container.encode(id, forKey: .id)
        } else {
            try container.encode("put", forKey: .op)
            try encodeRecord(into: &container, forKey: .record)
        }
    }

    /// Decodes the record of a put of `kind` stored under `key`.
    static func decodePut<Key: CodingKey>(_ kind: Kind, from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Change {
        switch kind {
        case .user: return .putUser(try container.decode(User.self, forKey: key))
        case .client: return .putClient(try container.decode(Client.self, forKey: key))
        case .employer: return .putEmployer(try container.decode(Employer.self, forKey: key))
        case .vacancy: return .putVacancy(try container.decode(Vacancy.self, forKey: key))
        case .placement: return .putPlacement(try container.decode(Placement.self, forKey: key))
        case .melding: return .putMelding(try container.decode(Melding.self, forKey: key))
        case .draft: return .putDraft(try container.decode(Draft.self, forKey: key))
        case .proposal: return .putProposal(try container.decode(Proposal.self, forKey: key))
        }
    }

    /// Encodes the record of a put under `key` (a remove has no record and encodes nothing).
    func encodeRecord<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
        switch self {
        case .putUser(let record): try container.encode(record, forKey: key)
        case .putClient(let record): try container.encode(record, forKey: key)
        case .putEmployer(let record): try container.encode(record, forKey: key)
        case .putVacancy(let record): try container.encode(record, forKey: key)
        case .putPlacement(let record): try container.encode(record, forKey: key)
        case .putMelding(let record): try container.encode(record, forKey: key)
        case .putDraft(let record): try container.encode(record, forKey: key)
        case .putProposal(let record): try container.encode(record, forKey: key)
        case .remove: break
        }
    }
}

/// Applying changes to the in-memory dataset (opening replays the journal with this).
extension Dataset {
    public mutating func apply(_ change: Change) {
        switch change {
        case .putUser(let user): users[user.name] = user
        case .putClient(let client): clients[client.id] = client
        case .putEmployer(let employer): employers[employer.id] = employer
        case .putVacancy(let vacancy): vacancies[vacancy.id] = vacancy
        case .putPlacement(let placement): placements[placement.id] = placement
        case .putMelding(let melding): meldingen[melding.id] = melding
        case .putDraft(let draft): drafts[draft.id] = draft
        case .putProposal(let proposal): proposals[proposal.id] = proposal
        case .remove(let kind, let id):
            switch kind {
            case .user: users[id] = nil
            case .client: clients[id] = nil
            case .employer: employers[id] = nil
            case .vacancy: vacancies[id] = nil
            case .placement: placements[id] = nil
            case .melding: meldingen[id] = nil
            case .draft: drafts[id] = nil
            case .proposal: proposals[id] = nil
            }
        }
    }

    public mutating func apply(_ edit: Edit) {
        for change in edit.changes { apply(change) }
    }

    /// The record of `kind` with `id` as a put, nil when there is none.
    public func put(_ kind: Change.Kind, id: String) -> Change? {
        switch kind {
        case .user: return users[id].map(Change.putUser)
        case .client: return clients[id].map(Change.putClient)
        case .employer: return employers[id].map(Change.putEmployer)
        case .vacancy: return vacancies[id].map(Change.putVacancy)
        case .placement: return placements[id].map(Change.putPlacement)
        case .melding: return meldingen[id].map(Change.putMelding)
        case .draft: return drafts[id].map(Change.putDraft)
        case .proposal: return proposals[id].map(Change.putProposal)
        }
    }

    /// Every record as a put, in the snapshot's order: by collection, then by id.
    var recordsInSnapshotOrder: [Change] {
        func sorted<T>(_ records: [String: T], _ wrap: (T) -> Change) -> [Change] {
            records.sorted { $0.key < $1.key }.map { wrap($0.value) }
        }
        return sorted(users, Change.putUser) + sorted(employers, Change.putEmployer)
            + sorted(vacancies, Change.putVacancy) + sorted(clients, Change.putClient)
            + sorted(placements, Change.putPlacement) + sorted(meldingen, Change.putMelding)
            + sorted(drafts, Change.putDraft) + sorted(proposals, Change.putProposal)
    }
}
