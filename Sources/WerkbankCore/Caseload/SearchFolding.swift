import Foundation

/// Folds text for searching and sorting: lower case, diacritics removed ("Çelik" → "celik"),
/// as UTF-8 bytes so that the hot search loop compares bytes, not Strings.
/// ASCII takes a fast path; other characters go through Foundation's folding one at a time.
enum SearchFolding {
    /// Appends the folded bytes of `text` to `bytes`.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            return
        }
        for character in text {
            appendFolded(character, to: &bytes)
        }
    }

    static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    /// Folded bytes, plus for every byte the offset of the Character it came from
    /// (to map a match back to a range that a screen can highlight).
    static func foldWithOffsets(_ text: String) -> (bytes: [UInt8], characterOffsets: [Int]) {
        // Printable ASCII: one byte per character.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return (fold(text), Array(0..<text.utf8.count)) }
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for (offset, character) in text.enumerated() {
            let before = bytes.count
            appendFolded(character, to: &bytes)
            offsets.append(contentsOf: repeatElement(offset, count: bytes.count - before))
        }
        return (bytes, offsets)
    }

    /// Only letters and digits, folded: "1234 AB" → "1234ab", "K-0042" → "k0042".
    static func foldAlphanumerics(_ text: String) -> [UInt8] {
        fold(text).filter(isWordByte)
    }

    /// Letters and digits; bytes of non-ASCII characters count as letters.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func appendFolded(_ character: Character, to bytes: inout [UInt8]) {
        if let ascii = character.asciiValue {
            bytes.append(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
            return
        }
        let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        bytes.append(contentsOf: folded.utf8)
    }
}
