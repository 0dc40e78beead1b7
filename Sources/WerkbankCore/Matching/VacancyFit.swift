/// How well one client fits one vacancy: a score from 0 to 100, the factors behind it (each with
/// its contribution, reason and the day its data was last confirmed), whether the client is
/// doubtful ("onzeker — eerst bellen") and which instruments would apply.
public struct VacancyFit: Equatable, Sendable {
    public var clientId: String
    /// "Vries, J. de"
    public var clientName: String
    /// The client's coach (user name): clients of other coaches are shown masked.
    public var clientCoach: String
    public var vacancyId: String
    public var vacancyTitle: String
    public var employerName: String
    public var score: Int
    /// Holds every certificate the vacancy asks for; a candidate without ranks below all who do.
    public var meetsHardRequirements: Bool
    /// Out of view or profile not confirmed recently: call before proposing.
    public var uncertain: Bool
    public var factors: [MatchFactor]
    /// Instruments of the koffer that would apply to this match (filled for the ranked top only).
    public var instruments: [MatchInstrument]
    /// Kilometres from the client's postcode to the vacancy's place (nil: unknown), and the day
    /// of the last contact: what the candidate lists sort on besides the score.
    public var kilometres: Int? = nil
    public var lastContact: Day? = nil

    /// The reasons for, most important first, in the current language.
    public var reasonsFor: [String] { factors.compactMap(\.reasonFor) }
    public var reasonsAgainst: [String] { factors.compactMap(\.reasonAgainst) }
}

/// One factor of a match. A criterion has a weight and earns up to it; a penalty has weight 0
/// and negative points; a note has neither. score = round(100 × earned / sum of weights) − penalties,
/// clamped to 0…100.
public struct MatchFactor: Equatable, Sendable {
    /// Dutch key, stable for JSON: trede, certificaten, vaardigheden, taken, …
    public var key: String
    public var points: Int
    public var weight: Int
    public var reasonFor: String?
    public var reasonAgainst: String?
    /// When the data behind the factor was last confirmed (nil: never / unknown).
    public var confirmedOn: Day?

    /// The reasons in one line.
    public var explanation: String { [reasonFor, reasonAgainst].compactMap { $0 }.joined(separator: "; ") }
}

/// An instrument that would apply to a match, with why.
public struct MatchInstrument: Equatable, Sendable {
    public var id: String
    public var name: String
    public var reason: String
}

/// The parts of the score. Each scored criterion that applies to the vacancy adds its weight to
/// the maximum; penalties are subtracted from the percentage afterwards.
enum MatchWeight {
    static let rung = 25
    /// A rung one below the minimum still earns this much.
    static let rungClose = 10
    static let requirements = 25
    static let certificates = 20
    static let tasks = 20
    static let desiredSkills = 5
    static let drivingLicence = 10
    static let language = 10
    static let hours = 10
    static let wishes = 10
    static let district = 10
    static let distance = 10

    static let placed = 40
    static let proposedElsewhere = 10
    static let fullExemption = 30
    static let transportBarrier = 10
    static let languageBarrier = 5
    static let careBarrier = 5
    static let physicalBarrier = 10
    static let outOfView = 15
    static let profileUnconfirmed = 10
    /// Care duties weigh against a job of this many hours a week or more.
    static let fullTimeHours = 32
    /// Beyond this distance a client with a transport barrier gets the barrier penalty.
    static let farKilometres = 15
}
