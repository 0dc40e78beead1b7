/// Column width of text in a terminal (wcwidth): 0 for combining marks and controls,
/// 2 for East Asian wide/fullwidth characters and emoji, else 1. Widths are per grapheme
/// cluster (`Character`): a base letter with combining marks is as wide as the base, an emoji
/// ZWJ sequence, a flag (two regional indicators) or a keycap is two columns.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        guard var next = scalars.next() else { return of(first) }
        if isRegionalIndicator(first.value) { return 2 }      // a flag, e.g. 🇳🇱
        while true {
            if next.value == 0xFE0F { return 2 }                // emoji presentation, keycaps
            guard let following = scalars.next() else { break }
            next = following
        }
        return of(first)  // ZWJ sequences start with a wide emoji; marks and jamo add nothing
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 {
            // ASCII, Latin-1 and Latin Extended-A/B (Dutch, Turkish, …): one column except controls.
            return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1
        }
        if contains(DisplayWidthTable.zeroWidth, v) { return 0 }
        if contains(DisplayWidthTable.wide, v) { return 2 }
        // Emoji added after the table's Unicode version are still two columns.
        if v >= 0x1F000, scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }

    /// Binary search in sorted, non-overlapping ranges.
    private static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0, high = table.count - 1
        guard high >= 0, v >= table[0].lowerBound, v <= table[high].upperBound else { return false }
        while low <= high {
            let mid = (low + high) / 2
            if v < table[mid].lowerBound { high = mid - 1 } else if v > table[mid].upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    /// Total columns of `text`.
    public static func of(_ text: String) -> Int {
        // Fast path: printable ASCII is one column per byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// `text` cut to at most `width` columns; a cut adds "…" and never splits a grapheme.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        var result = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    /// `text` truncated or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
