import Foundation

/// Text from data as the command line may print it: control characters (C0, DEL, C1) become
/// visible placeholders (␛ for ESC, ␀ for NUL, `<U+009B>` for C1) and bidi overrides become
/// `<U+202E>`, so a value can never move the cursor, set a title or reorder the line.
func visible(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x00...0x1F: result.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: result.unicodeScalars.append("\u{2421}")
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            result += String(format: "<U+%04X>", scalar.value)
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
