import Foundation
import WerkbankCore

/// `werkbank note add --klant ID`: reads notes from standard input, one per line, and saves each
/// as a contact note of the client; prints `ok N` once note N is on disk (fsync'ed). Other
/// instances may write the same directory meanwhile: each note is added to the client as it is
/// under the append lock.
public enum NoteCommand: Subcommand {
    public static let name = "note"
    public static let summaryKey = "cli.note.summary"
    public static let helpKey = "cli.note.help"
    public static let valuedOptions: Set<String> = ["klant", "client"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional == ["add"] else { throw UsageError(cliText("cli.note.usage")) }
        guard let clientId = arguments.options["klant"] ?? arguments.options["client"] else {
            throw UsageError(cliText("cli.note.need_client"))
        }
        let store = try Store.open(try context.preparedDataDirectory(), user: context.user)
        defer { store.close() }
        guard store.data.clients[clientId] != nil else { throw WerkbankError(cliText("cli.note.unknown_client", clientId)) }
        let today = Day.today(environment: context.environment)
        var count = 0
        while let line = readLine() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            try add(text, to: clientId, on: today, in: store)
            count += 1
            context.output.line("ok \(count)")
        }
        store.warnings.forEach { context.errors.line($0) }
        return 0
    }

    /// Adds the note to the client as it is under the lock, with every other process's edits.
    private static func add(_ text: String, to clientId: String, on day: Day, in store: Store) throws {
        let summary = appText("dossier.notes.summary_new", day.dutch, ContactChannel.meeting.label)
        try store.commit(summary: summary, subject: clientId) { latest in
            guard var client = latest.clients[clientId] else { throw WerkbankError(cliText("cli.note.unknown_client", clientId)) }
            let id = clientId + "-n-" + UUID().uuidString.prefix(8).lowercased()
            client.notes.append(ContactNote(id: id, date: day, by: store.user, channel: .meeting, text: text))
            return [.putClient(client)]
        }
    }
}
