/// Instrument deployments and their cost per instrument per year, up to the peildatum.
/// Cancelled deployments and deployments starting after the peildatum do not count.
/// - inzetten: deployments starting in the year;
/// - lopend: deployments active on at least one day of the year;
/// - kosten: the deployment's `amount`, else the catalogue `cost`; for a cost per month,
///   charged for every calendar month in which the deployment is active on at least one day
///   (an open end runs to the peildatum); a one-off cost is charged in the year it starts.
public struct InstrumentenReport: Report, Equatable {
    public struct Line: Equatable, Sendable {
        public var instrumentId: String
        /// The catalogue name, or the id when the catalogue does not know it.
        public var name: String
        public var started = 0
        public var active = 0
        public var costCents = 0
    }

    public struct Year: Equatable, Sendable {
        public var year: Int
        /// Instruments with at least one deployment active in the year, sorted by name.
        public var lines: [Line]
        public var totalCents: Int { lines.reduce(0) { $0 + $1.costCents } }
    }

    public var peildatum: Day
    public var years: [Year]

    public init(_ dataset: Dataset, period: ReportPeriod = ReportPeriod(), peildatum: Day) {
        self.peildatum = peildatum
        var present: ClosedRange<Int>?
        var lines: [YearInstrument: Line] = [:]
        dataset.clients.values.forEach { client in   // borrows; for-in would copy each record
            for deployment in client.deployments where !deployment.cancelled && deployment.start <= peildatum {
                let instrument = dataset.instruments[deployment.instrumentId]
                let lastDay = min(deployment.end ?? peildatum, peildatum)
                guard lastDay >= deployment.start else { continue }
                let amount = Money.cents(deployment.amount ?? instrument?.cost ?? 0)
                let perMonth = instrument?.costPerMonth ?? true
                present = present.widened(toInclude: deployment.start.year).widened(toInclude: lastDay.year)
                for year in deployment.start.year...lastDay.year {
                    let key = YearInstrument(year: year, instrumentId: deployment.instrumentId)
                    let fresh = Line(instrumentId: deployment.instrumentId, name: instrument?.name ?? deployment.instrumentId)
                    lines[key, default: fresh].active += 1
                    if year == deployment.start.year { lines[key, default: fresh].started += 1 }
                    if perMonth {
                        let first = deployment.start.year < year ? 1 : deployment.start.month
                        let last = lastDay.year > year ? 12 : lastDay.month
                        lines[key, default: fresh].costCents += amount * (last - first + 1)
                    } else if year == deployment.start.year {
                        lines[key, default: fresh].costCents += amount
                    }
                }
            }
        }
        var byYear: [Int: [Line]] = [:]
        for (key, line) in lines { byYear[key.year, default: []].append(line) }
        years = period.years(present: present).map { year in
            Year(year: year, lines: (byYear[year] ?? []).sorted { ($0.name, $0.instrumentId) < ($1.name, $1.instrumentId) })
        }
    }

    private struct YearInstrument: Hashable {
        var year: Int
        var instrumentId: String
    }

    public var json: JSONValue {
        .object([
            ("peildatum", .string(peildatum.iso)),
            ("jaren", .array(years.map { year in
                .object([
                    ("jaar", .integer(year.year)),
                    ("instrumenten", .array(year.lines.map { line in
                        .object([
                            ("instrument", .string(line.instrumentId)),
                            ("naam", .string(line.name)),
                            ("inzetten", .integer(line.started)),
                            ("lopend", .integer(line.active)),
                            ("kosten", .cents(line.costCents)),
                        ])
                    })),
                    ("kosten", .cents(year.totalCents)),
                ])
            })),
        ])
    }

    public var tables: [ReportTable] {
        [ReportTable(
            title: coreText("report.instrumenten.title", peildatum.dutch),
            columns: ["jaar", "instrument", "inzetten", "lopend", "kosten"].map { coreText("report.column.\($0)") },
            rows: years.flatMap { year in
                year.lines.map { line in
                    [.text(String(year.year)), .text(line.name), .integer(line.started), .integer(line.active), .cents(line.costCents)]
                } + [[.text(String(year.year)), .text(coreText("report.column.totaal")),
                      .integer(year.lines.reduce(0) { $0 + $1.started }), .integer(year.lines.reduce(0) { $0 + $1.active }),
                      .cents(year.totalCents)]]
            })]
    }
}
