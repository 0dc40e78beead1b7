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
