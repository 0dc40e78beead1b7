/// The ambitions of the policy paper ("Werk maken van werk", section 8) with their current
/// value and target. Every indicator is a share `numerator / denominator × 100` (one decimal,
/// half away from zero) that meets its target when it is at least the target.
public struct KPIReport: Report, Equatable {
    public enum Indicator: String, CaseIterable, Sendable {
        /// Preventiequote over the months of the period; target 55%.
        case preventionRate = "preventiequote"
        /// Of the clients with a running benefit on the peildatum whose start rung is 1 or 2: the
        /// share whose latest `actueel` within two years of the start is at least the start rung
        /// (one or more steps up, or not fallen back); target 50%.
        case lowRungsProgress = "treden_1_2_vooruit"
        /// Of the clients with a running benefit one year before the peildatum who were on rung
        /// 5 or 6 then: the share whose benefit ended with a work reason since; target 50%.
        case highRungsToWork = "treden_5_6_naar_werk"
        /// Outflow to work in the last year of the period as a share of its beginstand; target
        /// the regional average when given.
        case outflowToWork = "uitstroom_naar_werk"

        public var label: String { coreText("report.kpi.\(rawValue)") }
    }

    public struct Score: Equatable, Sendable {
        public var indicator: Indicator
        public var numerator: Int
        public var denominator: Int
        /// nil when there is nobody to measure.
        public var value: Tenths?
        /// nil when no target is known (the regional average was not given).
        public var target: Tenths?

        public init(_ indicator: Indicator, numerator: Int, denominator: Int, target: Tenths?) {
            self.indicator = indicator
            self.numerator = numerator
            self.denominator = denominator
            self.value = Tenths.percentage(numerator, of: denominator)
            self.target = target
        }

        /// nil when value or target is unknown.
        public var met: Bool? {
            guard let value, let target else { return nil }
            return value >= target
        }
    }

    public static let preventionTarget = Tenths(tenths: 550)
    public static let ladderTarget = Tenths(tenths: 500)

    public var peildatum: Day
    /// The year of the outflow indicator (nil when the period holds no year).
    public var outflowYear: Int?
    public var scores: [Score]

    public init(_ dataset: Dataset, options: ReportOptions) {
        peildatum = options.peildatum
        let prevention = PreventieReport(dataset, period: options.period).total
        let pass = KPIReport.clientPass(dataset, peildatum: options.peildatum)
        let year = options.period.years(present: pass.years).last
        outflowYear = year
        let (low, high) = (pass.low, pass.high)
        scores = [
            Score(.preventionRate, numerator: prevention.meldingen - prevention.granted, denominator: prevention.meldingen,
                  target: KPIReport.preventionTarget),
            Score(.lowRungsProgress, numerator: low.successes, denominator: low.cohort, target: KPIReport.ladderTarget),
            Score(.highRungsToWork, numerator: high.successes, denominator: high.cohort, target: KPIReport.ladderTarget),
            Score(.outflowToWork, numerator: year.map { pass.toWork[$0] } ?? 0, denominator: year.map(pass.stand(on:)) ?? 0,
                  target: options.regionalOutflowRate),
        ]
    }

    public func score(_ indicator: Indicator) -> Score? { scores.first { $0.indicator == indicator } }

    /// What the indicators need from the clients, in one pass: both ladder cohorts, and per
    /// year the outflow to work and the change of the stand (as `BestandReport` and
    /// `UitstroomReport` count them, so the outflow indicator equals naar werk / beginstand).
    static func clientPass(_ dataset: Dataset, peildatum: Day) -> ClientPass {
        var pass = ClientPass()
        dataset.clients.values.forEach { client in   // borrows; for-in would copy each record
            pass.low.add(lowRungsOutcome(client, peildatum: peildatum))
            pass.high.add(highRungsOutcome(client, peildatum: peildatum))
            for benefit in client.benefits {
                pass.years = pass.years.widened(toInclude: benefit.start.year)
                pass.standDelta[benefit.start.year + 1] += 1
                guard let end = benefit.end else { continue }
                pass.years = pass.years.widened(toInclude: end.year)
                if end.year + 1 < pass.standDelta.count { pass.standDelta[end.year + 1] -= 1 }
                if benefit.endReason?.isWork ?? false { pass.toWork[end.year] += 1 }
            }
        }
        return pass
    }

