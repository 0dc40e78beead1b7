import Foundation

/// Dutch name conventions: "de Vries" sorts under V and is listed as "Vries, J. de".
public enum DutchName {
    /// "Vries, J. de" (list form).
    public static func listName(first: String, infix: String, last: String) -> String {
        listNameLayout(first: first, infix: infix, last: last).text
    }

    /// The list form with the character offsets of its parts, so a caller can highlight
    /// the surname, the initial or the tussenvoegsel inside "Vries, J. de".
    public static func listNameLayout(first: String, infix: String, last: String) -> ListNameLayout {
        let initial = first.first.map { "\($0)." } ?? ""
        var result = last
        var initialRange: Range<Int>?
        var infixRange: Range<Int>?
        if !initial.isEmpty {
            result += ", "
            initialRange = result.count..<(result.count + 1)
            result += initial
        }
        if !infix.isEmpty {
            result += initial.isEmpty ? ", " : " "
            infixRange = result.count..<(result.count + infix.count)
            result += infix
        }
        return ListNameLayout(text: result, last: 0..<last.count, initial: initialRange, infix: infixRange)
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

/// "Vries, J. de" with the character ranges of the surname, the initial (the "J") and the tussenvoegsel.
public struct ListNameLayout: Equatable, Sendable {
    public var text: String
    public var last: Range<Int>
    public var initial: Range<Int>?
    public var infix: Range<Int>?
}

extension Client {
    public var listName: String { DutchName.listName(first: firstName, infix: infix, last: lastName) }
    public var fullName: String { DutchName.fullName(first: firstName, infix: infix, last: lastName) }
    public var sortKey: String { DutchName.sortKey(first: firstName, infix: infix, last: lastName) }
}
