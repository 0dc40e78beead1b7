/// "Uit beeld": no contact for more than this many weeks. The one threshold the caseload, the
/// reports and the matching use.
public enum OutOfView {
    public static let weeks = 8
    public static var days: Int { weeks * 7 }
}

/// A profile (skills, certificates, hours, wishes) not confirmed for this many months is
/// doubtful for matching ("onzeker — eerst bellen").
public enum ProfileConfirmation {
    public static let months = 6
}

extension Client {
    /// The day contact freshness counts from: the last contact, else the start of the trajectory.
    public var contactBaseline: Day? { lastContact ?? trajectoryStart }

    /// No contact for more than `OutOfView.weeks` (or never any contact and no trajectory).
    public func isOutOfView(on today: Day, days: Int = OutOfView.days) -> Bool {
        contactBaseline.map { $0.days(until: today) > days } ?? true
    }

    /// The profile was confirmed within `ProfileConfirmation.months` before `today`.
    public func hasConfirmedProfile(on today: Day) -> Bool {
        profileConfirmed.map { $0.adding(months: ProfileConfirmation.months) >= today } ?? false
    }
}
