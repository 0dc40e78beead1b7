import Foundation
import WerkbankCore

/// `werkbank import CSVDIR [--data DIR] [--dry-run] [--vervang] [--problemen FILE]
/// [--afwijzen FILE]`: reads the exchange files into the data directory. The files are checked
/// against the current data (opened read-only) first, so any problem leaves the data directory
/// exactly as it was. Before saving it prints what changes per collection, and it refuses to
/// empty a collection or remove more than a tenth of one unless `--vervang` is given.
public enum ImportCommand: Subcommand {
    public static let name = "import"
    public static let summaryKey = "cli.import.summary"
    public static let helpKey = "cli.import.help"
    public static let valuedOptions: Set<String> = ["problemen", "afwijzen"]
    public static let flags: Set<String> = ["vervang", "dry-run"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.count == 1 else { throw UsageError(cliText("cli.import.need_directory")) }
        let source = URL(fileURLWithPath: arguments.positional[0])
        let directory = try context.preparedDataDirectory()
        let problemsFile = try reportFile(arguments, "problemen", source: source, data: directory)
        let rejectsFile = try reportFile(arguments, "afwijzen", source: source, data: directory)
        let dryRun = arguments.flags.contains("dry-run")
        let progress = ProgressLine(output: context.errors, enabled: context.isTerminal)
        defer { progress.finish() }
        let reading = cliText("cli.import.reading", directory.path)
        progress.status(reading)
        let current = try currentData(in: directory, user: context.user) { progress.bar(reading, $0) }

        /// Reads the CSV into `data`, writes the rejects file, and refuses what would remove too much.
        func prepare(into data: Dataset, progress update: ImportProgress?) throws -> (result: ImportResult, changes: ImportChanges) {
            let result: ImportResult
            do {
                result = try CSVImport.read(directory: source, into: data, rejecting: rejectsFile != nil, progress: update)
            } catch let failure as ImportFailure {
                throw try error(for: failure, problemsFile: problemsFile)
            }
            if let rejectsFile { try AtomicFile.write(RejectedRow.file(result.rejected), to: rejectsFile) }
            let changes = ImportChanges(from: data, to: result.dataset)
            let refusals = changes.refusals
            guard refusals.isEmpty || arguments.flags.contains("vervang") else {
                progress.finish()
                show(changes, context: context)
                throw WerkbankError(cliText("cli.import.refused"), details: refusals.map { "  " + $0 } + [cliText("cli.import.use_replace")])
            }
            return (result, changes)
        }

        var (result, changes) = try prepare(into: current.data, progress: progress.update)
        if dryRun {
            progress.finish()
            show(changes, context: context)
            context.output.line(cliText("cli.import.dry_run", source.path, directory.path))
            context.output.line("  " + result.summary.text)
            showRejects(result, rejectsFile, context: context)
            return 0
        }
        let saving = cliText("cli.import.saving", directory.path)
        progress.status(saving)
        let store = try Store.open(directory, user: context.user) { progress.bar(saving, $0) }
        defer { store.close() }
        try context.identify(on: store)
        var base = current.seq
        while true {
            if store.seq != base {
                // Someone changed the data since it was read: merge into what is there now.
                (result, changes) = try prepare(into: store.data, progress: nil)
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
        progress.finish()
        show(changes, context: context)
        context.output.line(cliText("cli.import.done", source.path, directory.path))
        context.output.line("  " + result.summary.text)
        showRejects(result, rejectsFile, context: context)
        store.warnings.forEach { context.errors.line($0) }
        return 0
    }

    /// The error that stops an import: the first problems and, when there are more, either
    /// where all of them were written (`--problemen FILE`) or how to get them.
    static func error(for failure: ImportFailure, problemsFile: URL?) throws -> WerkbankError {
        var error = failure.error()
        if let problemsFile {
            try AtomicFile.write(failure.listing, to: problemsFile)
            error.details.append(cliText("cli.import.problems_written", DutchNumber.integer(failure.problems.count), problemsFile.path))
        } else if failure.problems.count > CSVImport.problemLimit {
            error.details.append(cliText("cli.import.problems_hint"))
        }
        return error
    }

    static func show(_ changes: ImportChanges, context: CLIContext) {
        context.output.line(cliText("cli.import.changes"))
        changes.collections.forEach { context.output.line("  " + $0.text) }
    }

    static func showRejects(_ result: ImportResult, _ file: URL?, context: CLIContext) {
        guard let file else { return }
        context.output.line(cliText("cli.import.rejects_written", DutchNumber.integer(result.rejected.count), file.path))
    }

    /// The file named by `--problemen` or `--afwijzen`; it may not be one of the files being
    /// imported nor lie in the data directory.
    static func reportFile(_ arguments: Arguments, _ option: String, source: URL, data: URL) throws -> URL? {
        guard let path = arguments.options[option] else { return nil }
        let file = URL(fileURLWithPath: path).standardizedFileURL
        let inputs = ExchangeFile.allCases.map { source.appendingPathComponent($0.name).standardizedFileURL.path }
        let dataPath = data.standardizedFileURL.path + "/"
        guard !path.isEmpty, !inputs.contains(file.path), !file.path.hasPrefix(dataPath) else {
            throw UsageError(cliText("cli.import.bad_report_file", option, path))
        }
        return file
    }

    /// The data in `directory` (read-only, no lock, nothing written), or an empty dataset when
    /// the directory does not exist yet or is empty.
    static func currentData(in directory: URL, user: String,
                            progress: LoadProgress? = nil) throws -> (data: Dataset, seq: Int) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard !entries.isEmpty else { return (Dataset(), 0) }
        let store = try Store.open(directory, user: user, readOnly: true, progress: progress)
        defer { store.close() }
        return (store.data, store.seq)
    }
}

/// Another process wrote between reading the data and replacing it.
private struct DataChangedMeanwhile: Error {}
