/// A named action a person can bind keys to (tig's requests). Screens declare their commands
/// in one table; the key map, the help overlay and the function-key bar are built from it.
public struct Command: Hashable, Sendable {
    /// "scope.action", e.g. "caseload.search" or "global.quit".
    public let name: String
    /// String-table key of the help text.
    public let helpKey: String
    /// String-table key of the short label in the function-key bar (nil: not on the bar).
    public let labelKey: String?
    /// Keys bound when the keys file does not say otherwise.
    public let defaultKeys: [Key]

    public init(_ name: String, helpKey: String, labelKey: String? = nil, defaultKeys: [Key]) {
        self.name = name; self.helpKey = helpKey; self.labelKey = labelKey; self.defaultKeys = defaultKeys
    }

    /// The view the command belongs to: the part of the name before the first dot.
    public var scope: String {
        name.firstIndex(of: ".").map { String(name[..<$0]) } ?? KeyMap.globalScope
    }
}
