/// An employer; one contact person per employer.
public struct Employer: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var sector: String
    public var city: String
    public var contactName: String
    public var contactPhone: String
    public var contactEmail: String
    /// User name of the accountmanager werk.
    public var accountManager: String
    /// Member of the Hartwerk employer network.
    public var hartwerk: Bool

    public init(id: String, name: String, sector: String = "", city: String = "", contactName: String = "",
                contactPhone: String = "", contactEmail: String = "", accountManager: String = "", hartwerk: Bool = false) {
        self.id = id; self.name = name; self.sector = sector; self.city = city; self.contactName = contactName
        self.contactPhone = contactPhone; self.contactEmail = contactEmail; self.accountManager = accountManager
        self.hartwerk = hartwerk
    }
}

public enum VacancyStatus: String, Codable, CaseIterable, Sendable {
    case open
    case filled = "vervuld"
    case closed = "gesloten"
}

public struct Vacancy: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var employerId: String
    public var title: String
    public var description: String
    public var hoursPerWeek: Int
    public var positions: Int
    /// Skills and certificates asked for (free text, matched case-insensitively).
    public var requirements: [String]
    public var drivingLicence: Bool
    public var minimumLanguageLevel: LanguageLevel?
    /// The lowest rung a candidate should be on.
    public var minimumRung: Rung?
    public var district: String
    public var opened: Day
    public var closes: Day?
    public var status: VacancyStatus

    public init(id: String, employerId: String, title: String, description: String = "", hoursPerWeek: Int = 32,
                positions: Int = 1, requirements: [String] = [], drivingLicence: Bool = false,
                minimumLanguageLevel: LanguageLevel? = nil, minimumRung: Rung? = nil, district: String = "",
                opened: Day, closes: Day? = nil, status: VacancyStatus = .open) {
        self.id = id; self.employerId = employerId; self.title = title; self.description = description
        self.hoursPerWeek = hoursPerWeek; self.positions = positions; self.requirements = requirements
        self.drivingLicence = drivingLicence; self.minimumLanguageLevel = minimumLanguageLevel
        self.minimumRung = minimumRung; self.district = district; self.opened = opened; self.closes = closes
        self.status = status
    }
}

public enum PlacementStage: String, Codable, CaseIterable, Comparable, Sendable {
    case proposed = "voorgesteld"
    case trial = "proefplaatsing"
    case temporary = "tijdelijk_contract"
    case permanent = "vast_contract"

    public static func < (a: PlacementStage, b: PlacementStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var label: String { coreText("stage.\(rawValue)") }
}

/// A client placed (or proposed) at an employer: trial → temporary → permanent contract.
public struct Placement: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var clientId: String
    public var employerId: String
    public var vacancyId: String?
    public var stage: PlacementStage
    public var proposed: Day?
    public var trialStart: Day?
    public var temporaryStart: Day?
    public var permanentStart: Day?
    /// The day the placement ended (nil while it runs).
    public var end: Day?
    public var endReason: String
    public var by: String

    public init(id: String, clientId: String, employerId: String, vacancyId: String? = nil, stage: PlacementStage,
                proposed: Day? = nil, trialStart: Day? = nil, temporaryStart: Day? = nil, permanentStart: Day? = nil,
                end: Day? = nil, endReason: String = "", by: String = "") {
        self.id = id; self.clientId = clientId; self.employerId = employerId; self.vacancyId = vacancyId
        self.stage = stage; self.proposed = proposed; self.trialStart = trialStart
        self.temporaryStart = temporaryStart; self.permanentStart = permanentStart; self.end = end
        self.endReason = endReason; self.by = by
    }
}
