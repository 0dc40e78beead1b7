/// New record ids in the style of the data directory: prefix and a zero-padded number one
/// above the highest in use (`K000201` after `K000200`).
public enum IntakeRecordIDs {
    public static func next<Keys: Sequence>(prefix: String, existing: Keys, minimumWidth: Int = 6) -> String where Keys.Element == String {
        var highest = 0
        var width = minimumWidth
        for key in existing where key.hasPrefix(prefix) {
            let digits = key.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { continue }
            highest = max(highest, number)
            width = max(width, digits.count)
        }
        let text = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// `base-<letter><n>` with the smallest n not yet used (benefit `K000201-u1`, ladder `K000201-t3`).
    public static func next(in base: String, letter: String, used: [String]) -> String {
        var number = 1
        let taken = Set(used)
        while taken.contains("\(base)-\(letter)\(number)") { number += 1 }
        return "\(base)-\(letter)\(number)"
    }
}

/// Splits a name as a melding stores it ("Jan de Vries") into first name, tussenvoegsel and
/// surname: the tussenvoegsel is the run of lower-case particles before the surname.
public enum IntakeNameParts {
    static let particles: Set<String> = ["van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "aan",
                                         "la", "le", "du", "da", "di", "del", "della", "dos", "el", "al", "von", "zu"]

    public static func split(_ name: String) -> (first: String, infix: String, last: String) {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return ("", "", words.first ?? "") }
        guard let infixStart = words.indices.dropFirst().first(where: { particles.contains(words[$0]) }) else {
            return (words[0], "", words.dropFirst().joined(separator: " "))
        }
        var lastStart = infixStart
        while lastStart < words.count - 1, particles.contains(words[lastStart]) { lastStart += 1 }
        return (words[..<infixStart].joined(separator: " "), words[infixStart..<lastStart].joined(separator: " "),
                words[lastStart...].joined(separator: " "))
    }
}
