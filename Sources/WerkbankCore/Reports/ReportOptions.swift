/// Everything a report may be asked for besides its name.
public struct ReportOptions: Equatable, Sendable {
    public var period: ReportPeriod
    /// Reference date of the ladder, KPI, caseload, instrument and placement reports; nothing
    /// dated after it counts.
    public var peildatum: Day
    /// Limits the report to this coach's clients (and their meldingen and placements).
    public var coach: String?
    /// Caseload: the N of "uit beeld" (no contact or no open plan action for more than N weeks
    /// before the peildatum); nil = the team setting (`instellingen.json`).
    public var outOfViewWeeks: Int?
    /// KPI: the regional (Twente) average outflow-to-work rate in percent, when known.
    public var regionalOutflowRate: Tenths?

    public init(period: ReportPeriod = ReportPeriod(), peildatum: Day, coach: String? = nil,
                outOfViewWeeks: Int? = nil, regionalOutflowRate: Tenths? = nil) {
        self.period = period
        self.peildatum = peildatum
        self.coach = coach
        self.outOfViewWeeks = outOfViewWeeks
        self.regionalOutflowRate = regionalOutflowRate
    }
}

extension Dataset {
    /// The part of the data a coach filter leaves: that coach's clients, the meldingen and
    /// placements of those clients (meldingen without a client drop out). Without a coach,
    /// the whole dataset.
    public func scoped(toCoach coach: String?) -> Dataset {
        guard let coach else { return self }
        var scoped = self
        scoped.clients = clients.filtered { $0.coach == coach }
        scoped.meldingen = meldingen.filtered { $0.clientId.map { scoped.clients[$0] != nil } ?? false }
        scoped.placements = placements.filter { scoped.clients[$0.value.clientId] != nil }
        return scoped
    }
}
