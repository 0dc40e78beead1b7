/// What an import read, for the journal summary and the command's output.
public struct ImportSummary: Equatable, Sendable {
    public var clients = 0
    public var newClients = 0
    public var benefits = 0
    public var ladderObservations = 0
    public var meldingen = 0
    /// Coach names from klanten.csv that became werkcoach users.
    public var newCoaches: [String] = []

    public init() {}

    /// One line in the current language: "12.000 klanten (300 nieuw), …".
    public var text: String {
        coreText("exchange.summary", DutchNumber.integer(clients), DutchNumber.integer(newClients),
                 DutchNumber.integer(benefits), DutchNumber.integer(ladderObservations),
                 DutchNumber.integer(meldingen), DutchNumber.integer(newCoaches.count))
    }
}

/// The dataset after an import (the existing one with the CSV merged in) and what was read.
public struct ImportResult: Sendable {
    public var dataset: Dataset
    public var summary: ImportSummary
}

/// Called while an import works through a file: rows done and rows in the file.
public typealias ImportProgress = (_ file: ExchangeFile, _ done: Int, _ total: Int) -> Void
