/// A problem a person can act on: bad input, a corrupt or locked data directory, a rule that was
/// broken. `message` is already in the current language and names the file, line and field
/// where there is one. Never used for programming errors.
public struct WerkbankError: Error, Equatable, CustomStringConvertible, Sendable {
    public var message: String
    /// Further lines (for example up to 20 import problems).
    public var details: [String]

    public init(_ message: String, details: [String] = []) {
        self.message = message
        self.details = details
    }

    public var description: String { ([message] + details).joined(separator: "\n") }
}
