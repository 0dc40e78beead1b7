import TerminalUI
import WerkbankCore

/// What the root view does about other instances on the same data directory.
extension RootView {
    /// On every tick: takes in others' edits and reloads the top screen when anything changed.
    func followOthers() {
        if model.followOthers(clientOnScreen: (top as? DossierScreen)?.clientId) { top?.willAppear() }
    }

    /// A dialog for an edit refused because someone else changed the same thing meanwhile. The
    /// form it came from (if any) comes back afterwards, with what was typed.
    func showConflict(_ conflict: EditConflict) {
        let dialog = Dialog(title: appText("shell.conflict_title"), message: model.conflictMessage(conflict),
                            buttons: [appText("shell.ok")], glyphs: glyphs)
        let underneath = overlay
        dialog.onAnswer = { [unowned self] _ in
            self.dismissOverlay()
            if let underneath { self.present(underneath) }
        }
        present(dialog)
    }
}
