/// A section of a schema-4 snapshot, in file order (docs/data-format.md): a collection of records,
/// or one part of every client. A read-only store can read only some of them (`Store.open(parts:)`).
public enum DataPart: String, CaseIterable, Sendable {
    case users = "user", employers = "employer", vacancies = "vacancy"
    case clients = "client"
    case clientProfiles = "client.profile", benefits = "client.benefits", ladder = "client.ladder"
    case notes = "client.notes", actions = "client.actions", deployments = "client.deployments"
    case placements = "placement", meldingen = "melding", drafts = "draft", proposals = "proposal"

    /// What the section's lines hold.
    enum Content {
        /// Records of a collection.
        case records(Change.Kind)
        /// One part of every client (the core: the client records themselves).
        case client(ClientPart)
    }

    var content: Content {
        switch self {
        case .users: return .records(.user)
        case .employers: return .records(.employer)
        case .vacancies: return .records(.vacancy)
        case .clients: return .client(.core)
        case .clientProfiles: return .client(.profile)
        case .benefits: return .client(.benefits)
        case .ladder: return .client(.ladder)
        case .notes: return .client(.notes)
        case .actions: return .client(.actions)
        case .deployments: return .client(.deployments)
        case .placements: return .records(.placement)
        case .meldingen: return .records(.melding)
        case .drafts: return .records(.draft)
        case .proposals: return .records(.proposal)
        }
    }

    var isClientPart: Bool {
        if case .client = content { return true }
        return false
    }

    /// The collection whose records the section holds (clients for their core).
    var kind: Change.Kind? {
        switch content {
        case .records(let kind): return kind
        case .client(let part): return part == .core ? .client : nil
        }
    }

    /// What reading `parts` takes: the users always (who is working is checked against them).
    /// A client part read without the core gives clients with only their id and that part.
    static func needed(for parts: Set<DataPart>) -> Set<DataPart> { parts.union([.users]) }
}
