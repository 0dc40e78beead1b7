/// Prevention per month (preventiequote): the meldingen with `datum_melding` in the month form a
/// cohort; aanvragen = those with a `datum_aanvraag`; the decisions are counted by `besluit`.
/// % toegekend = toegekend / meldingen × 100 and preventiequote = 100 − % toegekend, each
/// rounded from the exact fraction to one decimal, half away from zero.
public struct PreventieReport: Report, Equatable {
    public struct Counts: Equatable, Sendable {
        public var meldingen = 0
        public var applications = 0
        public var granted = 0
        public var rejected = 0
        public var notProcessed = 0
        public var withdrawn = 0

        public init() {}

        /// Applications without a decision yet.
        public var undecided: Int { applications - granted - rejected - notProcessed - withdrawn }
        /// nil when there are no meldingen.
        public var grantedPercentage: Tenths? { Tenths.percentage(granted, of: meldingen) }
        /// 100 − % toegekend, rounded from the exact value; nil when there are no meldingen.
        public var preventionRate: Tenths? { Tenths.percentage(meldingen - granted, of: meldingen) }

        mutating func add(_ melding: Melding) {
            meldingen += 1
            if melding.applicationDate != nil { applications += 1 }
            switch melding.decision {
            case .granted: granted += 1
            case .rejected: rejected += 1
            case .notProcessed: notProcessed += 1
            case .withdrawn: withdrawn += 1
            case nil: break
            }
        }

        static func + (a: Counts, b: Counts) -> Counts {
            var sum = a
            sum.meldingen += b.meldingen
            sum.applications += b.applications
            sum.granted += b.granted
            sum.rejected += b.rejected
            sum.notProcessed += b.notProcessed
            sum.withdrawn += b.withdrawn
            return sum
        }
    }

    public struct Month: Equatable, Sendable {
        public var month: YearMonth
        public var counts: Counts

        public init(month: YearMonth, counts: Counts) {
            self.month = month
            self.counts = counts
        }
    }

    public var months: [Month]
    /// The sums over all months; its percentages come from the summed counts.
    public var total: Counts

    public init(months: [Month]) {
        self.months = months
        total = months.reduce(Counts()) { $0 + $1.counts }
    }

    /// Computes the report over the months of `period` (default: first to last month with a melding).
    public init(_ dataset: Dataset, period: ReportPeriod = ReportPeriod()) {
        var present: ClosedRange<YearMonth>?
        var counts: [YearMonth: Counts] = [:]
        for melding in dataset.meldingen.values {
            let month = YearMonth(melding.date)
            present = present.widened(toInclude: month)
            counts[month, default: Counts()].add(melding)
        }
        self.init(months: period.months(present: present).map { Month(month: $0, counts: counts[$0] ?? Counts()) })
    }

    public var json: JSONValue {
        .object([
            ("maanden", .array(months.map { .object([("maand", .string($0.month.iso))] + PreventieReport.members($0.counts)) })),
            ("totaal", .object(PreventieReport.members(total))),
        ])
    }

    private static func members(_ counts: Counts) -> [(String, JSONValue)] {
        [
            ("meldingen", .integer(counts.meldingen)),
            ("aanvragen", .integer(counts.applications)),
            ("toegekend", .integer(counts.granted)),
            ("afgewezen", .integer(counts.rejected)),
            ("buiten_behandeling", .integer(counts.notProcessed)),
            ("ingetrokken", .integer(counts.withdrawn)),
            ("pct_toegekend", counts.grantedPercentage.map(JSONValue.decimal) ?? .null),
            ("preventiequote", counts.preventionRate.map(JSONValue.decimal) ?? .null),
        ]
    }

    public var tables: [ReportTable] {
        let columns = ["maand", "meldingen", "aanvragen", "toegekend", "afgewezen", "buiten_behandeling", "ingetrokken",
                       "nog_geen_besluit", "pct_toegekend", "preventiequote"]
        func row(_ label: String, _ counts: Counts) -> [ReportValue] {
            [.text(label), .integer(counts.meldingen), .integer(counts.applications), .integer(counts.granted),
             .integer(counts.rejected), .integer(counts.notProcessed), .integer(counts.withdrawn), .integer(counts.undecided),
             .decimal(counts.grantedPercentage), .decimal(counts.preventionRate)]
        }
        return [ReportTable(
            title: coreText("report.preventie.title"),
            columns: columns.map { coreText("report.column.\($0)") },
            rows: months.map { row($0.month.iso, $0.counts) } + [row(coreText("report.column.totaal"), total)])]
    }
}
