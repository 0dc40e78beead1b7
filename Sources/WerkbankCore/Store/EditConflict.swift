/// An edit refused because what it was based on changed in the meantime (another person moved
/// the rung, changed the field, since the form was opened): never a silent last-writer-wins.
/// Screens show `theirs` next to `yours` and let the person decide again.
public struct EditConflict: Error, Equatable, Sendable {
    /// The client the edit was about, when any.
    public var subject: String?
    /// What was to be changed, in the reader's language ("trede", "telefoon").
    public var what: String
    /// The value now on disk, written by `by`.
    public var theirs: String
    /// The value this edit wanted to write.
    public var yours: String
    /// Who wrote `theirs` (user name), when known.
    public var by: String?

    public init(subject: String?, what: String, theirs: String, yours: String, by: String?) {
        self.subject = subject; self.what = what; self.theirs = theirs; self.yours = yours; self.by = by
    }
}
