/// Stock and flows per year (bestandsontwikkeling), as docs/exchange-format.md defines them:
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
    /// benefit starts or ends). One pass over the benefits into counters indexed by year.
    public init(_ dataset: Dataset, period: ReportPeriod = ReportPeriod()) {
        // Day years are 1...9999; index 10_000 takes the "until the end of time" of running benefits.
        var inflow = [Int](repeating: 0, count: 10_001), shorter = inflow, outflow = inflow
        // standDelta[J]: change of the stand on 1-1-J compared with 1-1-(J-1).
        var standDelta = inflow
        var present: ClosedRange<Int>?
        // `forEach` borrows each client; a for-in loop would copy the whole record.
        dataset.clients.values.forEach { client in
            for benefit in client.benefits {
                let startYear = benefit.start.year
                inflow[startYear] += 1
                if BestandReport.isShorterThanAMonth(benefit) { shorter[startYear] += 1 }
                present = present.widened(toInclude: startYear)
                // In the stand on 1-1-J for J in start.year+1 ... end.year.
                standDelta[startYear + 1] += 1
                if let end = benefit.end {
                    outflow[end.year] += 1
                    present = present.widened(toInclude: end.year)
                    if end.year + 1 < standDelta.count { standDelta[end.year + 1] -= 1 }
                }
            }
        }
        var running = 0, runningYear = 0
        /// The stand on 1-1-`year`; called with ascending years.
        func stand(on year: Int) -> Int {
            while runningYear < year {
                runningYear += 1
                running += standDelta[runningYear]
            }
            return running
        }
        years = period.years(present: present).map { year in
            Year(year: year, beginstand: stand(on: year), inflow: inflow[year], inflowLonger: inflow[year] - shorter[year],
                 inflowShorter: shorter[year], outflow: outflow[year], eindstand: stand(on: year + 1))
        }
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
