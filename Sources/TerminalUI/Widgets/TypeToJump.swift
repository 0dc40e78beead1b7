import Foundation

/// Type-to-jump in a list: typed characters build a prefix and the cursor goes to the first
/// entry from the current one (wrapping) that starts with it, case and accents ignored; when
/// nothing starts with the longer prefix, the last character alone jumps to the next entry
/// starting with it (so typing the same letter again cycles). The owner calls `reset()` when
/// another key is pressed (or, as `Select` does, after a pause).
public struct TypeToJump: Sendable {
    /// The prefix typed so far.
    public private(set) var typed = ""

    public init() {}

    public mutating func reset() { typed = "" }

    /// The entry to move to after typing `character` in a list of `count` entries with the
    /// cursor on `current`; nil when no entry starts with it (the prefix is then kept).
    public mutating func type(_ character: Character, count: Int, current: Int, label: (Int) -> String) -> Int? {
        let extended = typed + String(character)
        if let index = Self.first(startingWith: extended, count: count, from: current, label: label) {
            typed = extended
            return index
        }
        if let index = Self.first(startingWith: String(character), count: count, from: current + 1, label: label) {
            typed = String(character)
            return index
        }
        return nil
    }

    /// Removes the last typed character (Backspace); the cursor stays where it is.
    public mutating func deleteBackward() {
        if !typed.isEmpty { typed.removeLast() }
    }

    /// The first entry from `start` (wrapping around) that begins with `prefix`.
    public static func first(startingWith prefix: String, count: Int, from start: Int, label: (Int) -> String) -> Int? {
        guard count > 0 else { return nil }
        for step in 0..<count {
            let index = (start + step) % count
            if label(index).range(of: prefix, options: [.anchored, .caseInsensitive, .diacriticInsensitive]) != nil {
                return index
            }
        }
        return nil
    }
}
