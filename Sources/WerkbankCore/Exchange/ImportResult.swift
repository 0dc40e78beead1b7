/// What an import read, for the journal summary and the command's output.
public struct ImportSummary: Equatable, Sendable {
    public var clients = 0
    public var newClients = 0
    public var benefits = 0
    public var ladderObservations = 0
    public var meldingen = 0
    /// Coach names from klanten.csv that became werkcoach users.
    public var newCoaches: [String] = []
    /// Rows left out by `CSVImport.read(…, rejecting: true)`.
    public var rejectedRows = 0

    public init() {}

    /// One line in the current language: "12.000 klanten (300 nieuw), …", and how many rows
    /// were rejected when there were any.
    public var text: String {
        let counts = coreText("exchange.summary", DutchNumber.integer(clients), DutchNumber.integer(newClients),
                              DutchNumber.integer(benefits), DutchNumber.integer(ladderObservations),
                              DutchNumber.integer(meldingen), DutchNumber.integer(newCoaches.count))
        guard rejectedRows > 0 else { return counts }
        return counts + ", " + (rejectedRows == 1 ? coreText("exchange.rejected_one")
                                                  : coreText("exchange.rejected_rows", DutchNumber.integer(rejectedRows)))
    }
}

/// The dataset after an import (the existing one with the CSV merged in), what was read and
/// which rows were left out.
public struct ImportResult: Sendable {
    public var dataset: Dataset
    public var summary: ImportSummary
    public var rejected: [RejectedRow] = []
}

/// Called while an import works through a file: rows done and rows in the file.
public typealias ImportProgress = (_ file: ExchangeFile, _ done: Int, _ total: Int) -> Void
