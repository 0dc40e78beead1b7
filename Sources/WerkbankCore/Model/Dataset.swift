/// Everything in a data directory, in memory. Collections are keyed by id.
public struct Dataset: Sendable, Equatable {
    public var users: [String: User] = [:]
    public var clients = RecordTable<Client>()
    public var employers: [String: Employer] = [:]
    public var vacancies: [String: Vacancy] = [:]
    public var placements: [String: Placement] = [:]
    public var meldingen = RecordTable<Melding>()
    public var drafts: [String: Draft] = [:]
    public var proposals: [String: Proposal] = [:]
    /// The instrumentenkoffer (from `instrumenten.json`).
    public var instruments: [String: Instrument] = [:]
    /// The team settings (from `instellingen.json`; defaults when it is missing).
    public var settings = TeamSettings()

    public init() {}

    public func clients(of coach: String) -> [Client] {
        clients.values.filter { $0.coach == coach }
    }
}
