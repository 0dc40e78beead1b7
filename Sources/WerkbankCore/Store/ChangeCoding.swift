/// The journal's JSON form of a change (docs/data-format.md):
/// `{"op":"put","kind":"client","record":{...}}`, `{"op":"remove","kind":"client","id":"..."}`,
/// `{"op":"set","kind":"client","id":"K1","field":"phone","old":"…","new":"…"}`,
/// `{"op":"add","kind":"note","client":"K1","record":{...}}`,
/// `{"op":"update","kind":"action","client":"K1","old":{...},"new":{...}}` (also the record
/// kinds placement, melding, employer, vacancy and proposal, without client) and `{"op":"remove","kind":"note","client":"K1","record":{...}}`.
extension Change: Codable {
    private enum CodingKeys: String, CodingKey { case op, kind, record, id, client, field, old, new }

    /// The collection a change is about; the raw value is the `kind` in JSON (and the record tag
    /// of a snapshot line).
    public enum Kind: String, Codable, CodingKey, CaseIterable, Sendable {
        case user, client, employer, vacancy, placement, melding, draft, proposal
    }

    /// The collection of the record the change writes (a client for the client-level changes).
    public var kind: Kind {
        switch self {
        case .putUser: return .user
        case .putClient, .setField, .addItem, .updateItem, .removeItem: return .client
        case .putEmployer, .updateEmployer: return .employer
        case .putVacancy, .updateVacancy: return .vacancy
        case .putPlacement, .updatePlacement: return .placement
        case .putMelding, .updateMelding: return .melding
        case .putDraft: return .draft
        case .putProposal, .updateProposal: return .proposal
        case .remove(let kind, _): return kind
        }
    }

    /// The id of the record the change writes or removes (the client's for the client-level changes).
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
        case .setField(let client, _, _, _), .addItem(let client, _), .updateItem(let client, _, _), .removeItem(let client, _):
            return client
        case .updatePlacement, .updateMelding, .updateEmployer, .updateVacancy, .updateProposal: return replaced!.new.recordId
        }
    }

    /// The id of the removed record for a remove, nil otherwise.
    public var removedId: String? {
        switch self {
        case .remove(_, let id): return id
        default: return nil
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let op = try container.decode(String.self, forKey: .op)
        let kindName = try container.decode(String.self, forKey: .kind)
        if let itemKind = ClientItem.Kind(rawValue: kindName) {
            let client = try container.decode(String.self, forKey: .client)
            switch op {
            case "add": self = .addItem(client: client, try ClientItem.decode(itemKind, from: container, forKey: .record))
            case "remove": self = .removeItem(client: client, try ClientItem.decode(itemKind, from: container, forKey: .record))
            case "update":
                self = .updateItem(client: client, old: try ClientItem.decode(itemKind, from: container, forKey: .old),
                                   new: try ClientItem.decode(itemKind, from: container, forKey: .new))
            default: throw Change.unsupported(op, kindName, in: container)
            }
            return
        }
        guard let kind = Kind(rawValue: kindName) else { throw Change.unsupported(op, kindName, in: container) }
        switch (op, kind) {
        case ("put", _): self = try Change.decodePut(kind, from: container, forKey: .record)
        case ("remove", _): self = .remove(kind, id: try container.decode(String.self, forKey: .id))
        case ("set", .client):
            self = .setField(client: try container.decode(String.self, forKey: .id),
                             field: try container.decode(ClientField.self, forKey: .field),
                             old: try container.decodeIfPresent(FieldValue.self, forKey: .old),
                             new: try container.decodeIfPresent(FieldValue.self, forKey: .new))
        case ("update", _):
            switch (try Change.decodePut(kind, from: container, forKey: .old), try Change.decodePut(kind, from: container, forKey: .new)) {
            case (.putPlacement(let old), .putPlacement(let new)): self = .updatePlacement(old: old, new: new)
            case (.putMelding(let old), .putMelding(let new)): self = .updateMelding(old: old, new: new)
            case (.putEmployer(let old), .putEmployer(let new)): self = .updateEmployer(old: old, new: new)
            case (.putVacancy(let old), .putVacancy(let new)): self = .updateVacancy(old: old, new: new)
            case (.putProposal(let old), .putProposal(let new)): self = .updateProposal(old: old, new: new)
            default: throw Change.unsupported(op, kindName, in: container)
            }
        default: throw Change.unsupported(op, kindName, in: container)
        }
    }

    private static func unsupported(_ op: String, _ kind: String, in container: KeyedDecodingContainer<CodingKeys>) -> Error {
        DecodingError.dataCorruptedError(forKey: .op, in: container, debugDescription: "unsupported change \(op) \(kind)")
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .remove(let kind, let id):
            try container.encode(kind, forKey: .kind)
            try container.encode("remove", forKey: .op)
            try container.encode(id, forKey: .id)
        case .setField(let client, let field, let old, let new):
            try container.encode("set", forKey: .op)
            try container.encode(Kind.client, forKey: .kind)
            try container.encode(client, forKey: .id)
            try container.encode(field, forKey: .field)
            try container.encodeIfPresent(old, forKey: .old)
            try container.encodeIfPresent(new, forKey: .new)
        case .addItem(let client, let item), .removeItem(let client, let item):
            try container.encode(removedItem == nil ? "add" : "remove", forKey: .op)
            try container.encode(item.kind, forKey: .kind)
            try container.encode(client, forKey: .client)
            try item.encode(into: &container, forKey: .record)
        case .updateItem(let client, let old, let new):
            try container.encode("update", forKey: .op)
            try container.encode(new.kind, forKey: .kind)
            try container.encode(client, forKey: .client)
            try old.encode(into: &container, forKey: .old)
            try new.encode(into: &container, forKey: .new)
        case .updatePlacement, .updateMelding, .updateEmployer, .updateVacancy, .updateProposal:
            try container.encode("update", forKey: .op)
            try container.encode(kind, forKey: .kind)
            try replaced!.old.encodeRecord(into: &container, forKey: .old)
            try replaced!.new.encodeRecord(into: &container, forKey: .new)
        default:
            try container.encode(kind, forKey: .kind)
            try container.encode("put", forKey: .op)
            try encodeRecord(into: &container, forKey: .record)
        }
    }

    /// The record an `update…` change replaces and its replacement, as puts; nil for other changes.
    public var replaced: (old: Change, new: Change)? {
        switch self {
        case .updatePlacement(let old, let new): return (.putPlacement(old), .putPlacement(new))
        case .updateMelding(let old, let new): return (.putMelding(old), .putMelding(new))
        case .updateEmployer(let old, let new): return (.putEmployer(old), .putEmployer(new))
        case .updateVacancy(let old, let new): return (.putVacancy(old), .putVacancy(new))
        case .updateProposal(let old, let new): return (.putProposal(old), .putProposal(new))
        default: return nil
        }
    }

    private var removedItem: ClientItem? {
        if case .removeItem(_, let item) = self { return item }
        return nil
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

    /// Encodes the record of a put under `key` (other changes have no record and encode nothing).
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
        default: break
        }
    }
}

