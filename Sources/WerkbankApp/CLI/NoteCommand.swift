import Foundation
import WerkbankCore

/// `werkbank note add --klant ID`: reads notes from standard input, one per line, and saves each
/// as a contact note of the client; prints `ok N` once note N is on disk (fsync'ed). Other
/// instances may write the same directory meanwhile: each note is built from the latest data
/// and saved only when the client did not change in between (else it is built again).
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

    private static func add(_ text: String, to clientId: String, on day: Day, in store: Store) throws {
        while true {
            _ = try store.refresh()
            guard var client = store.data.clients[clientId] else { throw WerkbankError(cliText("cli.note.unknown_client", clientId)) }
            let base = client.version
            let id = clientId + "-n-" + UUID().uuidString.prefix(8).lowercased()
            client.notes.append(ContactNote(id: id, date: day, by: store.user, channel: .meeting, text: text))
            do {
                try store.commit([.putClient(client)], summary: appText("dossier.notes.summary_new", day.dutch, ContactChannel.meeting.label),
                                 subject: clientId, precondition: { data in
                    guard let now = data.clients[clientId], now.version == base else {
                        throw EditConflict(subject: clientId, what: "notities", theirs: "", yours: text, by: nil)
                    }
                })
                return
            } catch is EditConflict {
                continue   // someone changed the client meanwhile: build the note on the latest data
            }
        }
    }
}
