/// The intaker's commands: a melding, the aanvraag and besluit on it, completing the intake of a
/// client, and forms in progress (drafts). Each completed form is checked with `IntakeRules` and
/// removes its draft in the same edit.

/// A new melding (id `M` + the next number; `Store.run` refuses a number another writer took).
public struct RecordMelding: EditCommand {
    public let form: IntakeForm, draftId: String?
    public var subject: String? { form.isEmpty(.linkedClient) ? nil : form.text(.linkedClient) }
    public var action: EditPolicy.Action { .melding }

    public init(_ form: IntakeForm, draftId: String?) {
        self.form = form; self.draftId = draftId
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        try IntakeCommandRules.requireComplete(form, data: data, today: context.today)
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        let id = IntakeRecordIDs.next(prefix: "M", existing: data.meldingen.keys)
        return [.putMelding(IntakeRecords.melding(from: form, id: id, by: context.user.name))] + DiscardDraft.removal(draftId)
    }
}

/// The aanvraag and besluit on a melding (`basis`, as the form was opened). A granted besluit
/// adds a benefit period to the client, made from the melding's person when there is none yet.
public struct DecideMelding: EditCommand {
    public let form: IntakeForm, basis: Melding, draftId: String?
    public var subject: String? { basis.clientId }
    public var action: EditPolicy.Action { .melding }

    public init(_ form: IntakeForm, melding basis: Melding, draftId: String?) {
        self.form = form; self.basis = basis; self.draftId = draftId
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        try IntakeCommandRules.requireComplete(form, data: data, today: context.today)
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        var changes: [Change] = []
        for change in IntakeRecords.decide(form, melding: basis, data: data) {
            switch change {
            case .putMelding(let decided): changes.append(.updateMelding(old: basis, new: decided))
            case .putClient(var client):
                if let old = data.clients[client.id] {
                    client.benefits = client.benefits.map { benefit in
                        guard old.item(.benefit, id: benefit.id) == nil else { return benefit }
                        var fresh = benefit
                        fresh.id = RecordID.make(client.id + "-u")
                        return fresh
                    }
                    changes += Change.diff(old, client)
                } else {
                    changes.append(.putClient(client))
                }
            default: changes.append(change)
            }
        }
        return changes + DiscardDraft.removal(draftId)
    }

    /// The client the besluit gave a benefit to, when granted (from the changes `Store.run` journaled).
    public static func decidedClient(in edit: Edit) -> String? {
        edit.changes.lazy.compactMap { change -> String? in
            switch change {
            case .putClient(let client): return client.id
            case .addItem(let id, .benefit): return id
            default: return nil
            }
        }.first
    }
}

/// The intake wizard's result for a client: the fields it changed, a `start` and a `verwacht`
/// ladder observation, the coach.
public struct CompleteIntake: EditCommand {
    public let form: IntakeForm, draftId: String?
    public var subject: String? { form.clientId }
    public var action: EditPolicy.Action { .intake }

    public init(_ form: IntakeForm, draftId: String?) {
        self.form = form; self.draftId = draftId
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        _ = try data.existingClient(form.clientId ?? "")
        try IntakeCommandRules.requireComplete(form, data: data, today: context.today)
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        let client = try data.existingClient(form.clientId ?? "")
        var updated = IntakeRecords.completeIntake(form, client: client, by: context.user.name, today: context.today)
        updated.ladder = updated.ladder.map { observation in
            guard client.item(.ladder, id: observation.id) == nil else { return observation }
            var fresh = observation
            fresh.id = RecordID.make(client.id + "-t")
            return fresh
        }
        return Change.diff(client, updated) + DiscardDraft.removal(draftId)
    }
}

/// Saves a form in progress as the person's draft (only their own, unless an admin).
public struct SaveDraft: EditCommand {
    public let draft: Draft
    public var subject: String? { nil }
    public var action: EditPolicy.Action { .draft }

    public init(_ draft: Draft) { self.draft = draft }

    /// A new draft id.
    public static func newId() -> String { RecordID.make("C") }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        try DiscardDraft.requireOwn(data.drafts[draft.id], context)
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] { [.putDraft(draft)] }
}

/// Throws a draft away.
public struct DiscardDraft: EditCommand {
    public let draftId: String
    public var subject: String? { nil }
    public var action: EditPolicy.Action { .draft }

    public init(_ draftId: String) { self.draftId = draftId }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user)
        try Self.requireOwn(data.drafts[draftId], context)
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] { Self.removal(draftId) }

    static func removal(_ draftId: String?) -> [Change] { draftId.map { [.remove(.draft, id: $0)] } ?? [] }

    static func requireOwn(_ draft: Draft?, _ context: CommandContext) throws {
        guard let draft, draft.user != context.user.name, context.user.role != .admin else { return }
        throw WerkbankError(coreText("command.not_your_draft", draft.user))
    }
}

enum IntakeCommandRules {
    static func requireComplete(_ form: IntakeForm, data: Dataset, today: Day) throws {
        let problems = IntakeRules.problems(form, data: data, today: today)
        guard let first = problems.min(by: { $0.key.rawValue < $1.key.rawValue }) else { return }
        throw WerkbankError(coreText("command.form_incomplete", problems.count, first.value))
    }
}

extension Change {
    /// The changes that turn client `old` into `new`: a `setField` per field that differs, an
    /// `addItem` per new item and an `updateItem` per changed one (removals are not made by forms).
    public static func diff(_ old: Client, _ new: Client) -> [Change] {
        var changes: [Change] = ClientField.allCases.compactMap { field in
            let before = field.value(in: old), after = field.value(in: new)
            return before == after ? nil : .setField(client: old.id, field: field, old: before, new: after)
        }
        let items: [ClientItem] = new.ladder.map(ClientItem.ladder) + new.notes.compactMap(\.held).map(ClientItem.note) + new.actions.map(ClientItem.action)
            + new.deployments.map(ClientItem.deployment) + new.benefits.map(ClientItem.benefit)
        for item in items {
            switch old.item(item.kind, id: item.id) {
            case nil: if !old.hasItem(item.kind, id: item.id) { changes.append(.addItem(client: old.id, item)) }
            case let previous? where previous != item: changes.append(.updateItem(client: old.id, old: previous, new: item))
            default: break
            }
        }
        return changes
    }
}
