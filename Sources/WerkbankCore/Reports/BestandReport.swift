/// Stock and flows per year (bestandsontwikkeling), as IMPORT-FORMAT.md defines them:
/// stand op 1-1-J = periods started before 1-1-J and not ended before it; instroom J = periods
/// starting in J, "korter" when ended before start + 1 calendar month; uitstroom J = periods
/// ending in J. By construction beginstand + saldo = eindstand.
public struct BestandReport: Report, Equatable {
    public struct Year: Equatable, Sendable {
        public var year: Int
        public var beginstand: Int
        public var inflow: Int
        public var inflowLonger: Int
        public var inflowShorter: Int
        public var outflow: Int
        public var eindstand: Int
        public var saldo: Int { inflow - outflow }
    }

    public var years: [Year]

    public init(years: [Year]) { self.years = years }

    /// Computes the report over the years of `period` (default: first to last year in which a
    /// benefit starts or ends).
    public init(_ dataset: Dataset, period: ReportPeriod = ReportPeriod()) {
        let benefits = dataset.clients.values.lazy.flatMap(\.benefits)
        var present: ClosedRange<Int>?
        for benefit in benefits {
            present = present.widened(toInclude: benefit.start.year)
            if let end = benefit.end { present = present.widened(toInclude: end.year) }
        }
        let years = period.years(present: present)
        guard let first = years.first, let last = years.last else {
            self.years = []
            return
        }
        let count = years.count
        // standDelta[i]: change of the stand on 1-1-(first+i) relative to 1-1-(first+i-1);
        // index 0 holds the stand on 1-1-first itself, index count the stand after the last year.
        var standDelta = [Int](repeating: 0, count: count + 2)
        var inflow = [Int](repeating: 0, count: count), shorter = inflow, outflow = inflow
        for benefit in benefits {
            // A period is in the stand on 1-1-J for J in start.year+1 ... end.year.
            let firstStand = max(benefit.start.year + 1, first)
            let lastStand = min(benefit.end?.year ?? Int.max, last + 1)
            if firstStand <= lastStand {
                standDelta[firstStand - first] += 1
                standDelta[lastStand - first + 1] -= 1
            }
            if (first...last).contains(benefit.start.year) {
                inflow[benefit.start.year - first] += 1
                if BestandReport.isShorterThanAMonth(benefit) { shorter[benefit.start.year - first] += 1 }
            }
            if let end = benefit.end, (first...last).contains(end.year) {
                outflow[end.year - first] += 1
            }
        }
        var stand = 0
        var result: [Year] = []
        for index in 0..<count {
            stand += standDelta[index]
            result.append(Year(year: first + index, beginstand: stand, inflow: inflow[index],
                               inflowLonger: inflow[index] - shorter[index], inflowShorter: shorter[index],
                               outflow: outflow[index], eindstand: stand + standDelta[index + 1]))
        }
        self.years = result
    }

    /// "Korter dan 1 maand": ended before start plus one calendar month. A month later is the
    /// same day number, clamped to the end of a shorter month (Excel's EDATE): a benefit from
    /// 31-01-2017 is shorter when it ends on or before 27-02-2017.
    public static func isShorterThanAMonth(_ benefit: BenefitPeriod) -> Bool {
        guard let end = benefit.end else { return false }
        return end < benefit.start.adding(months: 1)
    }

    public var json: JSONValue {
        .object([("jaren", .array(years.map { year in
            .object([
                ("jaar", .integer(year.year)),
                ("beginstand", .integer(year.beginstand)),
                ("instroom", .integer(year.inflow)),
                ("instroom_langer", .integer(year.inflowLonger)),
                ("instroom_korter", .integer(year.inflowShorter)),
                ("uitstroom", .integer(year.outflow)),
                ("saldo", .integer(year.saldo)),
                ("eindstand", .integer(year.eindstand)),
            ])
        }))])
    }

    public var tables: [ReportTable] {
        let columns = ["jaar", "beginstand", "instroom", "instroom_langer", "instroom_korter", "uitstroom", "saldo", "eindstand"]
        return [ReportTable(
            title: coreText("report.bestand.title"),
            columns: columns.map { coreText("report.column.\($0)") },
            rows: years.map { year in
                [.text(String(year.year)), .integer(year.beginstand), .integer(year.inflow), .integer(year.inflowLonger),
                 .integer(year.inflowShorter), .integer(year.outflow), .integer(year.saldo), .integer(year.eindstand)]
            })]
    }
}
