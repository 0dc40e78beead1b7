import Foundation

/// Decodes `Decodable` values from JSON, several times faster than Foundation's `JSONDecoder`:
/// the bytes are parsed into a flat tape of tokens in one pass, and the value's `init(from:)`
/// reads members straight from that tape. Accepts what `JSONDecoder` accepts with default
/// strategies (standard JSON, members in any order, unknown members ignored, whole numbers
/// such as `1e3` or `2.0` for integer fields; the first of two equal keys counts).
///
/// Errors are `DecodingError`s with the coding path (`notes[1].date`) and a message in the
/// current language; a syntax error names the byte where it was found.
/// Foundation types that `JSONDecoder` special-cases (`Date`, `Data`, `URL`, `Decimal`) are
/// read in their plain `Codable` form; the model uses none of them.
public struct FastJSONDecoder: Sendable {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { raw in
            try decode(type, from: raw.bindMemory(to: UInt8.self))
        }
    }

    public func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>) throws -> T {
        try document(bytes).decode(T.self, at: 0)
    }

    /// A `TapeDecodable` value through its hand-written `init(tape:)`: the same value and errors
    /// as `decode`, several times faster.
    func decodeByHand<T: TapeDecodable>(_ type: T.Type, from data: Data) throws -> T {
        try withTapeObject(data) { try T(tape: $0) }
    }

    /// `read` applied to the object that `data` holds (an error when it is no object); its texts
    /// are taken from `pool` when given.
    func withTapeObject<T>(_ data: Data, pool: TextPool? = nil, _ read: (TapeObject) throws -> T) throws -> T {
        try data.withUnsafeBytes { raw in
            try read(TapeValue(document: document(raw.bindMemory(to: UInt8.self), pool: pool), index: 0).object())
        }
    }

    private func document(_ bytes: UnsafeBufferPointer<UInt8>, pool: TextPool? = nil) throws -> JSONDocument {
        let tape: JSONTape
        do {
            tape = try JSONParser.parse(bytes)
        } catch {
            throw error.decodingError
        }
        return JSONDocument(bytes: bytes, tape: tape, pool: pool)
    }
}
