/// Who an instrument is aimed at.
public enum InstrumentSide: String, Codable, CaseIterable, Sendable {
    case employer = "werkgever"
    case client = "klant"
    case participation = "participatie"
}

/// What must be in place before an instrument may be deployed.
public enum Prerequisite: String, Codable, CaseIterable, Sendable {
    /// A loonwaardemeting (method Loonbalans) by an arbeidsdeskundige.
    case wageValueAssessment = "loonwaardemeting"
    /// Registered in the doelgroepregister (banenafspraak).
    case targetRegister = "doelgroepregister"
    /// The deployment names an employer.
    case employer = "werkgever"
    /// A running benefit (e.g. werken met behoud van uitkering).
    case runningBenefit = "lopende_uitkering"
}

/// An entry of the instrumentenkoffer. The catalogue is data: `instrumenten.json` in the data directory.
public struct Instrument: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var side: InstrumentSide
    public var description: String
    public var provider: String
    /// Legal or policy maximum duration in months; nil = no maximum.
    public var maxMonths: Int?
    /// Cost in euro per month (or once when `costPerMonth` is false); nil = no cost to the municipality.
    public var cost: Double?
    public var costPerMonth: Bool
    /// Rungs the instrument is meant for; empty = every rung.
    public var rungs: [Rung]
    /// Target groups the instrument is limited to; empty = everybody.
    public var targetGroups: [TargetGroup]
    public var prerequisites: [Prerequisite]

    public init(id: String, name: String, side: InstrumentSide, description: String = "", provider: String = "",
                maxMonths: Int? = nil, cost: Double? = nil, costPerMonth: Bool = true, rungs: [Rung] = [],
                targetGroups: [TargetGroup] = [], prerequisites: [Prerequisite] = []) {
        self.id = id; self.name = name; self.side = side; self.description = description; self.provider = provider
        self.maxMonths = maxMonths; self.cost = cost; self.costPerMonth = costPerMonth; self.rungs = rungs
        self.targetGroups = targetGroups; self.prerequisites = prerequisites
    }
}

/// An instrument used for a client.
public struct InstrumentDeployment: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var instrumentId: String
    public var start: Day
    /// Planned or actual last day; nil = open-ended.
    public var end: Day?
    public var hoursPerMonth: Double?
    public var amount: Double?
    public var employerId: String?
    public var note: String
    public var by: String
    public var cancelled: Bool

    public init(id: String, instrumentId: String, start: Day, end: Day? = nil, hoursPerMonth: Double? = nil,
                amount: Double? = nil, employerId: String? = nil, note: String = "", by: String = "", cancelled: Bool = false) {
        self.id = id; self.instrumentId = instrumentId; self.start = start; self.end = end
        self.hoursPerMonth = hoursPerMonth; self.amount = amount; self.employerId = employerId; self.note = note
        self.by = by; self.cancelled = cancelled
    }

    public func isActive(on date: Day) -> Bool {
        !cancelled && start <= date && (end == nil || end! >= date)
    }
}
