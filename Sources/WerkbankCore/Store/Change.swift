/// One change to the dataset: put (insert or replace) or remove one record.
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
}

/// An acknowledged edit: one line of the journal (Codable is synthesized; Change's JSON form is in
/// ChangeCoding.swift).
public struct Edit: Sendable, Equatable, Codable {
    /// Unique id (UUID), so two writers' edits can be told apart.
    public var id: String
    /// Position in the data directory's history; strictly increasing.
    public var seq: Int
    /// ISO-8601 timestamp with time zone.
    public var at: String
    /// User name of who made the edit.
    public var user: String
    /// What changed, in words, for the history tab ("trede 2 → 3: …").
    public var summary: String
    /// The client the edit is about, if any (for the client's history).
    public var subject: String?
    public var changes: [Change]

    public init(id: String, seq: Int, at: String, user: String, summary: String, subject: String?, changes: [Change]) {
        self.id = id; self.seq = seq; self.at = at; self.user = user; self.summary = summary
        self.subject = subject; self.changes = changes
    }
}
