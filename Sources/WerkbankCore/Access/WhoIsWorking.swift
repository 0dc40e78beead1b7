/// Who is working, decided from the name asked for (`--user`, `WERKBANK_USER`, the picker) and
/// the OS login (docs/multi-user.md):
///
/// - A user whose record names a `login` can only be worked as from that OS login.
/// - The users of a login are the users bound to it; when no user is bound to it, the unbound users.
/// - An admin bound to the current login may work as any user; every line then names the admin.
/// - A directory without users accepts any name (the first `werkbank user add` makes the admin).
public enum WhoIsWorking: Equatable, Sendable {
    /// A known user; `admin` is the administrator acting for them, nil when they work themselves.
    case known(User, admin: String?)
    /// The directory has no users yet: the name is recorded as given.
    case noUsersYet(String)
    /// No name was given and the login does not settle who it is: choose from `choices` (the
    /// login's users; empty when the login has none). `problem` says why, nil when nothing was asked.
    case choose([User], problem: String?)

    /// Decides who works: `requested` is the name asked for, nil when none was given.
    public static func resolve(requested: String?, login: String, users: [String: User]) -> WhoIsWorking {
        guard !users.isEmpty else { return .noUsersYet(requested ?? login) }
        let own = usersOf(login: login, in: users)
        guard let requested else {
            if let same = own.first(where: { $0.name == login }) { return .known(same, admin: nil) }
            if own.count == 1 { return .known(own[0], admin: nil) }
            return .choose(own, problem: nil)
        }
        guard let user = users[requested] else {
            return .choose(own, problem: coreText("access.unknown_user", requested))
        }
        if own.contains(user) { return .known(user, admin: nil) }
        if let admin = users.values.filter({ $0.login == login && $0.role == .admin }).map(\.name).min() {
            return .known(user, admin: admin)
        }
        return .choose(own, problem: coreText("access.other_login", requested, user.login ?? "", login))
    }

    /// The users `login` may work as without acting for someone: the users bound to it, or the
    /// unbound users when none is bound to it. Sorted by name.
    public static func usersOf(login: String, in users: [String: User]) -> [User] {
        let bound = users.values.filter { $0.login == login }
        let own = bound.isEmpty ? users.values.filter { $0.login == nil } : bound
        return own.sorted { $0.name < $1.name }
    }

    /// The name to record on journal and audit lines, nil when a person still has to be chosen.
    public var userName: String? {
        switch self {
        case .known(let user, _): return user.name
        case .noUsersYet(let name): return name
        case .choose: return nil
        }
    }

    /// The administrator acting for the user, if any.
    public var admin: String? {
        if case .known(_, let admin) = self { return admin }
        return nil
    }
}
