/// Text from data made safe to print on a terminal: control characters become visible
/// placeholders (`␛` for ESC, the control pictures U+2400… for the other C0 characters and
/// `␡` for DEL, `<U+009B>` for C1 characters and bidi overrides), so that an escape sequence in
/// a name or a CSV cell can never reset the terminal, set its title or write the clipboard.
/// A value quoted in a message is also cut to `quoteLimit` characters.
public enum VisibleText {
    /// How many characters of a quoted value a message shows before "…".
    public static let quoteLimit = 60
    /// The longest message line printed; a backstop for values quoted without quote marks.
    public static let lineLimit = 400

    /// True for what an import refuses in a cell: C0 controls except tab (NUL included), DEL,
    /// C1 controls and the bidi overrides and isolates U+202A–U+202E, U+2066–U+2069.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first refused character of `text`, or nil.
    public static func firstRefused(in text: String) -> Unicode.Scalar? {
        // Plain ASCII text (the usual case) is checked on its bytes.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 >= 0x7F }) else { return nil }
        return text.unicodeScalars.first(where: isRefused)
    }

    /// `U+001B`, for messages naming a character.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every refused character and every tab shown as a placeholder.
    public static func visible(_ text: String) -> String {
        guard firstRefused(in: text) != nil || text.utf8.contains(0x09) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case _ where isRefused(scalar): result.append(contentsOf: "<\(codePoint(scalar))>".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` cut to `limit` characters, "…" marking the cut.
    public static func cut(_ text: String, limit: Int = quoteLimit) -> String {
        guard text.utf8.count > limit, text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// A value to quote in a message: cut to `quoteLimit` characters and made visible.
    public static func quoted(_ value: String) -> String {
        visible(cut(value))
    }

    /// A message line that quotes values between `'`: made visible, every quoted part cut to
    /// `quoteLimit` characters and the whole line to `lineLimit`.
    public static func message(_ text: String) -> String {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        let shortened = parts.enumerated().map { index, part in
            index % 2 == 1 ? cut(String(part)) : String(part)
        }.joined(separator: "'")
        return visible(cut(shortened, limit: lineLimit))
    }
}
