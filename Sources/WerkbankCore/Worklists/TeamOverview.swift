/// The teamleider overview (F8, Overzicht): per coach the active clients against the norm, the
/// clients on each worklist and with overdue actions, and monthly trends for the KPI tiles.
/// Every count keeps its client ids, so that a count can be drilled into.
public struct TeamOverview: Sendable, Equatable {
    /// Clients on one worklist: overdue, and due soon.
    public struct ListCount: Sendable, Equatable {
        public var overdue: [String] = []
        public var soon: [String] = []
        public var all: [String] { overdue + soon }
    }

    public struct CoachRow: Sendable, Equatable {
        /// User name; empty for clients without a coach.
        public var coach: String
        /// The active clients (ids, sorted).
        public var clients: [String] = []
        public var lists: [WorklistKind: ListCount] = [:]
        /// Clients with an open action due before today.
        public var overdueActions: [String] = []

        public func list(_ kind: WorklistKind) -> ListCount { lists[kind] ?? ListCount() }

        mutating func add(_ clientId: String, _ worklists: ClientWorklists, overdueAction: Bool) {
            clients.append(clientId)
            for kind in WorklistKind.allCases {
                switch worklists.state(kind) {
                case .overdue?: lists[kind, default: ListCount()].overdue.append(clientId)
                case .soon?: lists[kind, default: ListCount()].soon.append(clientId)
                case nil: break
                }
            }
            if overdueAction { overdueActions.append(clientId) }
        }

        /// Active clients as a percentage of the norm (rounded down).
        public func percentOfNorm(_ norm: Int) -> Int { norm > 0 ? clients.count * 100 / norm : 0 }
    }

    /// A monthly series ending in today's month.
    public struct Trend: Sendable, Equatable {
        public var months: [YearMonth]
        public var values: [Int]
    }

    public static let trendMonths = 12

    public var today: Day
    public var settings: TeamSettings
    /// One row per coach with active clients or the coach role, sorted by user name; the
    /// clients without a coach last (when there are any).
    public var coaches: [CoachRow]
    /// All coaches together.
    public var total: CoachRow
    /// Active clients at the end of each month (today for the current month).
    public var stock: Trend
    /// Benefits started, benefits ended and meldingen per month.
    public var inflow: Trend
    public var outflow: Trend
    public var meldingen: Trend

    /// The overview of `dataset` (already scoped to one coach, or whole) on `today`; `coachNames`
    /// are the coaches to list even without clients.
    public init(_ dataset: Dataset, today: Day, coachNames: [String] = []) {
        self.today = today
        settings = dataset.settings
        var rows: [String: CoachRow] = [:]
        for name in coachNames { rows[name] = CoachRow(coach: name) }
        var meldingenOf: [String: [Melding]] = [:]
        for melding in dataset.meldingen.values { if let id = melding.clientId { meldingenOf[id, default: []].append(melding) } }
        var total = CoachRow(coach: "")
        for client in dataset.clients.values.sorted(by: { $0.id < $1.id }) where client.isActive(on: today) {
            let worklists = ClientWorklists(client: client, meldingen: meldingenOf[client.id] ?? [], today: today, settings: settings)
            let late = client.actions.contains { $0.status == .open && $0.due < today }
            rows[client.coach, default: CoachRow(coach: client.coach)].add(client.id, worklists, overdueAction: late)
            total.add(client.id, worklists, overdueAction: late)
        }
        coaches = rows.values.sorted { ($0.coach.isEmpty ? 1 : 0, $0.coach) < ($1.coach.isEmpty ? 1 : 0, $1.coach) }
        self.total = total
        let months = (0..<TeamOverview.trendMonths).reversed().map { YearMonth(today).adding(months: -$0) }
        func series(_ value: (YearMonth) -> Int) -> Trend { Trend(months: months, values: months.map(value)) }
        stock = series { month in
            let day = min(month.lastDay, today)
            return dataset.clients.values.reduce(0) { $0 + ($1.isActive(on: day) ? 1 : 0) }
        }
        var started: [YearMonth: Int] = [:], ended: [YearMonth: Int] = [:], reported: [YearMonth: Int] = [:]
        dataset.clients.values.forEach { client in
            for benefit in client.benefits {
                started[YearMonth(benefit.start), default: 0] += 1
                if let end = benefit.end { ended[YearMonth(end), default: 0] += 1 }
            }
        }
        for melding in dataset.meldingen.values { reported[YearMonth(melding.date), default: 0] += 1 }
        inflow = series { started[$0] ?? 0 }
        outflow = series { ended[$0] ?? 0 }
        meldingen = series { reported[$0] ?? 0 }
    }
}
