/// Turns character codes read from the terminal into keys. Function keys (arrows, F1-F12, …)
/// arrive already decoded by the backend; this handles what comes as plain codes.
public enum KeyDecoder {
    /// The key for character code `code`: control codes become Enter, Tab, Backspace (8 and
    /// 127), Esc or Ctrl-letter; everything else is a character (including non-ASCII).
    public static func key(forCode code: UInt32) -> Key? {
        switch code {
        case 0: return .ctrl(" ")
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code + 96))))
        case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(code + 64))))
        default:
            guard let scalar = Unicode.Scalar(code), !(0x80..<0xA0).contains(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Esc followed at once by `next` is Alt plus that character; nil when `next` is not a
    /// plain character (then Esc and `next` are two keys).
    public static func alt(_ next: Key) -> Key? {
        if case .char(let c) = next { return .alt(c) }
        return nil
    }
}
