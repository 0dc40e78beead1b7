import Foundation
import TerminalUI
import WerkbankCore

/// `werkbank user add NAAM --role ROL --naam "…" [--login OSLOGIN]` (an admin, or anyone while the
/// directory has no users) and `werkbank user list [--format table|json]`.
public enum UserCommand: Subcommand {
    public static let name = "user"
    public static let summaryKey = "cli.user.summary"
    public static let helpKey = "cli.user.help"
    public static let valuedOptions: Set<String> = ["role", "naam", "login", "format"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        switch arguments.positional.first {
        case "add": return try add(arguments, context: context)
        case "list": return try list(arguments, context: context)
        default: throw UsageError(cliText("cli.user.which", arguments.positional.first ?? ""))
        }
    }

    private static func add(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.count == 2 else { throw UsageError(cliText("cli.user.need_name")) }
        let roles = UserRole.allCases.map(\.rawValue).joined(separator: ", ")
        guard let roleText = arguments.options["role"], let role = UserRole(code: roleText) else {
            throw UsageError(cliText("cli.user.bad_role", arguments.options["role"] ?? "", roles))
        }
        let user = User(name: arguments.positional[1], displayName: arguments.options["naam"] ?? "", role: role,
                        login: arguments.options["login"])
        let store = try context.openStore(try context.preparedDataDirectory())
        defer { store.close() }
        try context.identify(on: store)
        let actor = store.user
        // Checked again against the latest data right before the write.
        try store.commit([try UserAdmin.add(user, by: actor, in: store.data)],
                         summary: cliText("cli.user.added_summary", user.name, role.label)) { data in
            _ = try UserAdmin.add(user, by: actor, in: data)
        }
        context.output.line(cliText("cli.user.added", user.name, user.displayName, role.label))
        store.warnings.forEach { context.errors.line($0) }
        return 0
    }

    private static func list(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.count == 1 else { throw UsageError(cliText("cli.user.list_no_arguments")) }
        let format = arguments.options["format"] ?? "table"
        guard format == "table" || format == "json" else { throw UsageError(cliText("cli.user.bad_format", format)) }
        let store = try context.openStore(try context.preparedDataDirectory(), readOnly: true)
        defer { store.close() }
        let users = store.data.users.values.sorted { $0.name < $1.name }
        if format == "json" {
            let rows = users.map { ListedUser(gebruiker: $0.name, naam: $0.displayName, rol: $0.role.rawValue, login: $0.login) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.line(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return 0
        }
        let header = [cliText("cli.user.column.name"), cliText("cli.user.column.display"), cliText("cli.user.column.role"),
                      cliText("cli.user.column.login")]
        let rows = [header] + users.map { [$0.name, $0.displayName, $0.role.label, $0.login ?? "—"] }
        let widths = header.indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { index, text in text + String(repeating: " ", count: widths[index] - DisplayWidth.of(text)) }
            context.output.line(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        return 0
    }

    /// One user in `user list --format json` (keys in Dutch, as in the other JSON output).
    private struct ListedUser: Encodable {
        var gebruiker: String
        var naam: String
        var rol: String
        var login: String?
    }
}
