/// "Vandaag": every open action due today or earlier across a set of clients, oldest first.
public enum TodayView {
    public struct Item: Sendable, Equatable {
        public var clientId: String
        /// "Vries, J. de"
        public var clientName: String
        public var action: PlanAction
        /// 0 = due today, 3 = three days late.
        public var daysOverdue: Int
    }

    /// Sorted by due date, then client name (Dutch order), then action title.
    public static func items<Clients: Sequence>(clients: Clients, today: Day) -> [Item] where Clients.Element == Client {
        var keyed: [(item: Item, nameKey: [UInt8])] = []
        for client in clients {
            for action in client.actions where action.status == .open && action.due <= today {
                keyed.append((Item(clientId: client.id, clientName: client.listName, action: action,
                                   daysOverdue: action.due.days(until: today)),
                              CaseloadRow.sortBytes(client)))
            }
        }
        keyed.sort { a, b in
            if a.item.action.due != b.item.action.due { return a.item.action.due < b.item.action.due }
            if a.nameKey != b.nameKey { return a.nameKey.lexicographicallyPrecedes(b.nameKey) }
            return (a.item.clientId, a.item.action.title, a.item.action.id) < (b.item.clientId, b.item.action.title, b.item.action.id)
        }
        return keyed.map(\.item)
    }
}
