import TerminalUI
import WerkbankCore

extension RootView {
    /// Opens `clientId`'s dossier on top, on the tab with key-map scope `tabScope` when given.
    /// The view policy decides whether a reason is asked first ("Waarom open je dit dossier?");
    /// the view is written to the audit log (with the reason) before anything is shown, and when
    /// that fails the dossier stays closed and the status line says why.
    func openDossier(_ clientId: String, tabScope: String? = nil) {
        guard let client = model.client(clientId) else {
            model.status = StatusMessage(appText("dossier.unknown_client", clientId), severity: .error)
            return
        }
        switch ViewPolicy.dossierAccess(for: model.user, to: client, in: model.data) {
        case .open:
            showDossier(clientId, tabScope: tabScope, detail: ViewPolicy.viewDetail(reason: nil, text: ""))
        case .reasonRequired:
            let dialog = AccessReasonDialog(clientName: client.fullName, glyphs: glyphs)
            dialog.onConfirm = { [unowned self] reason, text in
                self.dismissOverlay()
                self.showDossier(clientId, tabScope: tabScope, detail: ViewPolicy.viewDetail(reason: reason, text: text))
            }
            dialog.onCancel = { [unowned self] in self.dismissOverlay() }
            present(dialog)
        }
    }

    private func showDossier(_ clientId: String, tabScope: String?, detail: String) {
        guard model.recordAccess("bekeken", subject: clientId, detail: detail, shown: appText("access.what.dossier")) else { return }
        let dossier = DossierScreen(root: self, clientId: clientId)
        push(dossier)
        if let tabScope { dossier.activateTab(scope: tabScope) }
    }
}