    struct ClientPass {
        var low = Cohort(), high = Cohort()
        /// The first and last year in which a benefit starts or ends.
        var years: ClosedRange<Int>?
        /// Indexed by year (Day years are 1...9999); standDelta[J] = stand on 1-1-J minus stand on 1-1-(J-1).
        var toWork = [Int](repeating: 0, count: 10_001)
        var standDelta = [Int](repeating: 0, count: 10_001)

        /// The stand on 1 January of `year` (the beginstand of that year).
        func stand(on year: Int) -> Int { standDelta[1...year].reduce(0, +) }
    }

    struct Cohort {
        var cohort = 0, successes = 0

        mutating func add(_ outcome: Bool?) {
            guard let outcome else { return }
            cohort += 1
            if outcome { successes += 1 }
        }
    }

    /// `treden_1_2_vooruit` for one client: nil when not in the cohort (no running benefit on the
    /// peildatum, or a start rung other than 1 or 2); else whether the latest `actueel` from the
    /// start to min(peildatum, start + 2 years) is at least the start rung.
    public static func lowRungsOutcome(_ client: Client, peildatum: Day) -> Bool? {
        guard client.runningBenefit(on: peildatum) != nil, let start = LadderPosition(history: client.ladder, on: peildatum).start,
              start.rung == .isolated || start.rung == .socialContacts else { return nil }
        let windowEnd = min(peildatum, start.date.adding(months: 24))
        var latest: LadderObservation?
        for observation in client.ladder where observation.kind == .actual && observation.date >= start.date
            && observation.date <= windowEnd && (latest.map { observation.date >= $0.date } ?? true) {
            latest = observation
        }
        return latest.map { $0.rung >= start.rung } ?? false
    }

    /// `treden_5_6_naar_werk` for one client: nil when not in the cohort (no running benefit a
    /// year before the peildatum, or not on rung 5 or 6 then); else whether a benefit ended
    /// with a work reason after that date and on or before the peildatum.
    public static func highRungsOutcome(_ client: Client, peildatum: Day) -> Bool? {
        let yearBefore = peildatum.adding(months: -12)
        guard client.runningBenefit(on: yearBefore) != nil, let rung = LadderPosition(history: client.ladder, on: yearBefore).current,
              rung == .paidWorkWithSupport || rung == .paidWork else { return nil }
        return client.benefits.contains { benefit in
            guard let end = benefit.end, let reason = benefit.endReason else { return false }
            return reason.isWork && end > yearBefore && end <= peildatum
        }
    }

    public var json: JSONValue {
        .object([
            ("peildatum", .string(peildatum.iso)),
            ("uitstroom_jaar", outflowYear.map(JSONValue.integer) ?? .null),
            ("indicatoren", .array(scores.map { score in
                .object([
                    ("code", .string(score.indicator.rawValue)),
                    ("waarde", score.value.map(JSONValue.decimal) ?? .null),
                    ("doel", score.target.map(JSONValue.decimal) ?? .null),
                    ("gehaald", score.met.map(JSONValue.bool) ?? .null),
                    ("teller", .integer(score.numerator)),
                    ("noemer", .integer(score.denominator)),
                ])
            })),
        ])
    }

    public var tables: [ReportTable] {
        [ReportTable(
            title: coreText("report.kpi.title", peildatum.dutch),
            columns: ["indicator", "waarde", "doel", "gehaald", "teller", "noemer"].map { coreText("report.column.\($0)") },
            rows: scores.map { score in
                [.text(score.indicator.label), .decimal(score.value), .decimal(score.target),
                 .text(score.met.map { $0 ? "✓" : "✗" } ?? "–"), .integer(score.numerator), .integer(score.denominator)]
            })]
    }
}
