import Foundation
import WerkbankCore

/// `werkbank note add --klant ID [--kanaal K]`: reads notes from standard input, one per line,
/// and adds each with the `AddNote` command; prints `ok N` once note N is durable (fsync'ed).
/// `werkbank note list --klant ID [--format json]`: the client's notes, oldest first.
/// `--client` is accepted for `--klant`.
public enum NoteCommand: Subcommand {
    public static let name = "note"
    public static let summaryKey = "cli.note.summary"
    public static let helpKey = "cli.note.help"
    public static let valuedOptions: Set<String> = ["klant", "client", "kanaal", "format"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.count == 1, let verb = arguments.positional.first, ["add", "list"].contains(verb) else {
            throw UsageError(cliText("cli.note.usage"))
        }
        guard let clientId = arguments.options["klant"] ?? arguments.options["client"], !clientId.isEmpty else {
            throw UsageError(cliText("cli.note.no_client"))
        }
        let directory = try context.preparedDataDirectory()
        if verb == "list" {
            let store = try context.openStore(directory, readOnly: true)
            return try list(try store.data.existingClient(clientId), store: store, format: arguments.options["format"] ?? "table", context: context)
        }
        let channel = try arguments.options["kanaal"].map { text in
            guard let channel = ContactChannel(code: text) else {
                throw UsageError(cliText("cli.note.bad_channel", text, ContactChannel.codes.joined(separator: ", ")))
            }
            return channel
        } ?? .meeting
        let store = try context.openStore(directory)
        defer { store.close() }
        guard let user = store.data.users[context.user] else { throw WerkbankError(cliText("cli.note.unknown_user", context.user)) }
        let commandContext = CommandContext(user: user, today: Day.today(environment: context.environment))
        var count = 0
        while let line = readLine(strippingNewline: true) {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            try store.run(AddNote(client: clientId, date: commandContext.today, channel: channel, text: line), commandContext)
            count += 1
            context.output.line("ok \(count)")
        }
        return 0
    }

    /// One note as `note list --format json` prints it.
    private struct Listed: Encodable {
        var id: String
        var tekst: String
        var datum: String
        var door: String
        var kanaal: String
    }

    private static func list(_ client: Client, store: Store, format: String, context: CLIContext) throws -> Int32 {
        // By date; notes of one day in the order they were added.
        let notes = try store.notes(of: client.id).enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        switch format {
        case "json":
            let listed = notes.map { Listed(id: $0.id, tekst: $0.text, datum: $0.date.iso, door: $0.by, kanaal: $0.channel.code) }
            context.output.line(String(decoding: try FastJSONEncoder().encode(listed), as: UTF8.self))
        case "table":
            for note in notes { context.output.line("\(note.date.dutch)  \(note.by)  \(note.channel.label)  \(note.text)") }
        default:
            throw UsageError(cliText("cli.note.bad_format", format))
        }
        return 0
    }
}
