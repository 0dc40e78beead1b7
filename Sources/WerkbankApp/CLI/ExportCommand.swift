import Foundation
import WerkbankCore

/// `werkbank export CSVDIR [--data DIR]`: writes the data as the four exchange files. The data
/// directory is opened read-only; the export is recorded in its audit log first, because the
/// files hold personal data.
public enum ExportCommand: Subcommand {
    public static let name = "export"
    public static let summaryKey = "cli.export.summary"
    public static let helpKey = "cli.export.help"
    public static let valuedOptions: Set<String> = []

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.count == 1 else { throw UsageError(cliText("cli.export.need_directory")) }
        let target = URL(fileURLWithPath: arguments.positional[0])
        let store = try context.openStore(try context.preparedDataDirectory(), readOnly: true)
        defer { store.close() }
        try context.identify(on: store)
        let counts = cliText("cli.export.counts", DutchNumber.integer(store.data.clients.count),
                             DutchNumber.integer(store.data.meldingen.count))
        try store.recordAccess("export", subject: nil, detail: target.standardizedFileURL.path + ": " + counts)
        try CSVExport.write(store.data, to: target)
        context.output.line(cliText("cli.export.done", counts, target.path))
        store.warnings.forEach { context.errors.line($0) }
        return 0
    }
}
