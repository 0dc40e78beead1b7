/// A client flattened for lists: everything a caseload line, its filters and its preview need,
/// computed once when the index is built (or the client changes). The full name, which only the
/// preview shows, is derived when asked, so that 100,000 rows stay smaller and quicker to build.
public struct CaseloadRow: Sendable, Equatable, Identifiable {
    public var id: String
    public var firstName: String
    public var infix: String
    public var lastName: String
    /// "Vries, J. de"
    public var listName: String
    /// The full BSN, for search only; never show it in a list (`maskedBSN`).
    public var bsn: String?
    public var startRung: Rung?
    public var currentRung: Rung?
    public var expectedRung: Rung?
    public var expectedTargetDate: Day?
    /// The paper's client group, from the current rung.
    public var group: ClientGroup
    public var targetGroups: [TargetGroup]
    public var barriers: [Barrier]
    /// User name of the coach.
    public var coach: String
    /// Display name of the coach (the user name when the coach is not a known user).
    public var coachName: String
    public var lastContact: Day?
    /// Days from the last contact to today; nil when there never was one.
    public var daysSinceContact: Int?
    /// "Uit beeld": no contact or no open plan action for more than N weeks (`Worklists`).
    public var outOfView: Bool
    /// A relapse (terugval) still flagged today (`Relapse.isSignal`).
    public var relapse: Bool
    /// Due dates and states of the worklists (beslistermijn, herbeoordeling, ontheffing, uit beeld).
    public var worklists: ClientWorklists
    /// On a running benefit today, or in the caseload without any benefit (not flowed out).
    public var isActive: Bool
    public var nextAction: PlanAction?
    /// The next open action is due before today.
    public var overdue: Bool
    public var activeInstruments: [ActiveInstrument]
    public var postcode: String
    public var district: String
    public var age: Int?

    public var nextActionDue: Day? { nextAction?.due }
    /// `●●●●●●123`: what a list shows. Made when drawn: kept for 100,000 rows it was 8 MB.
    public var maskedBSN: String { BSN.masked(bsn) }
    /// Short codes of the target groups for a narrow column ("J S").
    public var targetGroupFlags: String { targetGroups.map(\.shortCode).joined(separator: " ") }
    /// "Jan de Vries"
    public var fullName: String { DutchName.fullName(first: firstName, infix: infix, last: lastName) }
}

/// An instrument deployment running today, as a row shows it ("jobcoaching t/m 03-2027").
public struct ActiveInstrument: Sendable, Equatable {
    public var instrumentId: String
    public var name: String
    public var end: Day?
}

/// How a caseload row is derived: the reference date and the team settings ("uit beeld").
public struct CaseloadSettings: Sendable, Equatable {
    public var today: Day
    public var team: TeamSettings

    public init(today: Day, team: TeamSettings = TeamSettings()) {
        self.today = today
        self.team = team
    }
}

extension CaseloadRow {
    /// Derives the row of `client`; `meldingen` are the client's (for the beslistermijn),
    /// `users` and `instruments` give display names. The client is borrowed, not copied.
    public init(client: borrowing Client, meldingen: [Melding] = [], settings: CaseloadSettings, users: [String: User],
                instruments: [String: Instrument]) {
        let today = settings.today
        let layout = DutchName.listNameLayout(first: client.firstName, infix: client.infix, last: client.lastName)
        let position = client.ladderPosition
        let lastContact = client.lastContact
        let nextAction = client.nextAction
        id = client.id
        firstName = client.firstName
        infix = client.infix
        lastName = client.lastName
        listName = layout.text
        bsn = client.bsn
        startRung = position.start?.rung
        currentRung = position.current
        expectedRung = position.expected?.rung
        expectedTargetDate = position.expected?.targetDate
        group = position.current?.group ?? .unknown
        targetGroups = client.targetGroups
        barriers = client.barriers
        coach = client.coach
        coachName = users[client.coach]?.displayName ?? client.coach
        self.lastContact = lastContact
        daysSinceContact = lastContact.map { $0.days(until: today) }
        worklists = ClientWorklists(client: client, meldingen: meldingen, today: today, settings: settings.team)
        outOfView = worklists.state(.outOfView) != nil
        relapse = Relapse.find(in: client).contains { $0.isSignal(on: today) }
        isActive = client.isActive(on: today)
        self.nextAction = nextAction
        overdue = nextAction.map { $0.due < today } ?? false
        activeInstruments = client.deployments
            .filter { $0.isActive(on: today) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            .map { ActiveInstrument(instrumentId: $0.instrumentId, name: instruments[$0.instrumentId]?.name ?? $0.instrumentId, end: $0.end) }
        postcode = client.postcode
        district = client.district
        age = client.birthDate.map { $0.age(on: today) }
    }

    /// Folded main surname, first name and tussenvoegsel, separated by 0x01 so that
    /// "Berg" sorts before "Bergen".
    static func sortBytes(_ client: Client) -> [UInt8] {
        var bytes: [UInt8] = []
        appendSortBytes(first: client.firstName, infix: client.infix, last: client.lastName, to: &bytes)
        return bytes
    }

    /// `sortBytes` of the name parts, appended to `bytes`.
    static func appendSortBytes(first: String, infix: String, last: String, to bytes: inout [UInt8]) {
        SearchFolding.append(last, to: &bytes)
        bytes.append(1)
        SearchFolding.append(first, to: &bytes)
        bytes.append(1)
        SearchFolding.append(infix, to: &bytes)
    }
}

extension Client {
    /// The first known date of the trajectory: the earliest benefit start or ladder observation.
    var trajectoryStart: Day? {
        (benefits.map(\.start) + ladder.map(\.date)).min()
    }
}

extension TargetGroup {
    /// A one- or two-letter code for a narrow list column.
    public var shortCode: String { coreText("caseload.flag.\(rawValue)") }
}
