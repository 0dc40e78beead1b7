/// What each role may change (issue 11.4), checked by every command in Core — never by a screen.
///
/// - werkcoach: the clients of their own caseload (fields, ladder, notes, actions, instruments,
///   placements); another coach's client is refused.
/// - intaker: meldingen, aanvragen, besluiten, intake, new clients (and their drafts).
/// - supervisor (teamleider): no changes to clients; figures only.
/// - admin: everything, and alone: users, the instrument catalogue, reassigning clients, compaction,
///   and employers (accountmanager, contacts, agreements).
/// - employer desk: werkcoaches and admins add and edit vacancies (coaches receive them from
///   employers too), propose candidates — any client; a client of another coach goes through
///   that coach (`Proposal.throughCoach`) — and record the employer's answers. A hire starts a
///   placement, so it is case work on the client as well (`RecordAnswer`).
/// - everyone: their own drafts (what a form held when the program was ended), never another's.
public enum EditPolicy {
    /// The kinds of change a role may or may not make.
    public enum Action: String, CaseIterable, Sendable {
        /// Client fields, ladder, notes, actions, instrument deployments, placements, undo of those.
        case caseWork
        /// Giving a client to a (different) coach.
        case assignCoach
        /// Meldingen, aanvragen and besluiten (and new clients a besluit makes).
        case melding
        /// Completing the intake of a client (fields, start and expected rung, coach).
        case intake
        /// Saving or discarding one's own form in progress (intake forms, and any form open when the
        /// program was ended): every role, for their own drafts only (`DiscardDraft.requireOwn`).
        case draft
        case users
        case instrumentCatalogue
        case compaction
        /// Adding and editing employers and their agreements.
        case employers
        /// Adding and editing vacancies.
        case vacancies
        /// Proposing candidates and recording the employer's answers.
        case proposals
    }

    /// The roles that may do `action` (for case work: on the clients of their own caseload).
    public static func roles(for action: Action) -> [UserRole] {
        switch action {
        case .caseWork, .vacancies, .proposals: return [.coach, .admin]
        case .melding, .intake: return [.intaker, .admin]
        case .draft: return UserRole.allCases
        case .assignCoach, .users, .instrumentCatalogue, .compaction, .employers: return [.admin]
        }
    }

    public static func allows(_ action: Action, user: User, client: Client? = nil) -> Bool {
        guard roles(for: action).contains(user.role) else { return false }
        if action == .caseWork, user.role == .coach { return client?.coach == user.name }
        return true
    }

    /// Throws a refusal that names who may do it, unless `user` may do `action` (on `client`).
    public static func check(_ action: Action, user: User, client: Client? = nil) throws {
        guard !allows(action, user: user, client: client) else { return }
        let who: String
        if action == .caseWork {
            let coach = client.map { $0.coach.isEmpty ? "—" : $0.coach } ?? "—"
            who = coreText("policy.who.own_coach", coach)
        } else {
            who = roles(for: action).map(\.label).joined(separator: coreText("policy.or"))
        }
        throw WerkbankError(coreText("policy.refused", user.name, user.role.label, coreText("policy.action.\(action.rawValue)"), who))
    }
}
