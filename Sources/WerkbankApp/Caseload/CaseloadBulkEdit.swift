import WerkbankCore

/// The edits of the caseload's bulk actions, one journaled part per client so that each
/// client's Historie shows it; `AppModel.commit(_:summary:)` makes them one undo step.
enum CaseloadBulkEdit {
    /// Gives `clients` to `coach`; clients that already have that coach are left alone.
    static func assign(_ clients: [Client], to coach: User, displayName: (String) -> String) -> [AppModel.EditPart] {
        clients.filter { $0.coach != coach.name }.map { client in
            var changed = client
            changed.coach = coach.name
            let from = client.coach.isEmpty ? "—" : displayName(client.coach)
            return AppModel.EditPart(changes: [.putClient(changed)],
                                     summary: appText("caseload.assigned_one", from, coach.displayName), subject: client.id)
        }
    }

    /// Adds an open action `title` due `due` to each client, made by `user`.
    static func addAction(_ title: String, due: Day, to clients: [Client], by user: String) -> [AppModel.EditPart] {
        clients.map { client in
            var changed = client
            changed.actions.append(PlanAction(id: newActionId(for: client), title: title, due: due, by: user))
            return AppModel.EditPart(changes: [.putClient(changed)],
                                     summary: appText("caseload.action_added_one", title, due.dutch), subject: client.id)
        }
    }

    /// "<client id>-a<n>", the first n not in use by the client's actions.
    static func newActionId(for client: Client) -> String {
        let used = Set(client.actions.map(\.id))
        var number = client.actions.count + 1
        while used.contains("\(client.id)-a\(number)") { number += 1 }
        return "\(client.id)-a\(number)"
    }
}
