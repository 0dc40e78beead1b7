import Foundation

/// Encodes `Encodable` values to JSON, several times faster than Foundation's `JSONEncoder`, and
/// byte for byte what `JSONEncoder` writes with `outputFormatting = [.sortedKeys,
/// .withoutEscapingSlashes]` on Linux: keys sorted by UTF-8 bytes, no whitespace, `/` and
/// non-ASCII unescaped, nil optionals left out, `12.0` written as `12`. NaN and infinity are
/// refused. Values are written straight into bytes (no intermediate tree); an object's members
/// are put in key order when it closes.
///
/// Not supported (the encode call throws): `nestedContainer`, `nestedUnkeyedContainer` and
/// `superEncoder`. Foundation types that `JSONEncoder` special-cases (`Date`, `Data`, `URL`,
/// `Decimal`) are written in their plain `Codable` form; the model uses none of them.
public struct FastJSONEncoder: Sendable {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let state = JSONEncodingState()
        try encode(value, with: state)
        return Data(state.writer.output.bytes)
    }

    /// Every value as one line (JSON followed by a newline), in order: a piece of a JSON-lines file.
    public func encodeLines<S: Sequence>(_ values: S) throws -> Data where S.Element: Encodable {
        try encodeLines(values, prefix: 0) { _ in }
    }

    /// Every value as one line behind `prefix` bytes, which `fillPrefix` writes once the line's JSON
    /// is written (it gets the line without its newline, the prefix first): a line's checksum
    /// (`ChecksumFraming`) is written in place, not by copying the lines behind it.
    func encodeLines<S: Sequence>(_ values: S, prefix: Int,
                                  fillPrefix: (UnsafeMutableBufferPointer<UInt8>) -> Void) throws -> Data where S.Element: Encodable {
        let state = JSONEncodingState()
        // Room for typical records up front, instead of growing (and copying) by doubling.
        state.writer.output.bytes.reserveCapacity(values.underestimatedCount * 1024)
        for value in values {
            let start = state.writer.output.bytes.count
            state.writer.output.bytes.append(contentsOf: repeatElement(0, count: prefix))
            try encode(value, with: state)
            state.writer.output.bytes.withUnsafeMutableBufferPointer { fillPrefix(UnsafeMutableBufferPointer(rebasing: $0[start...])) }
            state.writer.output.append(0x0A)
        }
        return Data(state.writer.output.bytes)
    }

    private func encode<T: Encodable>(_ value: T, with state: JSONEncodingState) throws {
        try state.encode(value)
        if let unsupported = state.unsupported {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: coreText("json.unsupported", unsupported)))
        }
    }
}
