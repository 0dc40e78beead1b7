import WerkbankCore

extension CLIContext {
    /// Settles who works on `store` (`WhoIsWorking`: the user named with `--user` or
    /// `$WERKBANK_USER`, else the user of the OS login) and records that person on the store's
    /// journal and audit lines. For commands that record a person; an unknown or ambiguous
    /// name is a `UsageError` (exit 2) listing the users of this login. Returns the user record
    /// (nil while the directory has no users yet).
    @discardableResult
    func identify(on store: Store) throws -> User? {
        let who = WhoIsWorking.resolve(requested: requestedUser, login: osLogin, users: store.data.users)
        switch who {
        case .known(let user, let admin):
            store.act(as: user.name, admin: admin)
            return user
        case .noUsersYet(let name):
            store.act(as: name)
            return nil
        case .choose(let choices, let problem):
            let names = choices.map(\.name).joined(separator: ", ")
            let why = problem ?? cliText("cli.identity.not_settled", osLogin)
            throw UsageError(why + "; " + (choices.isEmpty ? cliText("cli.identity.no_users", osLogin)
                                                              : cliText("cli.identity.choose", names)))
        }
    }
}
