/// One change to the dataset. Commands (Sources/WerkbankCore/Commands) journal fine-grained
/// changes that say what changed — a field set (with its old value), an item added to a client,
/// an item or record updated (old and new) — so a journal line is small, language-neutral and
/// can be checked against the latest data and undone. A command `put`s only a new record (and
/// replaces one with an `update…` that carries the old value); a `put` over an existing record
/// stays for drafts, import and older journals.
/// A journaled `Edit` carries one or more changes that are applied together.
public enum Change: Sendable, Equatable {
    case putUser(User)
    case putClient(Client)
    case putEmployer(Employer)
    case putVacancy(Vacancy)
    case putPlacement(Placement)
    case putMelding(Melding)
    case putDraft(Draft)
    case putProposal(Proposal)
    /// Removes the record of `kind` with `id` (a no-op when there is none).
    case remove(Kind, id: String)
    /// Sets one field of a client; `old` is the value the edit was based on (nil = empty).
    case setField(client: String, field: ClientField, old: FieldValue?, new: FieldValue?)
    /// Adds an item (note, action, ladder observation, deployment, benefit period) to a client.
    case addItem(client: String, ClientItem)
    /// Replaces an item of a client (same kind and id) that was `old`.
    case updateItem(client: String, old: ClientItem, new: ClientItem)
    /// Takes an item out of a client (undo of an add).
    case removeItem(client: String, ClientItem)
    /// Replaces a placement that was `old` (a step on its path, its end).
    case updatePlacement(old: Placement, new: Placement)
    /// Replaces a melding that was `old` (aanvraag, besluit).
    case updateMelding(old: Melding, new: Melding)
    /// Replaces an employer that was `old` (the employer form).
    case updateEmployer(old: Employer, new: Employer)
    /// Replaces a vacancy that was `old` (the vacancy form, its status after a proposal or hire).
    case updateVacancy(old: Vacancy, new: Vacancy)
    /// Replaces a proposal that was `old` (the employer's answer).
    case updateProposal(old: Proposal, new: Proposal)
}

/// A client field's value in the journal: one text (codes, ISO dates, numbers, `true`/`false`)
/// or a list of texts.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    case list([String])
}

/// A part of a client record with its own id that commands add, update and remove one by one.
public enum ClientItem: Sendable, Hashable {
    case ladder(LadderObservation)
    case note(ContactNote)
    case action(PlanAction)
    case deployment(InstrumentDeployment)
    case benefit(BenefitPeriod)

    /// The `kind` in the journal.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case ladder, note, action, deployment, benefit
    }

    public var kind: Kind {
        switch self {
        case .ladder: return .ladder
        case .note: return .note
        case .action: return .action
        case .deployment: return .deployment
        case .benefit: return .benefit
        }
    }

    public var id: String {
        switch self {
        case .ladder(let item): return item.id
        case .note(let item): return item.id
        case .action(let item): return item.id
        case .deployment(let item): return item.id
        case .benefit(let item): return item.id
        }
    }
}

/// An acknowledged edit: one line of the journal (its JSON form is in ChangeCoding.swift).
public struct Edit: Sendable, Equatable {
    /// Unique id (UUID), so two writers' edits can be told apart.
    public var id: String
    /// Position in the data directory's history; strictly increasing.
    public var seq: Int
    /// ISO-8601 timestamp with time zone.
    public var at: String
    /// User name of who made the edit.
    public var user: String
    /// What changed, in Dutch words: only in journals of older versions (new edits leave it
    /// empty; Historie renders their `changes` in the reader's language).
    public var summary: String
    /// The client the edit is about, if any (for the client's history).
    public var subject: String?
    public var changes: [Change]
    /// `undo` or `redo` when the edit reverts an earlier one; nil for an ordinary edit.
    public var revert: Revert?

    public enum Revert: String, Sendable, Codable, CaseIterable {
        case undo, redo
    }

    public init(id: String, seq: Int, at: String, user: String, summary: String, subject: String?, changes: [Change],
                revert: Revert? = nil) {
        self.id = id; self.seq = seq; self.at = at; self.user = user; self.summary = summary
        self.subject = subject; self.changes = changes; self.revert = revert
    }
}

extension Change {
    /// The id of the item an `addItem` adds, nil for other changes.
    public var addedItemId: String? {
        if case .addItem(_, let item) = self { return item.id }
        return nil
    }
}
