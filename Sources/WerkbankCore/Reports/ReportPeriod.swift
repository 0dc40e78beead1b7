import Foundation

/// One end of a report period as typed after `--from`/`--to`: a year (`2012`) or a month (`2017-01`).
public enum PeriodBound: Equatable, Sendable {
    case year(Int)
    case month(YearMonth)

    /// Parses `jjjj` or `jjjj-mm`; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count == 4, let year = Int(parts[0]), (1...9999).contains(year) else { return nil }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2:
            guard parts[1].count <= 2, let month = Int(parts[1]), let yearMonth = YearMonth(year: year, month: month) else { return nil }
            self = .month(yearMonth)
        default:
            return nil
        }
    }

    /// The first month the bound covers (January for a year).
    public var firstMonth: YearMonth {
        switch self {
        case .year(let year): return YearMonth(year: year, month: 1)!
        case .month(let month): return month
        }
    }

    /// The last month the bound covers (December for a year).
    public var lastMonth: YearMonth {
        switch self {
        case .year(let year): return YearMonth(year: year, month: 12)!
        case .month(let month): return month
        }
    }

    public var year: Int { firstMonth.year }
}

/// The period a report covers. A missing bound is taken from the data (the first or last
/// year/month present), so the default period is everything in the data.
public struct ReportPeriod: Equatable, Sendable {
    public var from: PeriodBound?
    public var to: PeriodBound?

    public init(from: PeriodBound? = nil, to: PeriodBound? = nil) {
        self.from = from
        self.to = to
    }

    /// The years of a yearly report; `present` is the first and last year found in the data
    /// (nil when the data holds none). A month bound selects its year; a missing bound extends
    /// to the data, or to the other bound when the data lies entirely before or after it.
    public func years(present: ClosedRange<Int>?) -> [Int] {
        guard let (first, last) = ReportPeriod.bounds(from: from?.year, to: to?.year, present: present) else { return [] }
        return Array(first...last)
    }

    /// The months of a monthly report; a year bound selects January (from) or December (to).
    public func months(present: ClosedRange<YearMonth>?) -> [YearMonth] {
        guard let (first, last) = ReportPeriod.bounds(from: from?.firstMonth, to: to?.lastMonth, present: present) else { return [] }
        return YearMonth.range(first, through: last)
    }

    private static func bounds<T: Comparable>(from: T?, to: T?, present: ClosedRange<T>?) -> (T, T)? {
        guard let first = from ?? [present?.lowerBound, to].compactMap({ $0 }).min(),
              let last = to ?? [present?.upperBound, from].compactMap({ $0 }).max(), first <= last else { return nil }
        return (first, last)
    }

    /// True when `to` comes before `from` (a usage mistake).
    public var isReversed: Bool {
        guard let from, let to else { return false }
        return to.lastMonth < from.firstMonth
    }
}

extension Optional {
    /// The smallest range holding this range (when any) and `value`; used to find the years
    /// or months present in the data.
    func widened<T: Comparable>(toInclude value: T) -> ClosedRange<T>? where Wrapped == ClosedRange<T> {
        guard let range = self else { return value...value }
        return Swift.min(range.lowerBound, value)...Swift.max(range.upperBound, value)
    }
}
