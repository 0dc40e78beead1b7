/// A profile (skills, certificates, hours, wishes) not confirmed for this many months is
/// doubtful for matching ("onzeker — eerst bellen").
public enum ProfileConfirmation {
    public static let months = 6
}

extension Client {
    /// The day contact freshness counts from: the last contact, else the start of the trajectory.
    public var contactBaseline: Day? { lastContact ?? trajectoryStart }

    /// No contact for more than `days` days (or never any contact and no trajectory): matching's
    /// freshness, with the team's "uit beeld" weeks (`TeamSettings.outOfViewWeeks`).
    public func hasNoContact(forMoreThan days: Int, on today: Day) -> Bool {
        contactBaseline.map { $0.days(until: today) > days } ?? true
    }

    /// The profile was confirmed within `ProfileConfirmation.months` before `today`.
    public func hasConfirmedProfile(on today: Day) -> Bool {
        profileConfirmed.map { $0.adding(months: ProfileConfirmation.months) >= today } ?? false
    }
}
