/// A person in the caseload.
public struct Client: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var bsn: String?
    public var firstName: String
    /// Tussenvoegsel ("de", "van den"): shown but ignored when sorting.
    public var infix: String
    public var lastName: String
    public var birthDate: Day?
    public var postcode: String
    public var district: String
    public var address: String
    public var phone: String
    public var email: String
    public var household: Household?
    public var children: Int
    public var education: EducationLevel?
    public var workExperience: String
    public var languageLevel: LanguageLevel?
    public var targetGroups: [TargetGroup]
    public var barriers: [Barrier]
    public var workObligation: WorkObligation?
    public var exemptionReason: String
    public var exemptionEnd: Day?
    public var countryOfOrigin: String
    public var inburgering: String
    public var skills: [String]
    public var certificates: [String]
    public var drivingLicence: Bool
    public var wishes: String
    public var hoursAvailable: Int?
    /// User name of the assigned coach.
    public var coach: String
    public var routes: [Route]
    /// Date of the loonwaardemeting (needed before loonkostensubsidie).
    public var wageValueAssessment: Day?
    public var benefits: [BenefitPeriod]
    public var ladder: [LadderObservation]
    /// The contact log: each note's id and date, its text held or in the notes file (`NoteRef`).
    public var notes: NoteList
    public var actions: [PlanAction]
    public var deployments: [InstrumentDeployment]
    /// Last "beschikbaarheid bevestigen": skills, hours and wishes checked with the client.
    public var profileConfirmed: Day?
    /// Incremented by every edit; lets a writer notice that another wrote in between.
    public var version: Int

    public init(id: String, bsn: String? = nil, firstName: String = "", infix: String = "", lastName: String = "",
                birthDate: Day? = nil, postcode: String = "", district: String = "", address: String = "",
                phone: String = "", email: String = "", household: Household? = nil, children: Int = 0,
                education: EducationLevel? = nil, workExperience: String = "", languageLevel: LanguageLevel? = nil,
                targetGroups: [TargetGroup] = [], barriers: [Barrier] = [], workObligation: WorkObligation? = nil,
                exemptionReason: String = "", exemptionEnd: Day? = nil, countryOfOrigin: String = "",
                inburgering: String = "", skills: [String] = [], certificates: [String] = [],
                drivingLicence: Bool = false, wishes: String = "", hoursAvailable: Int? = nil, coach: String = "",
                routes: [Route] = [], wageValueAssessment: Day? = nil, benefits: [BenefitPeriod] = [],
                ladder: [LadderObservation] = [], notes: [ContactNote] = [], actions: [PlanAction] = [],
                deployments: [InstrumentDeployment] = [], profileConfirmed: Day? = nil, version: Int = 0) {
        self.id = id; self.bsn = bsn; self.firstName = firstName; self.infix = infix; self.lastName = lastName
        self.birthDate = birthDate; self.postcode = postcode; self.district = district; self.address = address
        self.phone = phone; self.email = email; self.household = household; self.children = children
        self.education = education; self.workExperience = workExperience; self.languageLevel = languageLevel
        self.targetGroups = targetGroups; self.barriers = barriers; self.workObligation = workObligation
        self.exemptionReason = exemptionReason; self.exemptionEnd = exemptionEnd
        self.countryOfOrigin = countryOfOrigin; self.inburgering = inburgering; self.skills = skills
        self.certificates = certificates; self.drivingLicence = drivingLicence; self.wishes = wishes
        self.hoursAvailable = hoursAvailable; self.coach = coach; self.routes = routes
        self.wageValueAssessment = wageValueAssessment; self.benefits = benefits; self.ladder = ladder
        self.notes = NoteList(notes.map(NoteRef.init)); self.actions = actions; self.deployments = deployments
        self.profileConfirmed = profileConfirmed; self.version = version
    }
}

extension Client {
    public var ladderPosition: LadderPosition { LadderPosition(history: ladder) }

    /// The benefit period running on `date`, if any.
    public func runningBenefit(on date: Day) -> BenefitPeriod? {
        benefits.first { $0.start <= date && ($0.end == nil || $0.end! >= date) }
    }

    /// In the caseload on `date`: on a running benefit, or without any benefit at all (a
    /// non-benefit jobseeker); a client whose benefits all ended has flowed out.
    public func isActive(on date: Day) -> Bool { benefits.isEmpty || runningBenefit(on: date) != nil }

    public var lastContact: Day? { notes.map(\.date).max() }

    /// The open action with the earliest due date.
    public var nextAction: PlanAction? {
        actions.filter { $0.status == .open }.min { $0.due < $1.due }
    }
}

/// A benefit period (uitkering): `end` and `endReason` are nil while it runs.
public struct BenefitPeriod: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var start: Day
    public var end: Day?
    public var endReason: EndReason?

    public init(id: String, start: Day, end: Day? = nil, endReason: EndReason? = nil) {
        self.id = id; self.start = start; self.end = end; self.endReason = endReason
    }
}

/// An entry in the contact log (notities).
public struct ContactNote: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: Day
    public var by: String
    public var channel: ContactChannel
    public var text: String

    public init(id: String, date: Day, by: String, channel: ContactChannel, text: String) {
        self.id = id; self.date = date; self.by = by; self.channel = channel; self.text = text
    }
}

public enum ActionStatus: String, Codable, CaseIterable, Sendable {
    case open = "open"
    case done = "gedaan"
    case cancelled = "vervallen"

    public var label: String { coreText("actionstatus.\(rawValue)") }
}

/// One step of the client's plan, with a due date.
public struct PlanAction: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var due: Day
    public var status: ActionStatus
    public var by: String
    public var doneOn: Day?

    public init(id: String, title: String, due: Day, status: ActionStatus = .open, by: String = "", doneOn: Day? = nil) {
        self.id = id; self.title = title; self.due = due; self.status = status; self.by = by; self.doneOn = doneOn
    }
}
