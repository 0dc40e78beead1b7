import TerminalUI
import WerkbankCore

/// What the dossier tabs share: the client they show, the model, and saving. A save commits
/// through `model.commit` (journal first, then the index and "opgeslagen: …") and refreshes the
/// dossier screen, so every tab (Historie too) shows the new state at once.
struct DossierContext {
    unowned let root: RootView
    let clientId: String

    var model: AppModel { root.model }
    var glyphs: Glyphs { root.glyphs }
    var today: Day { model.today }
    var client: Client? { model.client(clientId) }

    /// Saves `client` as one journaled edit about this client; false when the store refused.
    @discardableResult
    func save(_ client: Client, summary: String) -> Bool {
        commit([.putClient(client)], summary: summary)
    }

    @discardableResult
    func commit(_ changes: [Change], summary: String) -> Bool {
        guard model.commit(changes, summary: summary, subject: clientId) else { return false }
        root.top?.willAppear()
        return true
    }

    /// Shows an editing form over the dossier.
    func present(_ form: EditForm) { root.presentForm(form) }

    /// Puts a hint or warning on the status line.
    func say(_ text: String, severity: Role = .warning) {
        model.status = StatusMessage(text, severity: severity)
    }

    func displayName(of user: String) -> String { user.isEmpty ? "—" : model.displayName(of: user) }

    /// An id `prefix` + the first free number, e.g. "K000123-a7".
    static func nextId(_ prefix: String, existing: [String]) -> String {
        let taken = Set(existing)
        var number = existing.count + 1
        while taken.contains(prefix + String(number)) { number += 1 }
        return prefix + String(number)
    }
}

extension Optional where Wrapped == String {
    /// The text, or "—" when missing or empty.
    var orDash: String { self.flatMap { $0.isEmpty ? nil : $0 } ?? "—" }
}

extension String {
    var orDash: String { isEmpty ? "—" : self }
}
