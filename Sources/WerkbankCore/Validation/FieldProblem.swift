/// A value that breaks a rule. `message` is in the current language and does not repeat the
/// field name or where the value came from: the caller adds that (`klanten.csv:12:bsn: …`).
public struct FieldProblem: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
