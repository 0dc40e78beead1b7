/// A key of a coding path: an object member name or an array position.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// Coding paths are not carried along while decoding (that would cost an array per value); they
/// are worked out from the tape when an error needs one.
enum JSONPath {
    /// The path from the root to the value at tape index `target`, or to the object holding it
    /// plus the key when `target` is a key.
    static func codingPath(to target: Int, tape: [JSONToken], bytes: UnsafeBufferPointer<UInt8>) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = 0
        descending: while current < target {
            let container = tape[current]
            var child = current + 1
            var position = 0
            while child < Int(container.end) {
                let valueIndex = container.kind == .object ? child + 1 : child
                let after = next(after: valueIndex, in: tape)
                if target < after {
                    path.append(container.kind == .object ? key(tape[child], bytes) : JSONKey(intValue: position))
                    if target == child { break descending }
                    current = valueIndex
                    continue descending
                }
                child = after
                position += 1
            }
            break
        }
        return path
    }

    /// For a tape cut short by a syntax error: the path to the innermost container still open,
    /// plus the key whose value was being read. Open containers have no `end` yet (0).
    static func pathOfSyntaxError(tape: [JSONToken], bytes: UnsafeBufferPointer<UInt8>) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = 0
        descending: while current < tape.count, tape[current].end == 0 {
            let container = tape[current]
            var child = current + 1
            var position = 0
            while child < tape.count {
                let valueIndex = container.kind == .object ? child + 1 : child
                if valueIndex >= tape.count {
                    path.append(key(tape[child], bytes))
                    break descending
                }
                let value = tape[valueIndex]
                if (value.kind == .object || value.kind == .array) && value.end == 0 {
                    path.append(container.kind == .object ? key(tape[child], bytes) : JSONKey(intValue: position))
                    current = valueIndex
                    continue descending
                }
                child = next(after: valueIndex, in: tape)
                position += 1
            }
            break
        }
        return path
    }

    private static func next(after index: Int, in tape: [JSONToken]) -> Int {
        let token = tape[index]
        return token.kind == .object || token.kind == .array ? Int(token.end) : index + 1
    }

    private static func key(_ token: JSONToken, _ bytes: UnsafeBufferPointer<UInt8>) -> JSONKey {
        JSONKey(stringValue: JSONStrings.string(token, in: bytes))
    }
}

/// A document that is not valid JSON: what is wrong, at which byte and in which field.
struct JSONSyntaxError: Error, CustomStringConvertible {
    enum Problem: Equatable {
        case unexpectedEnd, unexpectedCharacter(UInt8), expectedKey, expectedColon, expectedCommaOrEnd(Character)
        case controlCharacterInString, badEscape(UInt8), badUnicodeEscape, loneSurrogate, invalidUTF8, badNumber
        case tooDeep, trailingCharacters, tooLarge
    }

    var problem: Problem
    /// 0-based byte offset in the document.
    var offset: Int
    var codingPath: [any CodingKey]

    init(_ problem: Problem, offset: Int, codingPath: [any CodingKey]) {
        self.problem = problem
        self.offset = offset
        self.codingPath = codingPath
    }

    var description: String { coreText("json.syntax", offset + 1, problemText) }

    var decodingError: DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: description, underlyingError: self))
    }

    private var problemText: String {
        switch problem {
        case .unexpectedEnd: return coreText("json.unexpected_end")
        case .unexpectedCharacter(let byte): return coreText("json.unexpected_character", Self.show(byte))
        case .expectedKey: return coreText("json.expected_key")
        case .expectedColon: return coreText("json.expected_colon")
        case .expectedCommaOrEnd(let close): return coreText("json.expected_comma_or", close)
        case .controlCharacterInString: return coreText("json.control_character")
        case .badEscape(let byte): return coreText("json.bad_escape", Self.show(byte))
        case .badUnicodeEscape: return coreText("json.bad_unicode_escape")
        case .loneSurrogate: return coreText("json.lone_surrogate")
        case .invalidUTF8: return coreText("json.invalid_utf8")
        case .badNumber: return coreText("json.bad_number")
        case .tooDeep: return coreText("json.too_deep", JSONParser.maximumDepth)
        case .trailingCharacters: return coreText("json.trailing_characters")
        case .tooLarge: return coreText("json.too_large")
        }
    }

    /// A byte as the person would see it: the character for printable ASCII, else its hex code.
    private static func show(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "0x" + String(byte, radix: 16, uppercase: true)
    }
}
