/// A parsed document being decoded: its bytes and tape, and reading one value by tape index.
/// `bytes` points into the caller's buffer, so a document lives only inside
/// `FastJSONDecoder.decode` (decoders and containers made from it must not be kept).
final class JSONDocument {
    let bytes: UnsafeBufferPointer<UInt8>
    let tape: [JSONToken]
    let memberTables: [UInt32]
    /// Where texts are kept once while a data file is loaded (nil: every text is its own).
    let pool: TextPool?

    init(bytes: UnsafeBufferPointer<UInt8>, tape: JSONTape, pool: TextPool? = nil) {
        self.bytes = bytes
        self.tape = tape.tokens
        self.memberTables = tape.memberTables
        self.pool = pool
    }

    /// The tape index just past the value at `index`.
    func next(after index: Int) -> Int {
        let token = tape[index]
        return token.kind == .object || token.kind == .array ? Int(token.end) : index + 1
    }

    func isNull(_ index: Int) -> Bool { tape[index].kind == .null }

    func codingPath(to index: Int) -> [any CodingKey] {
        JSONPath.codingPath(to: index, tape: tape, bytes: bytes)
    }

    /// The tape index of the value of member `name` of the object at `object` (the first, when a
    /// key occurs twice), or nil.
    func member(_ name: String, in object: Int) -> Int? {
        var name = name
        return name.withUTF8 { key -> Int? in
            let fingerprint = JSONStrings.fingerprint(key)
            let token = tape[object]
            if token.start != JSONTape.noMemberTable {
                let offset = Int(token.start)
                let size = JSONTape.memberTableSize(count: Int(token.count))
                var slot = JSONTape.slot(fingerprint, size: size)
                while case let entry = memberTables[offset + slot], entry != 0 {
                    let child = Int(entry) - 1
                    if JSONStrings.equals(tape[child], in: bytes, key, fingerprint: fingerprint) { return child + 1 }
                    slot = (slot + 1) & (size - 1)
                }
                return nil
            }
            var child = object + 1
            let end = Int(tape[object].end)
            while child < end {
                if JSONStrings.equals(tape[child], in: bytes, key, fingerprint: fingerprint) { return child + 1 }
                child = next(after: child + 1)
            }
            return nil
        }
    }

    /// Every member name of the object at `object`, in document order.
    func memberNames(_ object: Int) -> [String] {
        var names: [String] = []
        var child = object + 1
        let end = Int(tape[object].end)
        while child < end {
            names.append(JSONStrings.string(tape[child], in: bytes))
            child = next(after: child + 1)
        }
        return names
    }

    // MARK: Values

    /// A value of any `Decodable` type. Dates in their JSON form (`jjjj-mm-dd`, the most common
    /// value after text) are read straight from the bytes; anything else, including a date in
    /// another form, goes through `init(from:)`.
    func decode<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        if T.self == Day.self, let day = isoDay(at: index) { return unsafeBitCast(day, to: T.self) }
        return try T(from: JSONValueDecoder(document: self, index: index))
    }

    private func isoDay(at index: Int) -> Day? {
        let token = tape[index]
        guard token.kind == .string else { return nil }
        return Day.parsingISO(utf8: UnsafeBufferPointer(rebasing: bytes[Int(token.start) ..< Int(token.end)]))
    }

    /// Throws unless the value at `index` is of `kind` (a container).
    func expect(_ kind: JSONToken.Kind, at index: Int, as type: Any.Type) throws {
        guard tape[index].kind == kind else { throw mismatch(type, expected: kind, at: index) }
    }

    func string(at index: Int) throws -> String {
        let token = tape[index]
        guard token.kind == .string || token.kind == .escapedString else {
            throw mismatch(String.self, expected: .string, at: index)
        }
        if let pool, token.kind == .string {
            return pool.text(UnsafeBufferPointer(rebasing: bytes[Int(token.start) ..< Int(token.end)]))
        }
        return JSONStrings.string(token, in: bytes)
    }

    func bool(at index: Int) throws -> Bool {
        switch tape[index].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, expected: .true, at: index)
        }
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, at index: Int) throws -> T {
        let token = tape[index]
        if token.kind == .integer, let value = parseInteger(T.self, token) { return value }
        if token.kind == .integer || token.kind == .number {
            // 1e3 or 12.0 are whole numbers too; 12.5 or a number out of range is not.
            if let double = Double(numberText(token)), let value = T(exactly: double) { return value }
            throw corrupted(coreText("json.number_does_not_fit", numberText(token), "\(T.self)"), at: index)
        }
        throw mismatch(T.self, expected: .integer, at: index)
    }

    func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type, at index: Int) throws -> T {
        let token = tape[index]
        guard token.kind == .integer || token.kind == .number else { throw mismatch(T.self, expected: .number, at: index) }
        // Up to 15 digits a whole number converts exactly; everything else goes through the
        // correctly rounding text conversion.
        if token.kind == .integer, token.end - token.start <= 15, let whole = parseInteger(Int.self, token) {
            return T(whole)
        }
        guard let value = T(numberText(token)), value.isFinite else {
            throw corrupted(coreText("json.number_does_not_fit", numberText(token), "\(T.self)"), at: index)
        }
        return value
    }

    /// Digits with an optional minus, checked for overflow; nil when the number does not fit.
    private func parseInteger<T: FixedWidthInteger>(_ type: T.Type, _ token: JSONToken) -> T? {
        var position = Int(token.start)
        let end = Int(token.end)
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value: T = 0
        while position < end {
            let digit = T(bytes[position] &- UInt8(ascii: "0"))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            // Negative numbers are built downwards so that T.min fits.
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow && !overflow2 else { return nil }
            value = next
            position += 1
        }
        return value
    }

    private func numberText(_ token: JSONToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start) ..< Int(token.end)]), as: UTF8.self)
    }

    // MARK: Errors

    func mismatch(_ type: Any.Type, expected: JSONToken.Kind, at index: Int) -> DecodingError {
        let found = tape[index].kind
        let context = DecodingError.Context(
            codingPath: codingPath(to: index),
            debugDescription: coreText("json.type_mismatch", Self.describe(expected), Self.describe(found)))
        return found == .null ? .valueNotFound(type, context) : .typeMismatch(type, context)
    }

    func corrupted(_ message: String, at index: Int) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath(to: index), debugDescription: message))
    }

    /// The kind of value in words ("tekst", "getal", …).
    static func describe(_ kind: JSONToken.Kind) -> String {
        switch kind {
        case .object: return coreText("json.kind.object")
        case .array: return coreText("json.kind.array")
        case .string, .escapedString: return coreText("json.kind.string")
        case .integer: return coreText("json.kind.integer")
        case .number: return coreText("json.kind.number")
        case .true, .false: return coreText("json.kind.bool")
        case .null: return coreText("json.kind.null")
        }
    }
}
