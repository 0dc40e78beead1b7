/// A row an import left out (`import --afwijzen`), as one line of the rejects file described in
/// docs/exchange-format.md: the input file, its line, the column (empty when the whole row is meant),
/// the reason and the original row as text.
public struct RejectedRow: Equatable, Sendable {
    public var file: ExchangeFile
    public var line: Int
    public var column: String
    public var reason: String
    public var text: String

    /// Several problems in one row: their columns joined by `,`, each reason after its column.
    init(_ row: ProblemRow, in bytes: [UInt8]) {
        file = row.file
        line = row.record.line
        let columns = row.problems.map { $0.column ?? "" }
        var distinct: [String] = []
        for column in columns where !distinct.contains(column) { distinct.append(column) }
        column = distinct.contains("") ? "" : distinct.joined(separator: ",")
        reason = row.problems.count == 1 ? row.problems[0].message
            : row.problems.map { ($0.column.map { $0 + ": " } ?? "") + $0.message }.joined(separator: "; ")
        let span = row.record.bytes.clamped(to: 0..<bytes.count)
        text = String(decoding: bytes[span], as: UTF8.self)
    }

    public static let header = ["bestand", "regel", "kolom", "reden", "rij"]

    /// The rejects file: UTF-8 with a byte order mark, `;`-separated, the header first.
    public static func file(_ rows: [RejectedRow]) -> [UInt8] {
        var writer = CSVWriter(capacity: 64 * (rows.count + 1), byteOrderMark: true)
        writer.row(header)
        for row in rows { writer.row([row.file.name, String(row.line), row.column, row.reason, row.text]) }
        return writer.bytes
    }
}
