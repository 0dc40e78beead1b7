/// Placements: the funnel voorgesteld → proefplaatsing → tijdelijk contract → vast contract, and
/// lasting outflow (duurzame uitstroom) 6 and 12 months after the start of paid work.
/// - funnel: placements whose first date (voorgesteld, else the first stage date) lies in the
///   period, counted at every stage up to the furthest reached by the peildatum (a stage date
///   on or before it; the current `stage` when it has no date);
/// - work start W = start of the temporary contract, else of the permanent one; lasting outflow
///   looks at placements with W in the period and W + n months on or before the peildatum:
///   "nog aan het werk" = the placement had not ended before W + n months, "niet terug in de
///   uitkering" = the client has no benefit running on W + n months;
/// - terugval: relapses (`Relapse`) whose return to benefit lies in the period and on or before
///   the peildatum.
public struct PlaatsingenReport: Report, Equatable {
    public struct Lasting: Equatable, Sendable {
        public var months: Int
        public var placed = 0
        public var stillWorking = 0
        public var offBenefit = 0
    }

    public var peildatum: Day
    public var firstMonth: YearMonth?
    public var lastMonth: YearMonth?
    /// Placements that reached each stage (or a later one); every stage present.
    public var funnel: [PlacementStage: Int]
    public var lasting: [Lasting]
    /// Clients back on benefit within 12 months after leaving for work.
    public var relapses: Int

    public static let lastingMonths = [6, 12]

    public init(_ dataset: Dataset, period: ReportPeriod = ReportPeriod(), peildatum: Day) {
        self.peildatum = peildatum
        let placements = dataset.placements.values.filter { ($0.firstDate ?? peildatum) <= peildatum }
        let relapseDays = Relapse.find(in: dataset).map(\.backOn).filter { $0 <= peildatum }
        var present: ClosedRange<YearMonth>?
        for day in relapseDays { present = present.widened(toInclude: YearMonth(day)) }
        for placement in placements {
            if let first = placement.firstDate { present = present.widened(toInclude: YearMonth(first)) }
            if let work = placement.workStart { present = present.widened(toInclude: YearMonth(work)) }
        }
        let months = period.months(present: present)
        firstMonth = months.first
        lastMonth = months.last
        func inPeriod(_ day: Day?) -> Bool {
            guard let day, let first = months.first, let last = months.last else { return false }
            return (first...last).contains(YearMonth(day))
        }
        var funnel = Dictionary(uniqueKeysWithValues: PlacementStage.allCases.map { ($0, 0) })
        var lasting = PlaatsingenReport.lastingMonths.map { Lasting(months: $0) }
        for placement in placements {
            if inPeriod(placement.firstDate) {
                let reached = placement.furthestStage(on: peildatum)
                for stage in PlacementStage.allCases where stage <= reached { funnel[stage, default: 0] += 1 }
            }
            guard let work = placement.workStart, work <= peildatum, inPeriod(work) else { continue }
            for index in lasting.indices {
                let checkDay = work.adding(months: lasting[index].months)
                guard checkDay <= peildatum else { continue }
                lasting[index].placed += 1
                if placement.end.map({ $0 >= checkDay }) ?? true { lasting[index].stillWorking += 1 }
                if dataset.clients[placement.clientId]?.runningBenefit(on: checkDay) == nil { lasting[index].offBenefit += 1 }
            }
        }
        self.funnel = funnel
        relapses = relapseDays.filter(inPeriod).count
        self.lasting = lasting
    }

    public var json: JSONValue {
        .object([
            ("peildatum", .string(peildatum.iso)),
            ("van", firstMonth.map { .string($0.iso) } ?? .null),
            ("tot", lastMonth.map { .string($0.iso) } ?? .null),
            ("trechter", .object(PlacementStage.allCases.map { ($0.rawValue, .integer(funnel[$0] ?? 0)) })),
            ("duurzaam", .array(lasting.map { row in
                .object([
                    ("maanden", .integer(row.months)),
                    ("geplaatst", .integer(row.placed)),
                    ("nog_aan_het_werk", .integer(row.stillWorking)),
                    ("niet_terug_in_uitkering", .integer(row.offBenefit)),
                ])
            })),
            ("terugval", .integer(relapses)),
        ])
    }

    public var tables: [ReportTable] {
        let funnelTable = ReportTable(
            title: coreText("report.plaatsingen.title", peildatum.dutch),
            columns: [coreText("report.column.fase"), coreText("report.column.plaatsingen")],
            rows: PlacementStage.allCases.map { [.text($0.label), .integer(funnel[$0] ?? 0)] })
        let lastingTable = ReportTable(
            title: coreText("report.plaatsingen.lasting_title"),
            columns: ["na_maanden", "geplaatst", "nog_aan_het_werk", "niet_terug_in_uitkering"].map { coreText("report.column.\($0)") },
            rows: lasting.map { [.integer($0.months), .integer($0.placed), .integer($0.stillWorking), .integer($0.offBenefit)] })
        let relapseTable = ReportTable(title: coreText("report.plaatsingen.relapse_title"),
                                       columns: [coreText("report.column.terugval")], rows: [[.integer(relapses)]])
        return [funnelTable, lastingTable, relapseTable]
    }
}

extension Placement {
    /// The proposal date, else the first stage date.
    var firstDate: Day? { proposed ?? trialStart ?? temporaryStart ?? permanentStart }

    /// First day of paid work: the temporary contract, else the permanent one.
    var workStart: Day? { temporaryStart ?? permanentStart }

    /// The furthest stage reached on `day`: a stage counts when its date is on or before `day`,
    /// or when it has no date and is the placement's current `stage`.
    func furthestStage(on day: Day) -> PlacementStage {
        let dated: [(PlacementStage, Day?)] = [(.trial, trialStart), (.temporary, temporaryStart), (.permanent, permanentStart)]
        var furthest = PlacementStage.proposed
        for (stage, date) in dated where date.map({ $0 <= day }) ?? (stage == self.stage) {
            furthest = max(furthest, stage)
        }
        return furthest
    }
}
