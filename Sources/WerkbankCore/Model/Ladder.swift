/// A position on the participatieladder. 0 = "in onderzoek" (not yet determined).
public enum Rung: Int, Codable, CaseIterable, Comparable, Sendable {
    case research = 0
    case isolated = 1
    case socialContacts = 2
    case organisedActivities = 3
    case unpaidWork = 4
    case paidWorkWithSupport = 5
    case paidWork = 6

    public static func < (a: Rung, b: Rung) -> Bool { a.rawValue < b.rawValue }

    public var label: String { coreText("rung.\(rawValue)") }

    /// The client group the paper derives from a rung.
    public var group: ClientGroup {
        switch self {
        case .research: return .unknown
        case .isolated, .socialContacts: return .socialParticipation
        case .organisedActivities, .unpaidWork: return .vulnerableMiddle
        case .paidWorkWithSupport, .paidWork: return .selfReliant
        }
    }
}

public enum ClientGroup: String, Codable, CaseIterable, Sendable {
    case selfReliant = "zelfredzaam"
    case vulnerableMiddle = "middengroep"
    case socialParticipation = "maatschappelijke_participatie"
    case unknown = "onbekend"

    public var label: String { coreText("group.\(rawValue)") }
}

/// `start` (position at the start of the trajectory), `actueel` (current estimate) or
/// `verwacht` (expected position, with a target date).
public enum LadderKind: String, Codable, CaseIterable, Sendable {
    case start
    case actual = "actueel"
    case expected = "verwacht"

    public var label: String { coreText("ladderkind.\(rawValue)") }
}

/// A dated estimate of a client's rung ("momentopname, geen stempel"): the whole history is kept.
public struct LadderObservation: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: Day
    public var kind: LadderKind
    public var rung: Rung
    public var by: String
    public var reason: String
    /// For `verwacht`: the date by which the expected rung should be reached.
    public var targetDate: Day?

    public init(id: String, date: Day, kind: LadderKind, rung: Rung, by: String = "", reason: String = "", targetDate: Day? = nil) {
        self.id = id
        self.date = date
        self.kind = kind
        self.rung = rung
        self.by = by
        self.reason = reason
        self.targetDate = targetDate
    }
}

/// Start, current and expected position derived from a ladder history at a reference date,
/// as docs/exchange-format.md defines: the earliest `start`, the latest `actueel`, the latest `verwacht`.
public struct LadderPosition: Equatable, Sendable {
    public var start: LadderObservation?
    public var actual: LadderObservation?
    public var expected: LadderObservation?

    public init(history: [LadderObservation], on date: Day? = nil) {
        for observation in history where date == nil || observation.date <= date! {
            switch observation.kind {
            case .start:
                if start == nil || observation.date < start!.date { start = observation }
            case .actual:
                if actual == nil || observation.date >= actual!.date { actual = observation }
            case .expected:
                if expected == nil || observation.date >= expected!.date { expected = observation }
            }
        }
    }

    /// The current rung: the latest `actueel`, else the start.
    public var current: Rung? { actual?.rung ?? start?.rung }

    /// expected − start; nil (unknown) when either is missing or 0.
    public var steps: Int? {
        guard let s = start?.rung, let e = expected?.rung, s != .research, e != .research else { return nil }
        return e.rawValue - s.rawValue
    }
}
