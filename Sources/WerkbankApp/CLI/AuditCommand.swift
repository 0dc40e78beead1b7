import Foundation
import WerkbankCore

/// `werkbank audit --klant ID | --user NAAM [--format table|json] [--data DIR]`: the audit lines
/// about one client or by one user, oldest first, found through the audit index. Here `--user`
/// names whose lines to show; the lookup itself is recorded in the audit log as done by
/// `$WERKBANK_USER` or the OS login.
public enum AuditCommand: Subcommand {
    public static let name = "audit"
    public static let summaryKey = "cli.audit.summary"
    public static let helpKey = "cli.audit.help"
    public static let valuedOptions: Set<String> = ["klant", "client", "format"]

    /// One line of `--format json`.
    struct Row: Encodable {
        var tijd: String
        var door: String
        var actie: String
        var klant: String?
        var omschrijving: String
        var volgnummer: Int?
    }

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else { throw UsageError(cliText("cli.audit.no_arguments")) }
        let client = arguments.options["klant"] ?? arguments.options["client"]
        let user = arguments.options["user"]
        guard (client == nil) != (user == nil) else { throw UsageError(cliText("cli.audit.need_one")) }
        let format = arguments.options["format"] ?? "table"
        guard ["table", "json"].contains(format) else { throw UsageError(cliText("cli.audit.bad_format", format)) }

        let directory = try context.preparedDataDirectory()
        let records = try client.map { try AuditTrail.about(client: $0, in: directory) }
            ?? AuditTrail.by(user: user ?? "", in: directory)
        let actor = context.environment["WERKBANK_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? CLI.osUserName(context.environment)
        let store = try context.openStore(directory, user: actor, readOnly: true)
        defer { store.close() }
        try store.recordAccess("audit", subject: client, detail: client == nil ? cliText("cli.audit.detail_user", user ?? "") : cliText("cli.audit.detail_client"))

        if format == "json" {
            let rows = records.map { Row(tijd: $0.at, door: $0.user, actie: $0.action, klant: $0.subject, omschrijving: $0.detail, volgnummer: $0.seq) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.output.line(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return 0
        }
        guard !records.isEmpty else {
            context.output.line(cliText("cli.audit.none"))
            return 0
        }
        let header = [cliText("cli.audit.column.at"), cliText("cli.audit.column.user"), cliText("cli.audit.column.action"),
                      cliText("cli.audit.column.client"), cliText("cli.audit.column.detail")]
        let rows = records.map { [$0.at, $0.user, $0.action, $0.subject ?? "-", $0.detail].map(VisibleText.visible) }
        let widths = (0..<4).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let padded = (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            context.output.line((padded + [row[4]]).joined(separator: "  "))
        }
        return 0
    }
}