extension ClientItem {
    static func decode<Key: CodingKey>(_ kind: Kind, from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> ClientItem {
        switch kind {
        case .ladder: return .ladder(try container.decode(LadderObservation.self, forKey: key))
        case .note: return .note(try container.decode(ContactNote.self, forKey: key))
        case .action: return .action(try container.decode(PlanAction.self, forKey: key))
        case .deployment: return .deployment(try container.decode(InstrumentDeployment.self, forKey: key))
        case .benefit: return .benefit(try container.decode(BenefitPeriod.self, forKey: key))
        }
    }

    func encode<Key: CodingKey>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
        switch self {
        case .ladder(let item): try container.encode(item, forKey: key)
        case .note(let item): try container.encode(item, forKey: key)
        case .action(let item): try container.encode(item, forKey: key)
        case .deployment(let item): try container.encode(item, forKey: key)
        case .benefit(let item): try container.encode(item, forKey: key)
        }
    }
}

/// A text value is a JSON string, a list a JSON array of strings.
extension FieldValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        }
    }
}

/// `summary` is written only when not empty (older journals always have it); `revert` only for
/// an undo or redo.
extension Edit: Codable {
    private enum CodingKeys: String, CodingKey { case id, seq, at, user, summary, subject, changes, revert }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), seq: try container.decode(Int.self, forKey: .seq),
                  at: try container.decode(String.self, forKey: .at), user: try container.decode(String.self, forKey: .user),
                  summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "",
                  subject: try container.decodeIfPresent(String.self, forKey: .subject),
                  changes: try container.decode([Change].self, forKey: .changes),
                  revert: try container.decodeIfPresent(Revert.self, forKey: .revert))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(seq, forKey: .seq)
        try container.encode(at, forKey: .at)
        try container.encode(user, forKey: .user)
        if !summary.isEmpty { try container.encode(summary, forKey: .summary) }
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encode(changes, forKey: .changes)
        try container.encodeIfPresent(revert, forKey: .revert)
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
        case .setField(let client, let field, _, let new):
            changeClient(client) { field.set(new, in: &$0) }
        case .addItem(let client, let item):
            changeClient(client) { $0.insert(item) }
        case .updateItem(let client, _, let new):
            changeClient(client) { $0.insert(new) }
        case .removeItem(let client, let item):
            changeClient(client) { $0.removeItem(item.kind, id: item.id) }
        case .updatePlacement, .updateMelding, .updateEmployer, .updateVacancy, .updateProposal:
            apply(change.replaced!.new)
        }
    }

    /// Changes the client `id` (when there is one) and counts the edit in its `version`.
    private mutating func changeClient(_ id: String, _ body: (inout Client) -> Void) {
        guard var client = clients[id] else { return }
        body(&client)
        client.version += 1
        clients[id] = client
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

    /// The records of collection `kind` as puts, sorted by id.
    func sortedRecords(_ kind: Change.Kind) -> [Change] {
        func sorted<T>(_ records: [String: T], _ wrap: (T) -> Change) -> [Change] {
            records.sorted { $0.key < $1.key }.map { wrap($0.value) }
        }
        func sorted<T>(_ records: RecordTable<T>, _ wrap: (T) -> Change) -> [Change] {
            records.values.sorted { $0.id < $1.id }.map(wrap)
        }
        switch kind {
        case .user: return sorted(users, Change.putUser)
        case .client: return sorted(clients, Change.putClient)
        case .employer: return sorted(employers, Change.putEmployer)
        case .vacancy: return sorted(vacancies, Change.putVacancy)
        case .placement: return sorted(placements, Change.putPlacement)
        case .melding: return sorted(meldingen, Change.putMelding)
        case .draft: return sorted(drafts, Change.putDraft)
        case .proposal: return sorted(proposals, Change.putProposal)
        }
    }
}
