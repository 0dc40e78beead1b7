/// Reads JSON (RFC 8259, UTF-8) into a tape of tokens. Strings are checked completely here
/// (escapes, control characters, UTF-8), so decoding them later cannot fail.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    private var tape: [JSONToken] = []
    private var memberTables: [UInt32] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tape.reserveCapacity(bytes.count / 8 + 4)
    }

    /// Parses one complete JSON value (whitespace around it allowed, nothing else).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONTape {
        var parser = JSONParser(bytes: bytes)
        guard bytes.count < Int(UInt32.max) else { throw parser.failure(.tooLarge) }
        try parser.parseValue()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.failure(.trailingCharacters) }
        return JSONTape(tokens: parser.tape, memberTables: parser.memberTables)
    }

    private func failure(_ problem: JSONSyntaxError.Problem, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(problem, offset: offset ?? position, codingPath: JSONPath.pathOfSyntaxError(tape: tape, bytes: bytes))
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count else { throw failure(.unexpectedEnd) }
        switch bytes[position] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString(isKey: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        case UInt8(ascii: "t"): try parseLiteral("true", .true)
        case UInt8(ascii: "f"): try parseLiteral("false", .false)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        default: throw failure(.unexpectedCharacter(bytes[position]))
        }
    }

    /// Appends the container's token; its `end` and `count` are filled in by `closeContainer`.
    private mutating func openContainer(_ kind: JSONToken.Kind) throws(JSONSyntaxError) -> Int {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure(.tooDeep) }
        tape.append(JSONToken(kind: kind, start: UInt32(position), end: 0, count: 0))
        position += 1
        return tape.count - 1
    }

    private mutating func closeContainer(_ index: Int, count: Int) {
        depth -= 1
        position += 1
        tape[index].end = UInt32(tape.count)
        tape[index].count = UInt32(count)
        if tape[index].kind == .object { tape[index].start = buildMemberTable(index, count: count) }
    }

    /// The offset of the object's member table, or `noMemberTable` for a small object or one
    /// with an escaped key (whose fingerprint would be of the escaped text).
    private mutating func buildMemberTable(_ object: Int, count: Int) -> UInt32 {
        guard count >= JSONTape.memberTableMinimum else { return JSONTape.noMemberTable }
        let size = JSONTape.memberTableSize(count: count)
        let offset = memberTables.count
        memberTables.append(contentsOf: repeatElement(0, count: size))
        var child = object + 1
        while child < tape.count {
            let key = tape[child]
            guard key.kind == .string else {
                memberTables.removeSubrange(offset...)
                return JSONTape.noMemberTable
            }
            var slot = JSONTape.slot(key.count, size: size)
            while memberTables[offset + slot] != 0 { slot = (slot + 1) & (size - 1) }
            memberTables[offset + slot] = UInt32(child + 1)
            let value = tape[child + 1]
            child = value.kind == .object || value.kind == .array ? Int(value.end) : child + 2
        }
        return UInt32(offset)
    }

    private mutating func parseObject() throws(JSONSyntaxError) {
        let index = try openContainer(.object)
        var count = 0
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            closeContainer(index, count: 0)
            return
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            guard bytes[position] == UInt8(ascii: "\"") else { throw failure(.expectedKey) }
            try parseString(isKey: true)
            skipWhitespace()
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            guard bytes[position] == UInt8(ascii: ":") else { throw failure(.expectedColon) }
            position += 1
            try parseValue()
            count += 1
            skipWhitespace()
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): closeContainer(index, count: count); return
            default: throw failure(.expectedCommaOrEnd("}"))
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) {
        let index = try openContainer(.array)
        var count = 0
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            closeContainer(index, count: 0)
            return
        }
        while true {
            try parseValue()
            count += 1
            skipWhitespace()
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): closeContainer(index, count: count); return
            default: throw failure(.expectedCommaOrEnd("]"))
            }
        }
    }

    /// Keys get their fingerprint in `count` (for looking them up); values do not need one.
    private mutating func parseString(isKey: Bool) throws(JSONSyntaxError) {
        position += 1
        let start = position
        var escaped = false
        while position < bytes.count {
            skipPlainASCII()
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                position += 1
            } else if byte == UInt8(ascii: "\"") {
                tape.append(JSONToken(kind: escaped ? .escapedString : .string, start: UInt32(start), end: UInt32(position),
                                      count: isKey && !escaped ? JSONStrings.fingerprint(UnsafeBufferPointer(rebasing: bytes[start ..< position])) : 0))
                position += 1
                return
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                try checkEscape()
            } else if byte < 0x20 {
                throw failure(.controlCharacterInString)
            } else {
                try checkUTF8Sequence()
            }
        }
        throw failure(.unexpectedEnd)
    }

    /// Moves over 8 bytes at a time while none of them is a quote, a backslash, a control
    /// character or non-ASCII (each test sets a byte's high bit where it matches), then up to the
    /// first byte that is: the lowest flag is exact (a borrow only flags bytes above a match).
    private mutating func skipPlainASCII() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let special = (word &- ones &* 0x20) | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | word
            if special & highBits != 0 {
                position += (special & highBits).trailingZeroBitCount >> 3
                return
            }
            position += 8
        }
    }

    /// Checks the multi-byte UTF-8 sequence at `position` (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF) and moves past it.
    private mutating func checkUTF8Sequence() throws(JSONSyntaxError) {
        let lead = bytes[position]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw failure(.invalidUTF8)
        }
        guard position + length <= bytes.count else { throw failure(.invalidUTF8) }
        guard secondRange.contains(bytes[position + 1]) else { throw failure(.invalidUTF8) }
        for offset in 2..<length where bytes[position + offset] & 0xC0 != 0x80 { throw failure(.invalidUTF8) }
        position += length
    }

    /// Checks the escape at `position` (the backslash) and moves past it. A `\u` escape of a
    /// high surrogate must be followed by one of a low surrogate, and a low one may not stand alone.
    private mutating func checkEscape() throws(JSONSyntaxError) {
        guard position + 1 < bytes.count else { throw failure(.unexpectedEnd) }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try hexEscape(at: position)
            position += 6
            if UTF16.isTrailSurrogate(unit) { throw failure(.loneSurrogate) }
            if UTF16.isLeadSurrogate(unit) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                      bytes[position + 1] == UInt8(ascii: "u"),
                      UTF16.isTrailSurrogate(try hexEscape(at: position)) else { throw failure(.loneSurrogate) }
                position += 6
            }
        default:
            position += 1
            throw failure(.badEscape(bytes[position]))
        }
    }

    /// The UTF-16 unit of the `\uXXXX` escape starting at `at`.
    private func hexEscape(at start: Int) throws(JSONSyntaxError) -> UInt16 {
        guard start + 6 <= bytes.count else { throw failure(.unexpectedEnd, at: bytes.count) }
        var unit: UInt16 = 0
        for offset in 2..<6 {
            guard let digit = JSONParser.hexValue(bytes[start + offset]) else {
                throw failure(.badUnicodeEscape, at: start)
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func parseNumber() throws(JSONSyntaxError) {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw failure(.badNumber) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count && isDigit(bytes[position]) { throw failure(.badNumber) }
        } else {
            skipDigits()
        }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw failure(.badNumber) }
            skipDigits()
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            isInteger = false
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw failure(.badNumber) }
            skipDigits()
        }
        tape.append(JSONToken(kind: isInteger ? .integer : .number, start: UInt32(start), end: UInt32(position), count: 0))
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private mutating func skipDigits() {
        while position < bytes.count && isDigit(bytes[position]) { position += 1 }
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONToken.Kind) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count else { throw failure(.unexpectedEnd) }
        for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
            throw failure(.unexpectedCharacter(bytes[position + offset]), at: position + offset)
        }
        tape.append(JSONToken(kind: kind, start: UInt32(position), end: UInt32(position + length), count: 0))
        position += length
    }
}
