import WerkbankCore

/// What the caseload screen shares with the ladder (F5) and instrumentenkoffer (F6) screens:
/// the client under the cursor and the list's current query; F5's Enter filters it on a rung.
/// The caseload screen conforms;
/// without one on the stack both screens use the user's own caseload and no selected client.
protocol CaseloadContext: AnyObject {
    /// The client under the cursor, nil when the list is empty.
    var selectedClientId: String? { get }
    /// Scope, search text and facet filters of the list as shown.
    var caseloadQuery: CaseloadQuery { get }
    /// Shows only the clients on rung `key` (0…6, or `geen` for no position).
    func filterOnRung(_ key: String)
}

extension RootView {
    /// The caseload screen's context, when a caseload is on the stack.
    var caseloadContext: CaseloadContext? {
        stack.reversed().lazy.compactMap { $0 as? CaseloadContext }.first
    }

    /// The client the person is working on: the top-most open dossier's, else the caseload's selection.
    var focusedClientId: String? {
        for screen in stack.reversed() {
            if let dossier = screen as? DossierScreen { return dossier.clientId }
            if let caseload = screen as? CaseloadContext { return caseload.selectedClientId }
        }
        return nil
    }

    /// The clients the caseload-wide views count: the caseload's query (search and filters) when
    /// there is one, else the user's own clients (a supervisor, admin or intaker: everybody).
    var workingCaseloadQuery: CaseloadQuery {
        if let query = caseloadContext?.caseloadQuery { return query }
        return .active(model.user.role == .coach ? .coach(model.user.name) : .all)
    }
}

extension DossierScreen {
    /// Steps to the tab with key-map scope `scope` (tab order may change as tabs are added);
    /// false when the dossier has no such tab.
    @discardableResult
    func activateTab(scope tabScope: String) -> Bool {
        for _ in 0..<10 {
            if scopes.first == tabScope { return true }
            perform(DossierCommand.nextTab)
        }
        return scopes.first == tabScope
    }
}
