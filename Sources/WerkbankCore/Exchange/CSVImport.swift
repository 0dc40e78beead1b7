import Foundation

/// Reads the exchange files (docs/exchange-format.md) into a dataset. All or nothing by default: every
/// problem is collected as `file:line:column: reason` and, when there is any, an
/// `ImportFailure` holds them all and nothing is returned. With `rejecting`, the rows with a
/// problem are left out and returned as `ImportResult.rejected`; only problems with a whole
/// file (a missing file or column, a quote never closed) still stop the import.
///
/// Merging into an existing dataset: a client in klanten.csv replaces the CSV fields of the
/// client with that id (its notes, actions, deployments and other fields stay). When
/// uitkeringen.csv or treden.csv is present, the benefits or ladder history of every client in
/// klanten.csv are replaced by that file's rows; rows in those files must name a client of
/// klanten.csv. Meldingen replace the CSV fields of the melding with the same id. Every coach
/// name not yet known becomes a werkcoach user.
public enum CSVImport {
    public static let problemLimit = 20

    /// Reads the files from `directory`; klanten.csv must be there, the others are optional.
    public static func read(directory: URL, into existing: Dataset, rejecting: Bool = false,
                            progress: ImportProgress? = nil) throws -> ImportResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WerkbankError(coreText("exchange.no_directory", directory.path))
        }
        var files: [ExchangeFile: [UInt8]] = [:]
        for file in ExchangeFile.allCases {
            let url = directory.appendingPathComponent(file.name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                files[file] = [UInt8](try Data(contentsOf: url))
            } catch {
                throw WerkbankError(coreText("exchange.unreadable", url.path, error.localizedDescription))
            }
        }
        return try read(files: files, into: existing, rejecting: rejecting, progress: progress)
    }

    /// Reads the exchange files given as bytes; a file absent from `files` is absent.
    public static func read(files: [ExchangeFile: [UInt8]], into existing: Dataset, rejecting: Bool = false,
                            progress: ImportProgress? = nil) throws(ImportFailure) -> ImportResult {
        var problems = ImportProblems()
        var tables: [ExchangeFile: ExchangeTable] = [:]
        for file in ExchangeFile.allCases {
            guard let bytes = files[file] else {
                if file.isRequired { problems.add(file, coreText("exchange.missing_file")) }
                continue
            }
            do {
                tables[file] = ExchangeTable(file: file, records: try CSVReader.records(in: bytes), problems: &problems)
            } catch {
                problems.add(file, line: error.line, error.message)
            }
        }
        let wholeFileProblems = !problems.isEmpty
        let reader = ExchangeRowReader(existing: existing, problems: problems, rejecting: rejecting, progress: progress)
        if let table = tables[.clients] { reader.readClients(table) }
        if let table = tables[.benefits] { reader.readBenefits(table) }
        if let table = tables[.ladder] { reader.readLadder(table) }
        if let table = tables[.meldingen] { reader.readMeldingen(table) }
        if wholeFileProblems || (!rejecting && !reader.problems.isEmpty) { throw ImportFailure(reader.problems.all) }
        var result = ImportMerge.merge(reader.imported, into: existing)
        result.rejected = reader.problemRows.map { RejectedRow($0, in: files[$0.file] ?? []) }
        result.summary.rejectedRows = result.rejected.count
        return result
    }
}
