import Foundation

/// Adding a user: who may, and what a user record must hold.
public enum UserAdmin {
    /// The change that adds `user`, after checking it against `data`: only an admin (or anyone,
    /// while the directory has no users yet) may add users; the name must be new and the names
    /// plain (letters, digits, `.`, `_`, `-`). Throws a `WerkbankError` naming the field.
    public static func add(_ user: User, by actor: String, in data: Dataset) throws -> Change {
        if !data.users.isEmpty && data.users[actor]?.role != .admin {
            throw WerkbankError(coreText("access.admin_only_users", actor, "\(UserRole.admin.label) (\(UserRole.admin.rawValue))"))
        }
        guard isPlainName(user.name) else { throw WerkbankError(coreText("access.bad_name", "naam", user.name)) }
        if let login = user.login, !isPlainName(login) { throw WerkbankError(coreText("access.bad_name", "login", login)) }
        guard data.users[user.name] == nil else { throw WerkbankError(coreText("access.user_exists", user.name)) }
        guard !user.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WerkbankError(coreText("access.display_name_missing"))
        }
        return .putUser(user)
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 32 && name.unicodeScalars.allSatisfy {
            (("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || "._-".unicodeScalars.contains($0))
        } && !name.hasPrefix("-")
    }
}
