/// "Loopt af": deployments across a caseload that end within a window (30 days) or run past the
/// instrument's legal maximum, soonest first.
public enum ExpiringDeployments {
    public enum Reason: Equatable, Sendable {
        /// Ends within the window, `days` from today (0 = today).
        case endsSoon(days: Int)
        /// Runs (or is planned to run) past start + maximum months.
        case pastMaximum(maxMonths: Int, lastDay: Day)

        public var message: String {
            switch self {
            case .endsSoon(let days): return days == 0 ? coreText("expiring.today") : coreText("expiring.soon", days)
            case .pastMaximum(let months, let lastDay): return coreText("expiring.past.maximum", months, lastDay.dutch)
            }
        }
    }

    public struct Item: Equatable, Sendable {
        public var clientId: String
        /// "Vries, J. de"
        public var clientName: String
        public var deployment: InstrumentDeployment
        public var instrumentName: String
        public var reason: Reason
        /// The date the list is sorted on: the planned end, or the legal last day when open-ended.
        public var date: Day
    }

    public static let defaultWindowDays = 30

    public static func items<Clients: Sequence>(clients: Clients, instruments: [String: Instrument], today: Day,
                                                withinDays window: Int = defaultWindowDays) -> [Item] where Clients.Element == Client {
        var keyed: [(item: Item, nameKey: [UInt8])] = []
        for client in clients {
            for deployment in client.deployments where !deployment.cancelled && (deployment.end.map { $0 >= today } ?? true) {
                let instrument = instruments[deployment.instrumentId]
                let lastDay = instrument?.legalLastDay(startingOn: deployment.start)
                // An open-ended deployment of an instrument with a maximum ends at the legal last day.
                guard let end = deployment.end ?? lastDay else { continue }
                let reason: Reason
                if let lastDay, let maxMonths = instrument?.maxMonths, end > lastDay || lastDay < today {
                    reason = .pastMaximum(maxMonths: maxMonths, lastDay: lastDay)
                } else if today.days(until: end) <= window {
                    reason = .endsSoon(days: today.days(until: end))
                } else {
                    continue
                }
                let date = end
                let item = Item(clientId: client.id, clientName: client.listName, deployment: deployment,
                                instrumentName: instrument?.name ?? deployment.instrumentId, reason: reason, date: date)
                keyed.append((item, CaseloadRow.sortBytes(client)))
            }
        }
        keyed.sort { a, b in
            if a.item.date != b.item.date { return a.item.date < b.item.date }
            if a.nameKey != b.nameKey { return a.nameKey.lexicographicallyPrecedes(b.nameKey) }
            return a.item.deployment.id < b.item.deployment.id
        }
        return keyed.map(\.item)
    }
}
