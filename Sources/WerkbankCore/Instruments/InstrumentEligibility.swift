/// Why an instrument cannot be deployed for a client.
public enum IneligibilityReason: Equatable, Sendable {
    /// The instrument is meant for other rungs (`actual` nil: no position yet).
    case wrongRung(allowed: [Rung], actual: Rung?)
    case notInTargetGroup(allowed: [TargetGroup])
    /// Loonkostensubsidie needs a loonwaardemeting first.
    case missingWageValueAssessment
    /// Not registered in the doelgroepregister (banenafspraak).
    case notInTargetRegister
    /// Werken met behoud van uitkering (proefplaatsing) needs a running benefit.
    case noRunningBenefit
    /// The client already has this instrument (until `until`, nil = open-ended).
    case alreadyActive(until: Day?)

    /// The reason in the current language ("alleen voor trede 5-6").
    public var message: String {
        switch self {
        case .wrongRung(let allowed, let actual):
            let rungs = RungList.text(allowed)
            guard let actual else { return coreText("eligibility.rung.unknown", rungs) }
            return coreText("eligibility.rung", rungs, actual.rawValue)
        case .notInTargetGroup(let allowed):
            return coreText("eligibility.targetgroup", allowed.map(\.label).joined(separator: ", "))
        case .missingWageValueAssessment: return coreText("eligibility.wagevalue")
        case .notInTargetRegister: return coreText("eligibility.register")
        case .noRunningBenefit: return coreText("eligibility.benefit")
        case .alreadyActive(let until):
            return until.map { coreText("eligibility.active.until", $0.dutch) } ?? coreText("eligibility.active")
        }
    }
}

/// Eligible when there are no reasons against.
public struct Eligibility: Equatable, Sendable {
    public var reasons: [IneligibilityReason]
    public var isEligible: Bool { reasons.isEmpty }
    public var messages: [String] { reasons.map(\.message) }
}

/// An instrument of the koffer with its eligibility for one client (✓ / ✗ with reasons).
public struct InstrumentOption: Equatable, Sendable {
    public var instrument: Instrument
    public var eligibility: Eligibility
}

/// The rules of the instrumentenkoffer: target rungs and groups from the catalogue entry,
/// and its prerequisites (loonwaardemeting, doelgroepregister, running benefit).
/// The "employer" prerequisite belongs to the deploy form (`DeploymentRules`).
public enum InstrumentEligibility {
    public static func evaluate(_ instrument: Instrument, for client: Client, on date: Day) -> Eligibility {
        var reasons: [IneligibilityReason] = []
        let rung = client.ladderPosition.current
        if !instrument.rungs.isEmpty, !(rung.map(instrument.rungs.contains) ?? false) {
            reasons.append(.wrongRung(allowed: instrument.rungs.sorted(), actual: rung))
        }
        if !instrument.targetGroups.isEmpty, !instrument.targetGroups.contains(where: client.targetGroups.contains) {
            reasons.append(.notInTargetGroup(allowed: instrument.targetGroups))
        }
        for prerequisite in instrument.prerequisites {
            switch prerequisite {
            case .wageValueAssessment where !(client.wageValueAssessment.map { $0 <= date } ?? false):
                reasons.append(.missingWageValueAssessment)
            case .targetRegister where !client.targetGroups.contains(.jobAgreement):
                reasons.append(.notInTargetRegister)
            case .runningBenefit where client.runningBenefit(on: date) == nil:
                reasons.append(.noRunningBenefit)
            default:
                break
            }
        }
        if let active = client.deployments.first(where: { $0.instrumentId == instrument.id && $0.isActive(on: date) }) {
            reasons.append(.alreadyActive(until: active.end))
        }
        return Eligibility(reasons: reasons)
    }

    /// The whole catalogue for one client, by name: what the koffer pane lists.
    public static func options(catalogue: [String: Instrument], for client: Client, on date: Day) -> [InstrumentOption] {
        catalogue.values
            .sorted { (FoldedName(bytes: SearchFolding.fold($0.name)), $0.id) < (FoldedName(bytes: SearchFolding.fold($1.name)), $1.id) }
            .map { InstrumentOption(instrument: $0, eligibility: evaluate($0, for: client, on: date)) }
    }
}

/// "5-6", "3", "1, 3, 5": rungs as the reasons show them.
enum RungList {
    static func text(_ rungs: [Rung]) -> String {
        let numbers = rungs.map(\.rawValue).sorted()
        guard let first = numbers.first, let last = numbers.last else { return "" }
        if numbers.count > 1, last - first == numbers.count - 1 { return "\(first)-\(last)" }
        return numbers.map(String.init).joined(separator: ", ")
    }
}

extension Instrument {
    /// The last day a deployment starting on `start` may run: the day before the same day
    /// `maxMonths` later (01-01 → 31-03), or the end of that month when it is shorter
    /// (30-11 → 28-02); nil when the instrument has no maximum.
    public func legalLastDay(startingOn start: Day) -> Day? {
        maxMonths.map { months in
            let later = start.adding(months: months)
            return later.day < start.day ? later : later.adding(days: -1)
        }
    }
}
