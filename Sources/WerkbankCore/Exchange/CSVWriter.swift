/// Writes `;`-separated CSV as docs/exchange-format.md describes: UTF-8 (with a byte order
/// mark when asked, so Excel-NL reads the accents), `\n` line ends, a field in double quotes
/// only when it holds `;`, `"`, a line break or a carriage return (a quote inside doubled).
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = []

    /// EF BB BF: the UTF-8 byte order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(capacity: Int = 0, byteOrderMark: Bool = false) {
        bytes.reserveCapacity(capacity + 3)
        if byteOrderMark { bytes = CSVWriter.byteOrderMark }
    }

    public mutating func row(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(CSVWriter.separator) }
            append(field)
        }
        bytes.append(CSVReader.newline)
    }

    private mutating func append(_ field: String) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == CSVWriter.separator || $0 == CSVReader.quote || $0 == CSVReader.newline || $0 == CSVReader.carriageReturn }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(CSVReader.quote)
        for byte in utf8 {
            if byte == CSVReader.quote { bytes.append(CSVReader.quote) }
            bytes.append(byte)
        }
        bytes.append(CSVReader.quote)
    }

    static let separator = UInt8(ascii: ";")
}
