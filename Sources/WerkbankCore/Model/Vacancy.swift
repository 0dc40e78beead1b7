/// Where a vacancy stands. Older data used `gesloten`, which reads as `ingetrokken`.
public enum VacancyStatus: String, Codable, CaseIterable, Sendable {
    case open
    /// Candidates have been proposed; the employer has not decided yet.
    case proposed = "voorgesteld"
    case filled = "vervuld"
    case withdrawn = "ingetrokken"

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text == "gesloten" { self = .withdrawn; return }
        guard let status = VacancyStatus(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "vacaturestatus '\(text)'"))
        }
        self = status
    }

    /// Still looking for candidates.
    public var isOpen: Bool { self == .open || self == .proposed }

    public var label: String { coreText("vacancystatus.\(rawValue)") }
}

/// How heavy the work is on the body.
public enum PhysicalLoad: String, Codable, CaseIterable, Sendable {
    case light = "licht"
    case medium = "gemiddeld"
    case heavy = "zwaar"

    public var label: String { coreText("physicalload.\(rawValue)") }
}

/// One task of a carved vacancy (job carving): a candidate may fit some tasks and not others.
public struct VacancyTask: Codable, Hashable, Sendable {
    public var name: String
    /// The skills the task needs (matched like the vacancy's required skills).
    public var skills: [String]
    public var hoursPerWeek: Int

    public init(name: String, skills: [String] = [], hoursPerWeek: Int = 0) {
        self.name = name; self.skills = skills; self.hoursPerWeek = hoursPerWeek
    }
}

/// The certificates vacancies ask for and clients hold; the matcher treats them as hard requirements.
public enum Certificate {
    public static let known = ["VCA", "heftruck", "BHV"]
}

public struct Vacancy: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var employerId: String
    public var title: String
    /// The function ("magazijnmedewerker"); the title may be more specific.
    public var function: String
    public var description: String
    /// Job carving: the vacancy as a list of tasks (empty: one profile).
    public var tasks: [VacancyTask]
    public var hoursPerWeek: Int
    /// Working times in words ("ma-vr 7-15 uur, ploegendienst").
    public var schedule: String
    /// Number of places.
    public var positions: Int
    /// How many candidates the employer wants to see.
    public var candidatesWanted: Int
    /// Skills asked for (free text, matched case-insensitively). JSON key `requirements`.
    public var requiredSkills: [String]
    public var desiredSkills: [String]
    /// Certificates that are a must (VCA, heftruck, BHV).
    public var certificates: [String]
    public var drivingLicence: Bool
    public var minimumLanguageLevel: LanguageLevel?
    public var physicalLoad: PhysicalLoad?
    /// The lowest rung a candidate should be on.
    public var minimumRung: Rung?
    /// The town of the workplace (for the distance to the candidate).
    public var place: String
    /// The district (wijk) of the workplace, when in the municipality.
    public var district: String
    public var opened: Day
    public var closes: Day?
    public var start: Day?
    public var status: VacancyStatus

    public init(id: String, employerId: String, title: String, function: String = "", description: String = "",
                tasks: [VacancyTask] = [], hoursPerWeek: Int = 32, schedule: String = "", positions: Int = 1,
                candidatesWanted: Int? = nil, requirements: [String] = [], desiredSkills: [String] = [],
                certificates: [String] = [], drivingLicence: Bool = false, minimumLanguageLevel: LanguageLevel? = nil,
                physicalLoad: PhysicalLoad? = nil, minimumRung: Rung? = nil, place: String = "", district: String = "",
                opened: Day, closes: Day? = nil, start: Day? = nil, status: VacancyStatus = .open) {
        self.id = id; self.employerId = employerId; self.title = title; self.function = function.isEmpty ? title : function
        self.description = description; self.tasks = tasks; self.hoursPerWeek = hoursPerWeek; self.schedule = schedule
        self.positions = positions; self.candidatesWanted = candidatesWanted ?? positions
        self.requiredSkills = requirements; self.desiredSkills = desiredSkills; self.certificates = certificates
        self.drivingLicence = drivingLicence; self.minimumLanguageLevel = minimumLanguageLevel
        self.physicalLoad = physicalLoad; self.minimumRung = minimumRung; self.place = place; self.district = district
        self.opened = opened; self.closes = closes; self.start = start; self.status = status
    }

    /// Open for candidates on `day`: status open or voorgesteld and not closed before it.
    public func isOpen(on day: Day) -> Bool { status.isOpen && (closes.map { $0 >= day } ?? true) }

    private enum CodingKeys: String, CodingKey {
        case id, employerId, title, function, description, tasks, hoursPerWeek, schedule, positions, candidatesWanted
        case requiredSkills = "requirements", desiredSkills, certificates, drivingLicence, minimumLanguageLevel
        case physicalLoad, minimumRung, place, district, opened, closes, start, status
    }

    /// Fields added after the first schema read with defaults, so older data directories load.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        employerId = try c.decode(String.self, forKey: .employerId)
        title = try c.decode(String.self, forKey: .title)
        function = try c.decodeIfPresent(String.self, forKey: .function) ?? title
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        tasks = try c.decodeIfPresent([VacancyTask].self, forKey: .tasks) ?? []
        hoursPerWeek = try c.decode(Int.self, forKey: .hoursPerWeek)
        schedule = try c.decodeIfPresent(String.self, forKey: .schedule) ?? ""
        positions = try c.decode(Int.self, forKey: .positions)
        candidatesWanted = try c.decodeIfPresent(Int.self, forKey: .candidatesWanted) ?? positions
        requiredSkills = try c.decodeIfPresent([String].self, forKey: .requiredSkills) ?? []
        desiredSkills = try c.decodeIfPresent([String].self, forKey: .desiredSkills) ?? []
        certificates = try c.decodeIfPresent([String].self, forKey: .certificates) ?? []
        drivingLicence = try c.decodeIfPresent(Bool.self, forKey: .drivingLicence) ?? false
        minimumLanguageLevel = try c.decodeIfPresent(LanguageLevel.self, forKey: .minimumLanguageLevel)
        physicalLoad = try c.decodeIfPresent(PhysicalLoad.self, forKey: .physicalLoad)
        minimumRung = try c.decodeIfPresent(Rung.self, forKey: .minimumRung)
        place = try c.decodeIfPresent(String.self, forKey: .place) ?? ""
        district = try c.decodeIfPresent(String.self, forKey: .district) ?? ""
        opened = try c.decode(Day.self, forKey: .opened)
        closes = try c.decodeIfPresent(Day.self, forKey: .closes)
        start = try c.decodeIfPresent(Day.self, forKey: .start)
        status = try c.decode(VacancyStatus.self, forKey: .status)
    }
}
