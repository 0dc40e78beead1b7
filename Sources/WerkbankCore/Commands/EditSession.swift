/// One person's working session on a store: runs commands and keeps what they did, so that undo
/// reverts *their own* last edit on *the client on screen* (issue 11.6) and redo brings it back.
/// Undo and redo are commands too: checked against the latest data (a value someone else changed
/// since is a conflict, not overwritten) and journaled as edits marked `undo` / `redo`.
public final class EditSession {
    public let store: Store
    public var context: CommandContext
    /// Steps done in this session, oldest first; a bulk command is one step of several edits.
    private var done: [Step] = []
    /// Steps undone, newest last, ready for redo.
    private var undone: [Step] = []

    struct Step {
        var user: String
        var action: EditPolicy.Action
        var edits: [Edit]

        func about(_ client: String?) -> Step? {
            guard let client else { return self }
            let own = edits.filter { $0.subject == client }
            return own.isEmpty ? nil : Step(user: user, action: action, edits: own)
        }

        func without(_ part: Step) -> Step {
            let ids = Set(part.edits.map(\.id))
            return Step(user: user, action: action, edits: edits.filter { !ids.contains($0.id) })
        }
    }

    /// What undo or redo did: the clients it touched and the edits it reverted or redid.
    public struct Outcome: Sendable {
        public var clients: [String]
        public var edits: [Edit]
    }

    public init(store: Store, context: CommandContext) {
        self.store = store
        self.context = context
    }

    /// Runs one command; it becomes one undo step.
    @discardableResult
    public func run(_ command: some EditCommand) throws -> Edit {
        let edit = try store.run(command, context)
        record(Step(user: context.user.name, action: command.action, edits: [edit]))
        return edit
    }

    /// Runs the commands one by one (a bulk action: one edit per client, so each client's
    /// Historie shows it) as one undo step. Stops at the first failure: the edits before it stay
    /// saved (and undoable) and are returned with the error.
    public func run<Command: EditCommand>(_ commands: [Command]) -> (edits: [Edit], error: Error?) {
        var edits: [Edit] = []
        var failure: Error?
        for command in commands {
            do { edits.append(try store.run(command, context)) } catch { failure = error; break }
        }
        if let first = commands.first, !edits.isEmpty {
            record(Step(user: context.user.name, action: first.action, edits: edits))
        }
        return (edits, failure)
    }

    /// Whether this person has something to undo about `client` (any client when nil).
    public func canUndo(client: String?) -> Bool { last(in: done, about: client) != nil }

    /// Reverts this person's last edit about `client` in this session (with `client` nil: their
    /// last step, all its clients). Throws a `WerkbankError` when there is nothing to undo or the
    /// edit may not be undone (a besluit), a conflict when someone changed what the edit wrote since.
    @discardableResult
    public func undo(client: String?) throws -> Outcome {
        guard let (index, part) = last(in: done, about: client) else {
            throw WerkbankError(coreText(client == nil ? "undo.nothing" : "undo.nothing_for_client", client ?? ""))
        }
        if let refusal = part.edits.lazy.flatMap(\.changes).compactMap(Self.finality).first { throw WerkbankError(refusal) }
        try replay(part, changes: { Self.inverse(of: $0.changes) }, revert: .undo)
        done[index] = done[index].without(part)
        if done[index].edits.isEmpty { done.remove(at: index) }
        undone.append(part)
        return Outcome(clients: Self.clients(of: part), edits: part.edits)
    }

    /// Does again what the last undo about `client` (any client when nil) reverted.
    @discardableResult
    public func redo(client: String?) throws -> Outcome {
        guard let (index, part) = last(in: undone, about: client) else {
            throw WerkbankError(coreText(client == nil ? "redo.nothing" : "redo.nothing_for_client", client ?? ""))
        }
        let redone = try replay(part, changes: { $0.changes }, revert: .redo)
        undone[index] = undone[index].without(part)
        if undone[index].edits.isEmpty { undone.remove(at: index) }
        done.append(Step(user: part.user, action: part.action, edits: redone))
        return Outcome(clients: Self.clients(of: part), edits: part.edits)
    }

