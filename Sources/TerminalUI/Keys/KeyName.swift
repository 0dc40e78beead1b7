import Foundation

/// Key names as people write them in a keys file and read them in the help overlay and the
/// function-key bar: "F3", "Ctrl-P", "Alt-x", "PgDn", "Shift-Tab", "/", "j", "Space".
extension Key {
    private static let named: [(name: String, key: Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Ctrl-Left", .ctrlLeft), ("Ctrl-Right", .ctrlRight),
        ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Insert", .insert), ("Delete", .delete), ("Backspace", .backspace),
        ("Enter", .enter), ("Tab", .tab), ("Shift-Tab", .backTab), ("Esc", .escape),
        ("Space", .char(" ")),
    ]

    /// Other spellings `Key(name:)` accepts (lower-cased).
    private static let aliases: [String: Key] = [
        "pageup": .pageUp, "pagedown": .pageDown, "pgup": .pageUp, "pgdn": .pageDown,
        "ins": .insert, "del": .delete, "bs": .backspace, "return": .enter,
        "backtab": .backTab, "s-tab": .backTab, "escape": .escape,
        "↑": .up, "↓": .down, "←": .left, "→": .right,
    ]

    /// The name shown to people; `Key(name: key.displayName) == key` for every key.
    public var displayName: String {
        switch self {
        case .char(let c): return c == " " ? "Space" : String(c)
        case .ctrl(let c): return "Ctrl-" + (c == " " ? "Space" : c.uppercased())
        case .alt(let c): return "Alt-" + (c == " " ? "Space" : String(c))
        case .function(let n): return "F\(n)"
        default: return Self.named.first { $0.key == self }?.name ?? "?"
        }
    }

    /// Parses a key name (case-insensitive except single characters and Alt-x); nil when
    /// the name means no key.
    public init?(name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 1, let c = trimmed.first {
            self = .char(c); return
        }
        let lowered = trimmed.lowercased()
        if let entry = Self.named.first(where: { $0.name.lowercased() == lowered }) { self = entry.key; return }
        if let key = Self.aliases[lowered] { self = key; return }
        if lowered.hasPrefix("f"), let n = Int(lowered.dropFirst()), (1...24).contains(n) {
            self = .function(n); return
        }
        for prefix in ["ctrl-", "c-", "^"] where lowered.hasPrefix(prefix) && trimmed.count > prefix.count {
            guard let c = Self.modified(String(trimmed.dropFirst(prefix.count))) else { return nil }
            self = .ctrl(Character(c.lowercased())); return
        }
        for prefix in ["alt-", "m-", "meta-"] where lowered.hasPrefix(prefix) && trimmed.count > prefix.count {
            guard let c = Self.modified(String(trimmed.dropFirst(prefix.count))) else { return nil }
            self = .alt(c); return
        }
        return nil
    }

    /// The character after "Ctrl-"/"Alt-": one character or "Space".
    private static func modified(_ rest: String) -> Character? {
        if rest.lowercased() == "space" { return " " }
        return rest.count == 1 ? rest.first : nil
    }
}
