/// One cell of a report table.
public enum ReportValue: Equatable, Sendable {
    case integer(Int)
    /// One decimal; nil = not defined (e.g. a percentage of zero meldingen).
    case decimal(Tenths?)
    case cents(Int)
    case text(String)

    var isNumeric: Bool {
        if case .text = self { return false }
        return true
    }
}

/// A report as rows and columns with Dutch (or English) headers, for the terminal table and CSV.
public struct ReportTable: Equatable, Sendable {
    public var title: String
    public var columns: [String]
    public var rows: [[ReportValue]]

    public init(title: String, columns: [String], rows: [[ReportValue]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}

/// What every report offers its renderers: the JSON object and one or more tables.
public protocol Report: Sendable {
    /// The JSON object of `--format json`, keys in documented order.
    var json: JSONValue { get }
    /// The tables of `--format table` and `--format csv`.
    var tables: [ReportTable] { get }
}
