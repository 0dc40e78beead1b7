/// An employer: one accountmanager (the single contact employers ask for), its contact persons
/// and its agreements with the municipality.
public struct Employer: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var sector: String
    public var city: String
    /// Number of employees, when known.
    public var size: Int?
    public var contacts: [ContactPerson]
    /// User name of the accountmanager werk.
    public var accountManager: String
    /// Member of the Hartwerk employer network.
    public var hartwerk: Bool
    /// Social return (SROI) agreed in a contract with the municipality.
    public var socialReturn: SocialReturn?
    /// Jobs the employer has promised under the banenafspraak.
    public var jobAgreementJobs: Int

    public init(id: String, name: String, sector: String = "", city: String = "", size: Int? = nil,
                contacts: [ContactPerson] = [], accountManager: String = "", hartwerk: Bool = false,
                socialReturn: SocialReturn? = nil, jobAgreementJobs: Int = 0) {
        self.id = id; self.name = name; self.sector = sector; self.city = city; self.size = size
        self.contacts = contacts; self.accountManager = accountManager; self.hartwerk = hartwerk
        self.socialReturn = socialReturn; self.jobAgreementJobs = jobAgreementJobs
    }

    /// Data written before contact persons were a list held one contact in `contactName`,
    /// `contactPhone` and `contactEmail`: it reads as one contact person.
    private enum LegacyKeys: String, CodingKey { case contactName, contactPhone, contactEmail }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        sector = try container.decodeIfPresent(String.self, forKey: .sector) ?? ""
        city = try container.decodeIfPresent(String.self, forKey: .city) ?? ""
        size = try container.decodeIfPresent(Int.self, forKey: .size)
        accountManager = try container.decodeIfPresent(String.self, forKey: .accountManager) ?? ""
        hartwerk = try container.decodeIfPresent(Bool.self, forKey: .hartwerk) ?? false
        socialReturn = try container.decodeIfPresent(SocialReturn.self, forKey: .socialReturn)
        jobAgreementJobs = try container.decodeIfPresent(Int.self, forKey: .jobAgreementJobs) ?? 0
        if let contacts = try container.decodeIfPresent([ContactPerson].self, forKey: .contacts) {
            self.contacts = contacts
        } else {
            let legacy = try decoder.container(keyedBy: LegacyKeys.self)
            let person = ContactPerson(name: try legacy.decodeIfPresent(String.self, forKey: .contactName) ?? "",
                                       phone: try legacy.decodeIfPresent(String.self, forKey: .contactPhone) ?? "",
                                       email: try legacy.decodeIfPresent(String.self, forKey: .contactEmail) ?? "")
            contacts = person == ContactPerson(name: "") ? [] : [person]
        }
    }
}

/// A contact person at an employer.
public struct ContactPerson: Codable, Hashable, Sendable {
    public var name: String
    /// What they do there ("hoofd productie", "P&O").
    public var role: String
    public var phone: String
    public var email: String

    public init(name: String, role: String = "", phone: String = "", email: String = "") {
        self.name = name; self.role = role; self.phone = phone; self.email = email
    }
}

/// A social return (SROI) agreement: `places` people from the target groups placed by `deadline`.
/// How many are filled is derived from the placements (`Dataset.socialReturnFilled`).
public struct SocialReturn: Codable, Hashable, Sendable {
    public var places: Int
    /// Placements from this day on count towards the agreement.
    public var since: Day
    public var deadline: Day

    public init(places: Int, since: Day, deadline: Day) {
        self.places = places; self.since = since; self.deadline = deadline
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

extension Dataset {
    /// Places of an employer's social return agreement filled so far: placements there whose paid
    /// work (temporary, else permanent contract) started between `since` and `deadline`.
    public func socialReturnFilled(employerId: String) -> Int {
        guard let agreement = employers[employerId]?.socialReturn else { return 0 }
        return placements.values.filter { placement in
            placement.employerId == employerId && placement.workStart.map { $0 >= agreement.since && $0 <= agreement.deadline } ?? false
        }.count
    }
}
