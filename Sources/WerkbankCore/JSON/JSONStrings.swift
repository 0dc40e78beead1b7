/// Turning string tokens into Swift strings (the parser has already checked their escapes).
enum JSONStrings {
    /// The string's text (the parser has checked that it is valid UTF-8).
    static func string(_ token: JSONToken, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[Int(token.start) ..< Int(token.end)])
        guard token.kind == .escapedString else { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: unescaped(raw), as: UTF8.self)
    }

    /// Length and first, second and last byte of a key: equal keys have equal fingerprints.
    static func fingerprint(_ text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let last = text.last else { return 0 }
        let second = text.count > 1 ? text[1] : 0
        return UInt32(truncatingIfNeeded: text.count) << 24 | UInt32(text[0]) << 16 | UInt32(second) << 8 | UInt32(last)
    }

    /// Whether the string token's text is exactly `key` (UTF-8, with `fingerprint`), without
    /// building a String.
    static func equals(_ token: JSONToken, in bytes: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>, fingerprint: UInt32) -> Bool {
        let raw = UnsafeBufferPointer(rebasing: bytes[Int(token.start) ..< Int(token.end)])
        if token.kind == .escapedString { return unescaped(raw).elementsEqual(key) }
        guard token.count == fingerprint, raw.count == key.count else { return false }
        for index in 0..<key.count where raw[index] != key[index] { return false }
        return true
    }

    /// The UTF-8 bytes of an escaped string's contents with every escape resolved.
    static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                result.append(byte)
                index += 1
                continue
            }
            switch raw[index + 1] {
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = UInt32(hexUnit(raw, at: index))
                index += 6
                if UTF16.isLeadSurrogate(UInt16(scalar)) {
                    let trail = UInt32(hexUnit(raw, at: index))
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (trail - 0xDC00)
                    index += 6
                }
                // The parser refused lone surrogates, so every scalar here exists.
                if let unicode = Unicode.Scalar(scalar) { UTF8.encode(unicode) { result.append($0) } }
                continue
            default: result.append(raw[index + 1])   // \" \\ \/
            }
            index += 2
        }
        return result
    }

    private static func hexUnit(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16 {
        var unit: UInt16 = 0
        for offset in 2..<6 { unit = unit << 4 | UInt16(JSONParser.hexValue(raw[index + offset]) ?? 0) }
        return unit
    }
}
