/// The agenda (F9): what is overdue and what comes up this week and next, for a set of
/// clients: open plan actions, beslistermijnen, re-assessments, ending exemptions and
/// clients going (or gone) "uit beeld", and relapses (terugval) of the last `Relapse.signalDays`.
public enum Agenda {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case action = "actie"
        case decision = "beslistermijn"
        case reassessment = "herbeoordeling"
        case exemption = "ontheffing"
        case outOfView = "uit_beeld"
        case relapse = "terugval"

        public var label: String { coreText("agenda.kind.\(rawValue)") }

        init(_ kind: WorklistKind) {
            switch kind {
            case .decision: self = .decision
            case .reassessment: self = .reassessment
            case .exemption: self = .exemption
            case .outOfView: self = .outOfView
            }
        }
    }

    public struct Item: Sendable, Equatable {
        public var kind: Kind
        public var due: Day
        /// Nil for an aanvraag without a client record.
        public var clientId: String?
        /// "Vries, J. de" (the name given at the melding without a client record).
        public var clientName: String
        /// What is due: the action's title, "aanvraag 03-10-2026", "trede 3 sinds …", …
        public var detail: String
        /// The action (`.action`) or melding (`.decision`) the item is about.
        public var recordId: String?
        /// Days past the due date (0 or less: not late).
        public var daysLate: Int
    }

    /// The last day the agenda looks ahead to: the Sunday of next week.
    public static func horizon(today: Day) -> Day { today.adding(days: 13 - today.weekday) }

    /// The items of the active `clients` (and the undecided aanvragen among `meldingen`; those
    /// without a client record only when `includeUnlinked`), due on or before the horizon,
    /// sorted by date, kind and client name.
    public static func items<Clients: Sequence>(clients: Clients, meldingen: [Melding], includeUnlinked: Bool,
                                                 today: Day, settings: TeamSettings) -> [Item] where Clients.Element == Client {
        let horizon = horizon(today: today)
        var keyed: [(item: Item, nameKey: [UInt8])] = []
        func add(_ kind: Kind, _ due: Day, _ client: Client?, name: String, detail: String, record: String?) {
            guard due <= horizon else { return }
            keyed.append((Item(kind: kind, due: due, clientId: client?.id, clientName: name, detail: detail,
                               recordId: record, daysLate: due.days(until: today)),
                          client.map(CaseloadRow.sortBytes) ?? SearchFolding.fold(name)))
        }
        var clientsById: [String: Client] = [:]
        for client in clients where client.isActive(on: today) {
            clientsById[client.id] = client
            let name = client.listName
            for action in client.actions where action.status == .open {
                add(.action, action.due, client, name: name, detail: action.title, record: action.id)
            }
            if let due = Worklists.reassessmentDue(client), let current = client.ladderPosition.current {
                add(.reassessment, due, client, name: name, detail: coreText("agenda.detail.reassessment", current.rawValue), record: nil)
            }
            if let end = Worklists.exemptionEnd(client) {
                add(.exemption, end, client, name: name, detail: client.exemptionReason, record: nil)
            }
            // Nothing known at all: out of view today.
            let outOfView = Worklists.outOfViewFrom(client, on: today, weeks: settings.outOfViewWeeks) ?? today
            add(.outOfView, outOfView, client, name: name, detail: coreText("agenda.detail.out_of_view", settings.outOfViewWeeks), record: nil)
            for relapse in Relapse.find(in: client) where relapse.isSignal(on: today) {
                add(.relapse, relapse.backOn, client, name: name, detail: relapse.text, record: relapse.benefitId)
            }
        }
        for melding in meldingen {
            guard let deadline = Worklists.decisionDeadline(melding), let applied = melding.applicationDate else { continue }
            let client = melding.clientId.flatMap { clientsById[$0] }
            guard client != nil || (includeUnlinked && melding.clientId == nil) else { continue }
            add(.decision, deadline, client, name: client?.listName ?? melding.name,
                detail: coreText("agenda.detail.decision", applied.dutch), record: melding.id)
        }
        let order = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        keyed.sort { a, b in
            if a.item.due != b.item.due { return a.item.due < b.item.due }
            if a.item.kind != b.item.kind { return order[a.item.kind, default: 0] < order[b.item.kind, default: 0] }
            if a.nameKey != b.nameKey { return a.nameKey.lexicographicallyPrecedes(b.nameKey) }
            return (a.item.clientId ?? "", a.item.detail, a.item.recordId ?? "") < (b.item.clientId ?? "", b.item.detail, b.item.recordId ?? "")
        }
        return keyed.map(\.item)
    }
}
