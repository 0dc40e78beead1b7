import Foundation
import Synchronization

/// The language of everything shown to a person: Dutch by default, English as the second
/// language (`WERKBANK_LANG=en` or `--lang en`).
public enum Language: String, Sendable, CaseIterable {
    case nl, en

    private static let selected = Mutex<Language>(Language.fromEnvironment())

    public static var current: Language {
        get { selected.withLock { $0 } }
        set { selected.withLock { $0 = newValue } }
    }

    static func fromEnvironment() -> Language {
        let value = ProcessInfo.processInfo.environment["WERKBANK_LANG"]?.lowercased() ?? ""
        return value.hasPrefix("en") ? .en : .nl
    }
}

/// One module's table of user-visible text: a key maps to the Dutch and the English text.
/// `{0}`, `{1}`, … are replaced by the arguments; `{0|klant|klanten}` picks the form for the
/// count in argument 0 (`Placeholders`).
public struct StringTable: Sendable {
    public let entries: [String: (nl: String, en: String)]

    public init(_ entries: [String: (nl: String, en: String)]) {
        self.entries = entries
    }

    public func text(_ key: String, _ arguments: [String] = [], language: Language = .current) -> String {
        guard let entry = entries[key] else { return key }
        return Placeholders.fill(language == .nl ? entry.nl : entry.en, arguments)
    }

    public func callAsFunction(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        text(key, arguments.map(\.description))
    }

    public func has(_ key: String) -> Bool { entries[key] != nil }
}
