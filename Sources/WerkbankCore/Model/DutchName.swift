import Foundation

/// Dutch name conventions: "de Vries" sorts under V and is listed as "Vries, J. de".
public enum DutchName {
    /// "Vries, J. de" (list form).
    public static func listName(first: String, infix: String, last: String) -> String {
        let initial = first.first.map { "\($0)." } ?? ""
        var result = last
        if !initial.isEmpty { result += ", " + initial }
        if !infix.isEmpty { result += (initial.isEmpty ? ", " : " ") + infix }
        return result
    }

    /// "Jan de Vries" (full form).
    public static func fullName(first: String, infix: String, last: String) -> String {
        [first, infix, last].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A key that sorts on the main part of the surname, then first name, then tussenvoegsel,
    /// ignoring case and diacritics.
    public static func sortKey(first: String, infix: String, last: String) -> String {
        fold(last) + "\u{1}" + fold(first) + "\u{1}" + fold(infix)
    }

    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension Client {
    public var listName: String { DutchName.listName(first: firstName, infix: infix, last: lastName) }
    public var fullName: String { DutchName.fullName(first: firstName, infix: infix, last: lastName) }
    public var sortKey: String { DutchName.sortKey(first: firstName, infix: infix, last: lastName) }
}
