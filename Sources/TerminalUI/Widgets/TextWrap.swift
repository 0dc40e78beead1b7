/// Word wrapping by display width (wide glyphs count two columns). Newlines start a new line;
/// a word longer than the width is broken between graphemes.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result += wrapParagraph(String(paragraph), width: width)
        }
        return result
    }

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word; lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            while wordWidth > width {
                let (head, rest) = split(word, at: width)
                lines.append(head)
                word = rest; wordWidth = DisplayWidth.of(rest)
            }
            line = word; lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }

    /// Splits `word` into a head of at most `width` columns (at least one grapheme) and the rest.
    private static func split(_ word: String, at width: Int) -> (String, String) {
        var head = "", used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = DisplayWidth.of(word[index])
            if used + w > width && !head.isEmpty { break }
            head.append(word[index]); used += w
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
