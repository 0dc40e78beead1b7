/// The worklists the desk lives by (docs/reports.md, "Werklijsten"): each rule gives a client's
/// (or an aanvraag's) due date; a due date before today is `overdue`, one within the list's
/// warning window is `soon`.
public enum WorklistKind: String, CaseIterable, Hashable, Sendable {
    /// An aanvraag without besluit: the beslistermijn ends 8 weeks after the aanvraag.
    case decision = "beslistermijn"
    /// The yearly re-assessment: 12 months after the latest ladder assessment.
    case reassessment = "herbeoordeling"
    /// A (partial or full) exemption from the work obligation ends.
    case exemption = "ontheffing"
    /// No contact, or no open plan action, for more than N weeks (`TeamSettings`).
    case outOfView = "uit_beeld"

    public var label: String { coreText("worklist.\(rawValue)") }
}

public enum WorklistState: String, Hashable, Sendable {
    /// The due date has passed.
    case overdue = "verlopen"
    /// Due today or within the warning window.
    case soon = "binnenkort"

    public var label: String { coreText("worklist.state.\(rawValue)") }
}

public enum Worklists {
    /// Beslistermijn: 8 weeks from the aanvraag.
    public static let decisionWeeks = 8
    public static let decisionWarningDays = 14
    public static let reassessmentMonths = 12
    public static let reassessmentWarningDays = 30
    public static let exemptionWarningDays = 30

    /// The last day of the beslistermijn of an undecided aanvraag; nil without aanvraag or
    /// once decided.
    public static func decisionDeadline(_ melding: Melding) -> Day? {
        guard melding.decision == nil, let applied = melding.applicationDate else { return nil }
        return decisionDeadline(applied: applied)
    }

    /// The last day to decide on an aanvraag filed on `applied`.
    public static func decisionDeadline(applied: Day) -> Day { applied.adding(days: 7 * decisionWeeks) }

    /// The day the re-assessment is due: 12 months after the latest assessment (the latest
    /// `actueel`, else the `start` position); nil when the client was never placed on the ladder.
    public static func reassessmentDue(_ client: Client) -> Day? {
        let position = client.ladderPosition
        return (position.actual ?? position.start).map { $0.date.adding(months: reassessmentMonths) }
    }

    /// The end of a (partial or full) exemption from the work obligation; nil without one.
    public static func exemptionEnd(_ client: Client) -> Day? {
        switch client.workObligation {
        case .partialExemption?, .fullExemption?: return client.exemptionEnd
        default: return nil
        }
    }

    /// The first day a client is "uit beeld": more than `weeks` weeks after the last contact,
    /// or after the last day an action was open, whichever comes first. Without a contact the
    /// trajectory start counts; with an open action the plan keeps the client in view.
    /// Nil when nothing is known (no contact, no action, no trajectory start): out of view now.
    public static func outOfViewFrom(_ client: Client, on date: Day, weeks: Int) -> Day? {
        let start = client.trajectoryStart
        let lastContact = client.notes.lazy.map(\.date).filter { $0 <= date }.max() ?? start
        let contactEnd = lastContact.map { $0.adding(days: 7 * weeks + 1) }
        if client.actions.contains(where: { isOpen($0, on: date) }) { return contactEnd }
        let lastPlan = client.actions.lazy.compactMap { $0.doneOn ?? $0.due }.filter { $0 <= date }.max() ?? start
        guard let planEnd = lastPlan.map({ $0.adding(days: 7 * weeks + 1) }) else { return contactEnd }
        return contactEnd.map { min($0, planEnd) } ?? planEnd
    }

    /// "Uit beeld" on `date`.
    public static func isOutOfView(_ client: Client, on date: Day, weeks: Int) -> Bool {
        outOfViewFrom(client, on: date, weeks: weeks).map { $0 <= date } ?? true
    }

    /// An action is open on `date` when it is open now, or was closed after `date`.
    static func isOpen(_ action: PlanAction, on date: Day) -> Bool {
        action.status == .open || (action.doneOn.map { $0 > date } ?? false)
    }

    /// Where a due date stands on `today`: overdue, soon (today … today + `warningDays`), or nil.
    public static func state(due: Day, today: Day, warningDays: Int) -> WorklistState? {
        if due < today { return .overdue }
        return today.days(until: due) <= warningDays ? .soon : nil
    }

    public static func warningDays(_ kind: WorklistKind) -> Int {
        switch kind {
        case .decision: return decisionWarningDays
        case .reassessment: return reassessmentWarningDays
        case .exemption: return exemptionWarningDays
        case .outOfView: return 14
        }
    }
}

/// Where one client stands on each worklist on a day: the due dates and their states.
public struct ClientWorklists: Equatable, Sendable {
    /// The earliest beslistermijn among the client's undecided aanvragen.
    public var decisionDeadline: Day?
    public var reassessmentDue: Day?
    public var exemptionEnd: Day?
    /// The first day out of view (nil: out of view, nothing known).
    public var outOfViewFrom: Day?
    public var today: Day

    public init(client: borrowing Client, meldingen: [Melding], today: Day, settings: TeamSettings) {
        self.today = today
        decisionDeadline = meldingen.compactMap(Worklists.decisionDeadline).min()
        reassessmentDue = Worklists.reassessmentDue(client)
        exemptionEnd = Worklists.exemptionEnd(client)
        outOfViewFrom = Worklists.outOfViewFrom(client, on: today, weeks: settings.outOfViewWeeks)
    }

    public func due(_ kind: WorklistKind) -> Day? {
        switch kind {
        case .decision: return decisionDeadline
        case .reassessment: return reassessmentDue
        case .exemption: return exemptionEnd
        case .outOfView: return outOfViewFrom
        }
    }

    /// Where the client stands on `kind` (uit beeld is only ever `overdue`: out of view now).
    public func state(_ kind: WorklistKind) -> WorklistState? {
        if kind == .outOfView { return outOfViewFrom.map { $0 <= today } ?? true ? .overdue : nil }
        return due(kind).flatMap { Worklists.state(due: $0, today: today, warningDays: Worklists.warningDays(kind)) }
    }
}
