/// Outflow per year by end reason (uitstroom): every benefit period whose `einde` falls in the
/// year, counted by `reden_einde`; naar werk = werk + werk_swb + zelfstandig. A period that ended
/// without a reason counts in `totaal` only.
public struct UitstroomReport: Report, Equatable {
    public struct Year: Equatable, Sendable {
        public var year: Int
        /// Count per reason; every reason is present, zeros included.
        public var byReason: [EndReason: Int]
        public var total: Int

        public var toWork: Int { byReason.filter { $0.key.isWork }.values.reduce(0, +) }
        public func count(_ reason: EndReason) -> Int { byReason[reason] ?? 0 }
    }

    public var years: [Year]

    public init(years: [Year]) { self.years = years }

    /// Computes the report over the years of `period` (default: first to last year in which a
    /// benefit ends).
    public init(_ dataset: Dataset, period: ReportPeriod = ReportPeriod()) {
        var present: ClosedRange<Int>?
        let reasons = EndReason.allCases
        // Per year: a count per reason (in `reasons` order), then the total.
        var counts: [Int: [Int]] = [:]
        let zeros = [Int](repeating: 0, count: reasons.count + 1)
        dataset.clients.values.forEach { client in   // borrows; for-in would copy each record
            for benefit in client.benefits {
                guard let end = benefit.end else { continue }
                present = present.widened(toInclude: end.year)
                counts[end.year, default: zeros][reasons.count] += 1
                if let reason = benefit.endReason, let index = reasons.firstIndex(of: reason) {
                    counts[end.year, default: zeros][index] += 1
                }
            }
        }
        years = period.years(present: present).map { year in
            let found = counts[year] ?? zeros
            return Year(year: year, byReason: Dictionary(uniqueKeysWithValues: zip(reasons, found)), total: found[reasons.count])
        }
    }

    public var json: JSONValue {
        .object([("jaren", .array(years.map { year in
            .object([
                ("jaar", .integer(year.year)),
                ("redenen", .object(EndReason.allCases.map { ($0.code, .integer(year.count($0))) })),
                ("naar_werk", .integer(year.toWork)),
                ("totaal", .integer(year.total)),
            ])
        }))])
    }

    public var tables: [ReportTable] {
        let columns = [coreText("report.column.jaar")] + EndReason.allCases.map(\.label)
            + [coreText("report.column.naar_werk"), coreText("report.column.totaal")]
        return [ReportTable(
            title: coreText("report.uitstroom.title"),
            columns: columns,
            rows: years.map { year in
                [.text(String(year.year))] + EndReason.allCases.map { .integer(year.count($0)) }
                    + [.integer(year.toWork), .integer(year.total)]
            })]
    }
}
