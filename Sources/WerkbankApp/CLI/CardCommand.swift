import Foundation
import WerkbankCore

/// `werkbank kaart --klant ID [--format text|markdown]`: the anonymous candidate card for an
/// employer (no name, BSN, address or amounts). Logged in the audit log as an export.
public enum CardCommand: Subcommand {
    public static let name = "kaart"
    public static let summaryKey = "cli.kaart.summary"
    public static let helpKey = "cli.kaart.help"
    public static let valuedOptions: Set<String> = ["klant", "format"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else { throw UsageError(cliText("cli.match.unexpected", arguments.positional[0])) }
        guard let clientId = arguments.options["klant"] else { throw UsageError(cliText("cli.kaart.missing_client")) }
        let format = (arguments.options["format"] ?? "text").lowercased()
        guard format == "text" || format == "markdown" else {
            throw UsageError(cliText("cli.match.bad_format", arguments.options["format"] ?? "", "text, markdown"))
        }
        let store = try context.openStore(try context.preparedDataDirectory(), readOnly: true)
        defer { store.close() }
        guard let client = store.data.clients[clientId] else { throw WerkbankError(cliText("cli.match.unknown_client", clientId)) }
        let card = CandidateCard(client: client, reference: cliText("cli.kaart.reference"), catalogue: store.data.instruments,
                                 today: Day.today(environment: context.environment))
        try store.recordAccess("export", subject: clientId, detail: "kaart format=\(format)")
        context.output.raw(format == "markdown" ? card.markdown : card.text)
        return 0
    }
}
