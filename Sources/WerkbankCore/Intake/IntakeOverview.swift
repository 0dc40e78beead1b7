/// What waits for an intaker, so nothing waits unseen: meldingen without aanvraag or a reason
/// why not, aanvragen without besluit, and granted clients whose intake (start rung) is not done.
public struct IntakeItem: Equatable, Sendable {
    public enum Status: String, Sendable, CaseIterable {
        /// A melding without aanvraag and without a reason why none came.
        case melding
        /// An aanvraag without besluit.
        case application = "aanvraag"
        /// Benefit granted, intake (start rung) still to do.
        case intake
    }

    public var status: Status
    public var meldingId: String
    public var clientId: String?
    public var name: String
    /// The date the item started waiting: melding, aanvraag or besluit.
    public var since: Day
    /// Days waiting up to today.
    public var ageInDays: Int
    /// Under 27: the end of the zoektijd.
    public var searchPeriodEnd: Day?
}

public enum IntakeOverview {
    /// The open items, longest waiting first (then by melding id).
    public static func items(_ data: Dataset, today: Day) -> [IntakeItem] {
        var items: [IntakeItem] = []
        for melding in data.meldingen.values {
            let client = melding.clientId.flatMap { data.clients[$0] }
            let status: IntakeItem.Status
            let since: Day
            switch (melding.applicationDate, melding.decision) {
            case (nil, nil) where melding.noApplicationReason == nil:
                (status, since) = (.melding, melding.date)
            case (let application?, nil):
                (status, since) = (.application, application)
            case (_, .granted?):
                guard let client, client.ladderPosition.start == nil else { continue }
                (status, since) = (.intake, melding.decisionDate ?? melding.date)
            default:
                continue
            }
            items.append(IntakeItem(status: status, meldingId: melding.id, clientId: client?.id,
                                    name: client?.listName ?? melding.name, since: since,
                                    ageInDays: since.days(until: today), searchPeriodEnd: melding.searchPeriodEnd))
        }
        return items.sorted { ($0.since, $0.meldingId) < ($1.since, $1.meldingId) }
    }
}
