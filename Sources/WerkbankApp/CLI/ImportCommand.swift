import Foundation
import WerkbankCore

/// `werkbank import CSVDIR [--data DIR]`: reads the exchange files into the data directory,
/// all or nothing. The files are checked against the current data (opened read-only) first, so
/// any problem leaves the data directory exactly as it was.
public enum ImportCommand: Subcommand {
    public static let name = "import"
    public static let summaryKey = "cli.import.summary"
    public static let helpKey = "cli.import.help"
    public static let valuedOptions: Set<String> = []

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.count == 1 else { throw UsageError(cliText("cli.import.need_directory")) }
        let source = URL(fileURLWithPath: arguments.positional[0])
        let directory = try context.preparedDataDirectory()
        let progress = ProgressLine(output: context.errors, enabled: context.isTerminal)
        defer { progress.finish() }
        progress.status(cliText("cli.import.reading", directory.path))
        let current = try currentData(in: directory, user: context.user)
        var result = try CSVImport.read(directory: source, into: current.data, progress: progress.update)
        progress.status(cliText("cli.import.saving", directory.path))
        let store = try Store.open(directory, user: context.user)
        defer { store.close() }
        var base = current.seq
        while true {
            if store.seq != base {
                // Someone changed the data since it was read: merge into what is there now.
                result = try CSVImport.read(directory: source, into: store.data)
                base = store.seq
            }
            do {
                try store.replace(with: result.dataset, summary: cliText("cli.import.journal", source.path, result.summary.text),
                                  precondition: { _ in if store.seq != base { throw DataChangedMeanwhile() } })
                break
            } catch is DataChangedMeanwhile {
                continue
            }
        }
        context.output.line(cliText("cli.import.done", source.path, directory.path))
        context.output.line("  " + result.summary.text)
        store.warnings.forEach { context.errors.line($0) }
        return 0
    }

    /// The data in `directory` (read-only, no lock, nothing written), or an empty dataset when
    /// the directory does not exist yet or is empty.
    static func currentData(in directory: URL, user: String) throws -> (data: Dataset, seq: Int) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard !entries.isEmpty else { return (Dataset(), 0) }
        let store = try Store.open(directory, user: user, readOnly: true)
        defer { store.close() }
        return (store.data, store.seq)
    }
}

/// Another process wrote between reading the data and replacing it.
private struct DataChangedMeanwhile: Error {}

/// One updating line on standard error while an import reads the data directory, works through
/// large files ("klanten.csv 45.000/100.000 regels") and saves; silent when standard output is
/// not a terminal. Errors are printed after the line is cleared.
final class ProgressLine {
    private let output: TextOutput
    private let enabled: Bool
    private var shown = false
    /// Files smaller than this are done before a person could read the line.
    private let minimumRows = 10_000

    init(output: TextOutput, enabled: Bool) {
        self.output = output
        self.enabled = enabled
    }

    func update(_ file: ExchangeFile, _ done: Int, _ total: Int) {
        guard total >= minimumRows else { return }
        status(cliText("cli.import.progress", file.name, DutchNumber.integer(done), DutchNumber.integer(total)))
    }

    /// Replaces the line with `text`.
    func status(_ text: String) {
        guard enabled else { return }
        output.raw("\r\u{1B}[K" + text)
        shown = true
    }

    func finish() {
        if shown { output.raw("\r\u{1B}[K") }
        shown = false
    }
}
