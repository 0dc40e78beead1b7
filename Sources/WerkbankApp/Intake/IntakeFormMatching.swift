import TerminalUI
import WerkbankCore

/// The melding form looks for the person among the existing clients (same BSN, or same name
/// and birth date) and offers to link the existing record instead of making a second one.
extension IntakeFormScreen {
    /// Asks "Bestaande klant gevonden … koppelen?" once per match, when a BSN or birth date was
    /// completed or a person field was left.
    func offerExistingClient() {
        guard form.kind == .melding, !root.hasOverlay,
              let match = IntakeDuplicates.firstMatch(for: form, in: model.data.clients),
              let client = model.client(match.clientId) else { return }
        let key = [match.clientId, form.text(.bsn), form.personName, form.text(.birthDate)].joined(separator: "|")
        guard key != offeredMatch else { return }
        offeredMatch = key
        let born = client.birthDate.map { appText("intake.born", $0.dutch) } ?? ""
        let message = appText("intake.match.message", client.listName, client.id, born, BSN.masked(client.bsn),
                              appText(match.reason == .bsn ? "intake.match.by_bsn" : "intake.match.by_name"))
        let dialog = Dialog(title: appText("intake.match.title"), message: message,
                            buttons: [appText("shell.yes"), appText("shell.no")], defaultButton: 0, glyphs: root.glyphs)
        dialog.onAnswer = { [unowned self] answer in
            self.root.dismissOverlay()
            if answer == 0 {
                self.link(client)
            } else if match.reason == .nameAndBirthDate {
                let declined = self.form[.declinedMatches].split(separator: ",").map(String.init) + [client.id]
                self.form[.declinedMatches] = declined.joined(separator: ",")
                self.recheck()
            }
        }
        root.present(dialog)
    }

    /// Alt-K: link the client found (even one declined before), or undo the link.
    func toggleLink() {
        guard form.kind == .melding else { return }
        if !form.isEmpty(.linkedClient) {
            form[.linkedClient] = ""
            recheck()
            model.status = StatusMessage(appText("intake.unlinked"), severity: .warning)
            return
        }
        let bsn = BSN.isValid(form.text(.bsn)) ? form.text(.bsn) : ""
        guard let match = IntakeDuplicates.matches(bsn: bsn, firstName: form.text(.firstName), infix: form.text(.infix),
                                                   lastName: form.text(.lastName), birthDate: form.day(.birthDate),
                                                   in: model.data.clients.values).first,
              let client = model.client(match.clientId) else {
            model.status = StatusMessage(appText("intake.no_match"), severity: .warning)
            return
        }
        link(client)
    }

    /// The melding is about `client`: the person fields take the client's values.
    private func link(_ client: Client) {
        form[.linkedClient] = client.id
        setField(.bsn, client.bsn ?? "")
        setField(.firstName, client.firstName)
        setField(.infix, client.infix)
        setField(.lastName, client.lastName)
        setField(.birthDate, client.birthDate?.dutch ?? "")
        recheck()
        model.status = StatusMessage(appText("intake.linked", client.id, client.listName), severity: .success)
    }
}
