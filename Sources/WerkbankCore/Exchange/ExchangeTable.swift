import Foundation

/// The rows of one exchange file after its header was checked: cells are looked up by column
/// name, whatever order the columns have in the file.
struct ExchangeTable {
    let file: ExchangeFile
    let rows: [CSVRecord]
    private let positions: [String: Int]

    /// Checks the header against the format; reports missing, unknown and repeated columns
    /// and returns nil when the file cannot be read on.
    init?(file: ExchangeFile, records: [CSVRecord], problems: inout ImportProblems) {
        self.file = file
        guard let header = records.first else {
            problems.add(file, line: 1, coreText("exchange.no_header"))
            return nil
        }
        var positions: [String: Int] = [:]
        var unknown: [String] = []
        for (index, rawName) in header.fields.enumerated() {
            let name = rawName.trimmingCharacters(in: .whitespaces).lowercased()
            if !file.columns.contains(name) {
                unknown.append(rawName)
            } else if positions[name] != nil {
                problems.add(file, line: 1, column: name, coreText("exchange.repeated_column", name))
                return nil
            } else {
                positions[name] = index
            }
        }
        let missing = file.columns.filter { positions[$0] == nil }
        if !missing.isEmpty {
            problems.add(file, line: 1, coreText("exchange.missing_columns", missing.joined(separator: ", ")))
        }
        if !unknown.isEmpty {
            problems.add(file, line: 1, coreText("exchange.unknown_columns", unknown.map { "'\($0)'" }.joined(separator: ", "),
                                                 file.columns.joined(separator: ", ")))
        }
        guard missing.isEmpty, unknown.isEmpty else { return nil }
        self.positions = positions
        self.names = header.fields.indices.map { index in positions.first { $0.value == index }?.key ?? "" }
        self.rows = Array(records.dropFirst())
        self.width = header.fields.count
    }

    /// Number of fields every row must have (the header's).
    let width: Int
    /// The column name of each field position.
    private let names: [String]

    /// A row with the wrong number of fields is reported and yields nil. A cell holding a
    /// control character (`VisibleText.isRefused`) is reported and is not checked further.
    func row(_ index: Int, problems: inout ImportProblems) -> Row? {
        let record = rows[index]
        guard record.fields.count == width else {
            problems.add(file, line: record.line, coreText("exchange.field_count", record.fields.count, width))
            return nil
        }
        var refused: [Int] = []
        for (position, field) in record.fields.enumerated() {
            guard let scalar = VisibleText.firstRefused(in: field) else { continue }
            problems.add(file, line: record.line(ofField: position), column: names[position],
                         coreText("exchange.control_character", VisibleText.codePoint(scalar)))
            refused.append(position)
        }
        return Row(file: file, record: record, positions: positions, refused: refused)
    }

    struct Row {
        let file: ExchangeFile
        let record: CSVRecord
        let positions: [String: Int]
        /// Positions of cells already reported for a control character.
        let refused: [Int]

        var line: Int { record.line }

        subscript(column: String) -> String {
            positions[column].map { record.fields[$0] } ?? ""
        }

        func line(of column: String) -> Int {
            positions[column].map { record.line(ofField: $0) } ?? record.line
        }

        /// Runs a check of one cell; a failure is reported at the cell and yields nil.
        func check<T>(_ column: String, _ problems: inout ImportProblems, _ body: (String) throws(FieldProblem) -> T) -> T? {
            if let position = positions[column], refused.contains(position) { return nil }
            do {
                return try body(self[column])
            } catch {
                problems.add(file, line: line(of: column), column: column, error.message)
                return nil
            }
        }

        /// Like `check`, but an empty cell is no value (`.some(nil)`); nil means the cell was bad.
        func optional<T>(_ column: String, _ problems: inout ImportProblems, _ body: (String) throws(FieldProblem) -> T) -> T?? {
            if self[column].isEmpty { return .some(nil) }
            return check(column, &problems, body).map { .some($0) }
        }
    }
}
