/// How well one client fits one vacancy: a score from 0 to 100 and the reasons for and
/// against, most important first, in the current language.
public struct VacancyFit: Equatable, Sendable {
    public var clientId: String
    /// "Vries, J. de"
    public var clientName: String
    public var vacancyId: String
    public var vacancyTitle: String
    public var employerName: String
    public var score: Int
    public var reasonsFor: [String]
    public var reasonsAgainst: [String]
}

/// The parts of the score. Each scored criterion that applies to the vacancy adds its weight to
/// the maximum; penalties are subtracted from the percentage afterwards.
enum MatchWeight {
    static let rung = 25
    /// A rung one below the minimum still earns this much.
    static let rungClose = 10
    static let requirements = 25
    static let drivingLicence = 10
    static let language = 10
    static let hours = 10
    static let wishes = 10
    static let district = 10

    static let placed = 40
    static let proposedElsewhere = 10
    static let fullExemption = 30
    static let transportBarrier = 10
    static let languageBarrier = 5
    static let careBarrier = 5
    /// Care duties weigh against a job of this many hours a week or more.
    static let fullTimeHours = 32
}
