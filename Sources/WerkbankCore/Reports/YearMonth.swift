/// A calendar month (`2017-01`): the unit of the preventie report and of `--from`/`--to`.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ day: Day) {
        year = day.year
        month = day.month
    }

    /// `jjjj-mm`
    public var iso: String { String(year) + (month < 10 ? "-0" : "-") + String(month) }
    public var description: String { iso }

    public var firstDay: Day { Day.firstOfYear(year).adding(months: month - 1) }
    public var lastDay: Day { firstDay.adding(months: 1).adding(days: -1) }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + count
        return YearMonth(unchecked: index / 12, month: index % 12 + 1)
    }

    /// Every month from `first` through `last` (empty when `last` comes first).
    public static func range(_ first: YearMonth, through last: YearMonth) -> [YearMonth] {
        guard first <= last else { return [] }
        let count = (last.year - first.year) * 12 + (last.month - first.month)
        return (0...count).map { first.adding(months: $0) }
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    private init(unchecked year: Int, month: Int) {
        self.year = year
        self.month = month
    }
}
