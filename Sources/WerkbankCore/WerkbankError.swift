/// A problem a person can act on: bad input, a corrupt or unwritable data directory, a rule that was
/// broken. `message` is already in the current language and names the file, line and field
/// where there is one. Never used for programming errors.
public struct WerkbankError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String
    /// Further lines (for example up to 20 import problems).
    public var details: [String]
    /// What kind of problem, where a caller reacts differently (e.g. opens read-only when the directory is not writable).
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        case general
        /// The user may not write the data directory (permissions, read-only file system).
        case notWritable
        /// The disk is full (or the quota used up): the directory can still be opened read-only.
        case noSpace
    }

    public init(_ message: String, details: [String] = [], kind: Kind = .general) {
        self.message = message
        self.details = details
        self.kind = kind
    }

    public var description: String { ([message] + details).joined(separator: "\n") }
}