    /// Journals `changes(edit)` for each edit of `step` (newest first for an undo), each checked
    /// by `RevertCommand`; stops at the first refusal (the parts before it stay reverted).
    @discardableResult
    private func replay(_ step: Step, changes: (Edit) -> [Change], revert: Edit.Revert) throws -> [Edit] {
        let edits = revert == .undo ? step.edits.reversed() : step.edits
        var result: [Edit] = []
        for edit in edits {
            let command = RevertCommand(subject: edit.subject, action: step.action, changes: changes(edit),
                                        created: revert == .undo ? Self.created(by: edit.changes) : [])
            result.append(try store.run(command, context, revert: revert))
        }
        return result
    }

    private func record(_ step: Step) {
        // Only what can be reverted is kept (a draft saved on the way is not).
        guard step.edits.contains(where: { !Self.inverse(of: $0.changes).isEmpty }) else { return }
        done.append(step)
        // A new edit on a client ends what could be redone there.
        let clients = Set(Self.clients(of: step))
        undone = undone.compactMap { old in
            let kept = old.edits.filter { $0.subject.map { !clients.contains($0) } ?? true }
            return kept.isEmpty ? nil : Step(user: old.user, action: old.action, edits: kept)
        }
    }

    private func last(in steps: [Step], about client: String?) -> (Int, Step)? {
        for index in steps.indices.reversed() where steps[index].user == context.user.name {
            if let part = steps[index].about(client) { return (index, part) }
        }
        return nil
    }

    private static func clients(of step: Step) -> [String] {
        var seen: [String] = []
        for case let subject? in step.edits.map(\.subject) where !seen.contains(subject) { seen.append(subject) }
        return seen
    }

    /// Why a change may not be undone, nil when it may: a besluit on a melding is a beschikking
    /// (Awb) that the person was told; only a new besluit changes it, not an undo.
    static func finality(of change: Change) -> String? {
        guard case .updateMelding(let old, let new) = change, new.decision != nil,
              old.decision != new.decision || old.decisionDate != new.decisionDate else { return nil }
        return coreText("undo.decision_final", new.id)
    }

    /// The puts of new records among `changes` (their undo removes them).
    static func created(by changes: [Change]) -> [Change] {
        changes.filter { inverse(of: [$0]).first?.removedId != nil }
    }

    /// The changes that revert `changes`, newest first. A new record (commands put only new
    /// ones) is removed again, an update swaps old and new; a draft that a completed form threw
    /// away stays away, a saved draft is no step of its own.
    static func inverse(of changes: [Change]) -> [Change] {
        changes.reversed().compactMap { change in
            switch change {
            case .setField(let client, let field, let old, let new): return .setField(client: client, field: field, old: new, new: old)
            case .addItem(let client, let item): return .removeItem(client: client, item)
            case .updateItem(let client, let old, let new): return .updateItem(client: client, old: new, new: old)
            case .removeItem(let client, let item): return .addItem(client: client, item)
            case .updatePlacement(let old, let new): return .updatePlacement(old: new, new: old)
            case .updateMelding(let old, let new): return .updateMelding(old: new, new: old)
            case .updateEmployer(let old, let new): return .updateEmployer(old: new, new: old)
            case .updateVacancy(let old, let new): return .updateVacancy(old: new, new: old)
            case .updateProposal(let old, let new): return .updateProposal(old: new, new: old)
            case .putClient, .putMelding, .putPlacement, .putEmployer, .putVacancy, .putProposal:
                return .remove(change.kind, id: change.recordId)
            case .putUser, .putDraft, .remove: return nil
            }
        }
    }
}

/// Journals changes an undo or redo worked out, for a person who may still make them. An undo
/// removes the records in `created` only while they are still as the undone edit put them.
struct RevertCommand: EditCommand {
    let subject: String?
    let action: EditPolicy.Action
    let changes: [Change]
    let created: [Change]

    func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: subject.flatMap { data.clients[$0] })
        for record in created {
            guard let current = data.put(record.kind, id: record.recordId), current != record else { continue }
            throw EditConflict(subject: record.recordSubject ?? subject, what: ChangeText.recordName(record, data: data),
                               theirs: ChangeText.recordState(current, data: data), yours: coreText("change.gone"), by: current.recordBy)
        }
    }

    func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] { changes }
}
