/// A client back on benefit within `Relapse.months` after leaving it for work (terugval).
public struct Relapse: Equatable, Sendable {
    public static let months = 12
    /// A relapse is flagged to the coach (agenda, caseload facet) for this many days after the return.
    public static let signalDays = 90
    /// Benefit ends that count as leaving for work.
    public static let workReasons: Set<EndReason> = [.work, .workViaSWB, .selfEmployed]

    public var clientId: String
    /// The last day of the benefit that ended for work.
    public var leftOn: Day
    public var reason: EndReason
    /// The first day of the new benefit.
    public var backOn: Day
    /// The id of the new benefit period.
    public var benefitId: String

    /// The client's relapses, oldest first: every benefit that ended with reden werk, werk via
    /// SWB or zelfstandig and was followed by a benefit starting after its end and no later than
    /// 12 months after it (only the first such benefit counts).
    public static func find(in client: Client) -> [Relapse] {
        let periods = client.benefits.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        var relapses: [Relapse] = []
        for period in periods {
            guard let end = period.end, let reason = period.endReason, workReasons.contains(reason) else { continue }
            let limit = end.adding(months: months)
            if let next = periods.first(where: { $0.start > end && $0.start <= limit }) {
                relapses.append(Relapse(clientId: client.id, leftOn: end, reason: reason, backOn: next.start, benefitId: next.id))
            }
        }
        return relapses
    }

    /// Every relapse in the dataset, by return date then client id.
    public static func find(in dataset: Dataset) -> [Relapse] {
        dataset.clients.values.flatMap { find(in: $0) }.sorted { ($0.backOn, $0.clientId) < ($1.backOn, $1.clientId) }
    }

    /// Still a signal on `today`: the return lies at most `signalDays` before it.
    public func isSignal(on today: Day) -> Bool { backOn <= today && backOn.days(until: today) <= Self.signalDays }

    /// "uit de uitkering voor werk op 05-05-2026, terug op 29-08-2026"
    public var text: String { coreText("relapse.text", leftOn.dutch, backOn.dutch) }
}
