/// One record of a CSV file: its fields and the line (1-based, as a text editor counts) where
/// it starts. A quoted field may hold line breaks; `line(ofField:)` gives the line where each
/// field starts.
public struct CSVRecord: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
    /// Line of each field when the record spans several lines; empty when it is on one line.
    var fieldLines: [Int]
    /// Where the record is in the file's bytes, without its line end.
    public var bytes: Range<Int>

    public init(line: Int, fields: [String], fieldLines: [Int] = [], bytes: Range<Int> = 0..<0) {
        self.line = line; self.fields = fields; self.fieldLines = fieldLines; self.bytes = bytes
    }

    public func line(ofField index: Int) -> Int {
        index < fieldLines.count ? fieldLines[index] : line
    }
}

/// A file that cannot be read as CSV at all (an unclosed quote, invalid UTF-8).
public struct CSVSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String
}

/// Reads `;`-separated CSV (docs/exchange-format.md) from UTF-8 bytes: an optional byte order mark,
/// LF or CRLF line ends, fields in double quotes that may hold `;`, line breaks and `""` for a
/// quote. Entirely empty lines are skipped. Works on bytes, not Characters, for speed.
public enum CSVReader {
    public static func records(in bytes: [UInt8], separator: UInt8 = UInt8(ascii: ";")) throws(CSVSyntaxError) -> [CSVRecord] {
        if let line = firstInvalidUTF8Line(bytes) {
            throw CSVSyntaxError(line: line, message: coreText("exchange.invalid_utf8"))
        }
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<[CSVRecord], CSVSyntaxError> in
            var parser = Parser(bytes: buffer, separator: separator)
            do throws(CSVSyntaxError) { return .success(try parser.parseAll()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The line holding the first byte sequence that is not UTF-8, or nil when all is valid.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        for lineBytes in bytes.split(separator: newline, omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }

    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let separator: UInt8
        var position = 0
        var line = 1
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) {
            self.bytes = bytes
            self.separator = separator
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        }

        mutating func parseAll() throws(CSVSyntaxError) -> [CSVRecord] {
            var records: [CSVRecord] = []
            var width = 0
            while position < bytes.count {
                if skipLineEnd() { continue }
                let record = try parseRecord(capacity: width)
                width = max(width, record.fields.count)
                records.append(record)
            }
            return records
        }

        /// Consumes an LF or CRLF at the current position; true when there was one.
        mutating func skipLineEnd() -> Bool {
            if bytes[position] == CSVReader.newline {
                position += 1; line += 1; return true
            }
            if bytes[position] == CSVReader.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == CSVReader.newline {
                position += 2; line += 1; return true
            }
            return false
        }

        mutating func parseRecord(capacity: Int) throws(CSVSyntaxError) -> CSVRecord {
            var record = CSVRecord(line: line, fields: [])
            let start = position
            record.fields.reserveCapacity(capacity)
            while true {
                let fieldLine = line
                if bytes[safe: position] == CSVReader.quote {
                    record.fields.append(try quotedField())
                } else {
                    record.fields.append(plainField())
                }
                if !record.fieldLines.isEmpty || fieldLine != record.line {
                    if record.fieldLines.isEmpty { record.fieldLines = Array(repeating: record.line, count: record.fields.count - 1) }
                    record.fieldLines.append(fieldLine)
                }
                guard position < bytes.count else {
                    record.bytes = start..<position
                    return record
                }
                if bytes[position] == separator {
                    position += 1
                    continue
                }
                record.bytes = start..<position
                _ = skipLineEnd()
                return record
            }
        }

        mutating func plainField() -> String {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == separator || byte == CSVReader.newline { break }
                if byte == CSVReader.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == CSVReader.newline { break }
                position += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        mutating func quotedField() throws(CSVSyntaxError) -> String {
            let startLine = line
            position += 1
            let start = position
            var escaped = false
            while true {
                guard position < bytes.count else {
                    throw CSVSyntaxError(line: startLine, message: coreText("exchange.unclosed_quote"))
                }
                let byte = bytes[position]
                if byte == CSVReader.quote {
                    if position + 1 < bytes.count, bytes[position + 1] == CSVReader.quote {
                        escaped = true
                        position += 2
                        continue
                    }
                    break
                }
                if byte == CSVReader.newline { line += 1 }
                position += 1
            }
            let content = UnsafeBufferPointer(rebasing: bytes[start..<position])
            position += 1
            if position < bytes.count, bytes[position] != separator, bytes[position] != CSVReader.newline,
               !(bytes[position] == CSVReader.carriageReturn && bytes[safe: position + 1] == CSVReader.newline) {
                throw CSVSyntaxError(line: line, message: coreText("exchange.text_after_quote"))
            }
            guard escaped else { return String(decoding: content, as: UTF8.self) }
            scratch.removeAll(keepingCapacity: true)
            var index = 0
            while index < content.count {
                scratch.append(content[index])
                index += content[index] == CSVReader.quote ? 2 : 1
            }
            return String(decoding: scratch, as: UTF8.self)
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    subscript(safe index: Int) -> UInt8? { index < count ? self[index] : nil }
}
