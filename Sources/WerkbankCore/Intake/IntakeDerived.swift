/// What follows from a birth date: the target groups set by age and the zoektijd of young people.
public enum IntakeDerived {
    /// Age below 27 → jongere, 50 or older → 50-plusser (age on `date`).
    public static func targetGroups(birthDate: Day?, on date: Day) -> [TargetGroup] {
        guard let age = birthDate?.age(on: date) else { return [] }
        if age < 27 { return [.youth] }
        if age >= 50 { return [.over50] }
        return []
    }

    /// The target groups the intaker can tick; the others are derived or set elsewhere.
    public static let askedTargetGroups: [(field: IntakeField, group: TargetGroup)] = [
        (.statusHolder, .statusHolder), (.jobAgreement, .jobAgreement), (.schoolLeaver, .vulnerableSchoolLeaver),
        (.parent, .parent), (.shelteredWork, .shelteredWork),
    ]

    /// Under 27 on the melding date: the four-week zoektijd ends 28 days after the melding.
    public static func searchPeriodEnd(meldingDate: Day?, birthDate: Day?) -> Day? {
        guard let meldingDate, let birthDate else { return nil }
        return Melding(id: "", date: meldingDate).searchPeriodEnd(age: birthDate.age(on: meldingDate))
    }
}

extension Melding {
    /// The end of the zoektijd when the person was under 27 on the melding date.
    public var searchPeriodEnd: Day? { IntakeDerived.searchPeriodEnd(meldingDate: date, birthDate: birthDate) }
}
