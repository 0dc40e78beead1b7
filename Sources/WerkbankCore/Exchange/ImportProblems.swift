/// The problems an import found, as `file:line:column: reason` lines. Every problem is
/// counted; the first `limit` are kept for the message.
struct ImportProblems {
    let limit: Int
    private(set) var listed: [String] = []
    private(set) var total = 0

    init(limit: Int) {
        self.limit = limit
    }

    var isEmpty: Bool { total == 0 }

    mutating func add(_ file: ExchangeFile, line: Int? = nil, column: String? = nil, _ message: String) {
        total += 1
        guard listed.count < limit else { return }
        listed.append([file.name, line.map(String.init), column].compactMap { $0 }.joined(separator: ":") + ": " + message)
    }

    /// The error that stops the import: a headline with the count, then the listed problems and
    /// how many more there are.
    func error() -> WerkbankError {
        var details = listed
        if total > listed.count { details.append(coreText("exchange.more_problems", DutchNumber.integer(total - listed.count))) }
        let message = total == 1 ? coreText("exchange.import_failed_one") : coreText("exchange.import_failed", DutchNumber.integer(total))
        return WerkbankError(message, details: details)
    }
}
