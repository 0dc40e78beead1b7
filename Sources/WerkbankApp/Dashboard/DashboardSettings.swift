import Foundation
import WerkbankCore

/// What the dashboard shows: which period, reference date and coach. A werkcoach always sees
/// their own caseload; a supervisor picks a coach or everyone.
struct DashboardSettings: Equatable {
    var period: ReportPeriod
    var peildatum: Day
    var coach: String?
    /// The regional outflow-to-work rate the KPI compares with (the paper: "minimaal het
    /// Twentse gemiddelde"); nil = shown but not judged.
    var regionalOutflowRate: Tenths?

    /// The last five calendar years up to the peildatum.
    static let defaultYears = 5

    init(peildatum: Day, coach: String?) {
        self.peildatum = peildatum
        self.coach = coach
        period = ReportPeriod(from: .year(peildatum.year - DashboardSettings.defaultYears + 1), to: .year(peildatum.year))
    }

    var options: ReportOptions {
        ReportOptions(period: period, peildatum: peildatum, coach: coach, regionalOutflowRate: regionalOutflowRate)
    }

    /// The period one year earlier (`years` = -1) or later; nil when it is open-ended.
    func shifted(years: Int) -> ReportPeriod? {
        guard let from = period.from, let to = period.to else { return nil }
        return ReportPeriod(from: from.shifted(years: years), to: to.shifted(years: years))
    }

    /// "2022 – 2026", "2017-01 – 2017-06", "alles".
    static func text(of period: ReportPeriod) -> String {
        switch (period.from, period.to) {
        case (nil, nil): return appText("dashboard.period.all")
        case (let from?, let to?) where from == to: return from.text
        default: return (period.from?.text ?? "…") + " – " + (period.to?.text ?? "…")
        }
    }

    /// Reads what a person types in the period field: `2015-2017`, `2015`, `2017-01..2017-06`,
    /// `2017-01 - 2017-06`, `2015 t/m 2017`; empty (or "alles") is all data. nil when unreadable
    /// or reversed.
    static func parsePeriod(_ text: String) -> ReportPeriod? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.lowercased() == appText("dashboard.period.all").lowercased() { return ReportPeriod() }
        var parts: [String] = [trimmed]
        for separator in ["..", "–", " - ", " t/m ", " tot ", " to "] where trimmed.contains(separator) {
            parts = trimmed.components(separatedBy: separator)
            break
        }
        if parts.count == 1 {
            let halves = trimmed.split(separator: "-").map(String.init)
            if halves.count == 2, halves.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isNumber) }) { parts = halves }
        }
        let bounds = parts.map { PeriodBound(parsing: $0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(bounds.count), let from = bounds.first ?? nil, let to = bounds.last ?? nil else { return nil }
        let period = ReportPeriod(from: from, to: to)
        return period.isReversed ? nil : period
    }
}

extension PeriodBound {
    func shifted(years: Int) -> PeriodBound {
        switch self {
        case .year(let year): return .year(year + years)
        case .month(let month): return .month(month.adding(months: 12 * years))
        }
    }

    /// `2017` or `2017-03`.
    var text: String {
        switch self {
        case .year(let year): return String(year)
        case .month(let month): return month.iso
        }
    }
}
