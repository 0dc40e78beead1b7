/// Who runs a command, and on which day (dates typed into a form are checked against it).
public struct CommandContext: Sendable {
    public var user: User
    public var today: Day

    public init(user: User, today: Day) {
        self.user = user; self.today = today
    }
}

/// An edit as a command: typed input, checked (role, validation, the data the form was opened
/// on) and turned into fine-grained changes. `Store.run` checks it again against the latest data
/// right before the journal line is written.
public protocol EditCommand {
    /// The client the edit is about (its Historie shows the edit), nil for none.
    var subject: String? { get }
    /// The policy action the command needs (see `EditPolicy`).
    var action: EditPolicy.Action { get }
    /// Refuses (a `WerkbankError` naming the role or the problem, or an `EditConflict` when what
    /// the form was opened on changed) unless the command may run on `data`.
    func check(_ data: Dataset, _ context: CommandContext) throws
    /// The changes, built from data that passed `check`. May still refuse (nothing to change).
    func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change]
}

extension Store {
    /// Runs `command` for `context.user`: checks it, builds its changes and journals them as one
    /// edit. Right before the write, against the latest data, the check runs again and every
    /// change must still fit (a field still holds the value it was based on, an item id is free):
    /// otherwise nothing is written and the `EditConflict` or refusal is thrown.
    @discardableResult
    public func run(_ command: some EditCommand, _ context: CommandContext, revert: Edit.Revert? = nil) throws -> Edit {
        try command.check(data, context)
        let changes = try command.changes(data, context)
        guard !changes.isEmpty else { throw WerkbankError(coreText("command.nothing_changed")) }
        // A command about a client it makes itself (a besluit) names it through its changes.
        let subject = command.subject ?? changes.first { $0.kind == .client }?.recordId
        return try commit(changes, summary: "", subject: subject, revert: revert) { latest in
            try command.check(latest, context)
            for change in changes { try change.verify(against: latest) }
        }
    }
}

extension Change {
    /// Whether this change still fits `data`: the value or item it replaces is still there (or it
    /// already holds what this change writes), an added item's or new record's id is free.
    /// Throws an `EditConflict` with both values, or a `WerkbankError`.
    public func verify(against data: Dataset) throws {
        switch self {
        case .setField(let id, let field, let old, let new):
            let current = field.value(in: try data.existingClient(id))
            guard current == old || current == new else {
                throw EditConflict(subject: id, what: field.label, theirs: field.display(current), yours: field.display(new), by: nil)
            }
        case .addItem(let id, let item):
            guard try !data.existingClient(id).hasItem(item.kind, id: item.id) else {
                throw WerkbankError(coreText("command.id_taken", item.id))
            }
        case .updateItem(let id, let old, let new):
            let current = try data.existingClient(id).item(old.kind, id: old.id)
            guard current == old || current == new else {
                throw EditConflict(subject: id, what: ChangeText.item(old, data: data),
                                   theirs: current.map { ChangeText.itemState($0, data: data) } ?? coreText("change.gone"),
                                   yours: ChangeText.itemState(new, data: data), by: nil)
            }
        case .removeItem(let id, let item):
            let current = try data.existingClient(id).item(item.kind, id: item.id)
            guard current == nil || current == item else {
                throw EditConflict(subject: id, what: ChangeText.item(item, data: data), theirs: ChangeText.itemState(current!, data: data),
                                   yours: coreText("change.gone"), by: nil)
            }
        case .updatePlacement, .updateMelding, .updateEmployer, .updateVacancy, .updateProposal:
            let (old, new) = replaced!
            let current = data.put(kind, id: old.recordId)
            guard current == old || current == new else {
                throw EditConflict(subject: old.recordSubject, what: ChangeText.recordName(old, data: data),
                                   theirs: current.map { ChangeText.recordState($0, data: data) } ?? coreText("change.gone"),
                                   yours: ChangeText.recordState(new, data: data), by: current?.recordBy)
            }
        case .putClient, .putMelding, .putPlacement, .putEmployer, .putVacancy, .putProposal:
            // Commands put only new records: never replace one another writer made.
            guard data.put(kind, id: recordId) == nil else { throw WerkbankError(coreText("command.id_taken", recordId)) }
        case .putUser, .putDraft, .remove:
            break
        }
    }
}

extension Change {
    /// The client a record put is about (a placement's, melding's or proposal's), nil for others.
    var recordSubject: String? {
        switch self {
        case .putPlacement(let placement): return placement.clientId
        case .putMelding(let melding): return melding.clientId
        case .putProposal(let proposal): return proposal.clientId
        default: return nil
        }
    }

    /// Who last wrote a record put (a placement's or melding's `by`), nil when the record does not say.
    var recordBy: String? {
        switch self {
        case .putPlacement(let placement): return placement.by
        case .putMelding(let melding): return melding.by
        default: return nil
        }
    }
}

extension Dataset {
    /// The client `id`; a refusal when there is none (removed in the meantime, or a typo on the command line).
    public func existingClient(_ id: String) throws -> Client {
        guard let client = clients[id] else { throw WerkbankError(coreText("command.no_client", id)) }
        return client
    }
}
