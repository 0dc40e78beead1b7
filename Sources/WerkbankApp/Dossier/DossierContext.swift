import TerminalUI
import WerkbankCore

/// What the dossier tabs share: the client they show, the model, and saving. A save runs a Core
/// command through `model.run` (journal first, then the index and "opgeslagen: …") and refreshes
/// the dossier screen, so every tab (Historie too) shows the new state at once.
struct DossierContext {
    unowned let root: RootView
    let clientId: String

    var model: AppModel { root.model }
    var glyphs: Glyphs { root.glyphs }
    var today: Day { model.today }
    var client: Client? { model.client(clientId) }

    /// Runs `command` (an edit of this client, checked and journaled by Core) and refreshes the
    /// dossier; nil when it was refused (the status line says why).
    @discardableResult
    func run(_ command: some EditCommand) -> Edit? {
        guard let edit = model.run(command) else { return nil }
        root.top?.willAppear()
        return edit
    }

    /// Shows an editing form over the dossier.
    func present(_ form: EditForm) { root.presentForm(form) }

    /// Puts a hint or warning on the status line.
    func say(_ text: String, severity: Role = .warning) {
        model.status = StatusMessage(text, severity: severity)
    }

    func displayName(of user: String) -> String { user.isEmpty ? "—" : model.displayName(of: user) }
}

extension Optional where Wrapped == String {
    /// The text, or "—" when missing or empty.
    var orDash: String { self.flatMap { $0.isEmpty ? nil : $0 } ?? "—" }
}

extension String {
    var orDash: String { isEmpty ? "—" : self }
}
