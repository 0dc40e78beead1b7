/// One problem an import found: where (file, line, column name) and why. The message is safe
/// to print: control characters are visible and quoted values cut short (`VisibleText.message`).
public struct ImportProblem: Equatable, Sendable {
    public var file: ExchangeFile
    public var line: Int?
    public var column: String?
    public var message: String

    /// `file:line:column: reason`.
    public var text: String {
        [file.name, line.map(String.init), column].compactMap { $0 }.joined(separator: ":") + ": " + message
    }
}

/// The problems an import found, in the order they were found.
struct ImportProblems {
    private(set) var all: [ImportProblem] = []
    /// Where the problems of the row being read begin in `all`.
    private(set) var rowStart = 0

    var isEmpty: Bool { all.isEmpty }

    mutating func add(_ file: ExchangeFile, line: Int? = nil, column: String? = nil, _ message: String) {
        all.append(ImportProblem(file: file, line: line, column: column, message: VisibleText.message(message)))
    }

    /// Starts a new row: `rowIsClean` and `rowProblems` then concern it alone.
    mutating func startRow() { rowStart = all.count }
    var rowIsClean: Bool { all.count == rowStart }
    var rowProblems: ArraySlice<ImportProblem> { all[rowStart...] }
}

/// An import that stops with nothing changed: every problem, ordered by file (in the order of
/// `ExchangeFile.allCases`) and line.
public struct ImportFailure: Error, Sendable {
    public var problems: [ImportProblem]

    init(_ problems: [ImportProblem]) {
        let fileOrder = { (file: ExchangeFile) in ExchangeFile.allCases.firstIndex(of: file) ?? 0 }
        // Enumerated so that problems on one line keep the order they were found in.
        self.problems = problems.enumerated().sorted { a, b in
            (fileOrder(a.element.file), a.element.line ?? 0, a.offset) < (fileOrder(b.element.file), b.element.line ?? 0, b.offset)
        }.map(\.element)
    }

    /// The error to show: a headline with the count, the first `limit` problems and how many
    /// more there are.
    public func error(limit: Int = CSVImport.problemLimit) -> WerkbankError {
        var details = problems.prefix(limit).map(\.text)
        if problems.count > limit { details.append(coreText("exchange.more_problems", DutchNumber.integer(problems.count - limit))) }
        let message = problems.count == 1 ? coreText("exchange.import_failed_one")
            : coreText("exchange.import_failed", DutchNumber.integer(problems.count))
        return WerkbankError(message, details: details)
    }

    /// All problems as text lines (UTF-8, `\n` after each), for `--problemen FILE`.
    public var listing: [UInt8] {
        Array(problems.map { $0.text + "\n" }.joined().utf8)
    }
}
