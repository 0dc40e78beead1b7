/// Nazorg: the follow-up actions to plan when a placement starts — contact with the client and
/// the employer after 1, 3 and 6 months, and a check after 12 months that the work lasts.
public enum Aftercare {
    public static let months = [1, 3, 6, 12]

    public struct Step: Equatable, Sendable {
        public var months: Int
        public var due: Day
        /// The action's title in the current language ("Nazorg na 3 maanden: …").
        public var title: String
    }

    /// The steps for a placement (or contract) starting on `start` at `employerName`.
    public static func steps(startingOn start: Day, employerName: String) -> [Step] {
        months.map { count in
            Step(months: count, due: start.adding(months: count),
                 title: coreText(count == 12 ? "aftercare.lasting" : "aftercare.step", count, employerName))
        }
    }
}
