/// Where a demo client stands today.
enum DemoStatus: Sendable {
    /// Has a running benefit: part of a coach's caseload.
    case active
    /// In the caseload without a benefit (non-benefit jobseeker).
    case nugger
    /// Benefit ended; kept for the figures (outflow, lasting outflow).
    case former
}

/// A client's benefit periods over the years: most from 2012 on, the long-term ones earlier;
/// some clients have two periods (left for work, came back).
struct DemoTimeline {
    let status: DemoStatus
    var periods: [BenefitPeriod]
    /// First day the client is known: the first benefit, or the nugger's registration.
    let known: Day
    /// The last day of the trajectory so far: today, or the end of the last benefit.
    let last: Day

    static let statusTable = WeightedTable<DemoStatus>([(.active, 40), (.nugger, 3), (.former, 57)])

    /// End reasons of outflow; `werk` is the most common (seed 003: about a third of outflow is to work).
    static func endReasonTable(rung: Rung) -> WeightedTable<EndReason> {
        let workFactor: Double
        switch rung {
        case .isolated: workFactor = 0.25
        case .socialContacts: workFactor = 0.7
        case .organisedActivities: workFactor = 1.2
        case .unpaidWork: workFactor = 1.6
        case .paidWorkWithSupport, .paidWork: workFactor = 2.4
        case .research: workFactor = 0.8
        }
        return WeightedTable([
            (.work, 36 * workFactor), (.workViaSWB, 3.5 * workFactor), (.selfEmployed, 2 * workFactor),
            (.moved, 15), (.partnerIncome, 13), (.study, 6), (.detention, 2.5), (.pension, 6), (.death, 2), (.other, 14),
        ])
    }

    static let endReasonTables: [Rung: WeightedTable<EndReason>] = Dictionary(
        uniqueKeysWithValues: Rung.allCases.map { ($0, endReasonTable(rung: $0)) })

    /// Reasons a first period ended for someone who came back on benefit.
    static let returnReasonTable = WeightedTable<EndReason>([(.work, 55), (.partnerIncome, 12), (.study, 8), (.detention, 6), (.moved, 6), (.other, 13)])

    init(id: String, birthDate: Day, startRung: Rung, context: DemoContext, random: inout SeededRandom) {
        let today = context.today
        // The day after: a 29 February birthday plus 18 years lands on 28 February, still 17.
        let adult = birthDate.adding(months: 18 * 12).adding(days: 1)
        let earliest = max(context.benefitFloor, adult)
        var status = DemoTimeline.statusTable.draw(&random)
        // Someone who only just turned 18 cannot have a finished benefit yet.
        if status == .former, earliest.days(until: today) < 60 { status = .active }
        self.status = status
        var periods: [BenefitPeriod] = []

        switch status {
        case .nugger:
            known = max(earliest, today.adding(days: -random.int(30...900)))
            last = today
        case .active:
            let duration = random.weighted([(1...365, 22.0), (366...1095, 30.0), (1096...2920, 30.0), (2921...5100, 18.0)])
            let start = max(earliest, today.adding(days: -random.int(duration)))
            var current = BenefitPeriod(id: id + "-u2", start: start)
            if random.chance(0.15), let earlier = DemoTimeline.earlierPeriod(before: start, earliest: earliest, id: id + "-u1", random: &random) {
                periods.append(earlier)
            } else {
                current.id = id + "-u1"
            }
            periods.append(current)
            known = periods[0].start
            last = today
        case .former:
            let windowStart = max(earliest.adding(days: 30), context.historyStart)
            let end = windowStart < today ? windowStart.adding(days: random.below(windowStart.days(until: today))) : today.adding(days: -1)
            let duration = random.weighted([(5...30, 10.0), (31...365, 35.0), (366...1095, 35.0), (1096...2920, 20.0)])
            var start = max(earliest, end.adding(days: -random.int(duration)))
            if start >= end { start = end.adding(days: -1) }
            let reason = DemoTimeline.endReasonTables[startRung]?.draw(&random) ?? .other
            var final = BenefitPeriod(id: id + "-u2", start: start, end: end, endReason: reason)
            if random.chance(0.12), let earlier = DemoTimeline.earlierPeriod(before: start, earliest: earliest, id: id + "-u1", random: &random) {
                periods.append(earlier)
            } else {
                final.id = id + "-u1"
            }
            periods.append(final)
            known = periods[0].start
            last = end
        }
        self.periods = periods
    }

    /// A finished period before `start`, ended 1-24 months earlier, when there is room for it.
    static func earlierPeriod(before start: Day, earliest: Day, id: String, random: inout SeededRandom) -> BenefitPeriod? {
        let end = start.adding(days: -random.int(30...720))
        let begin = end.adding(days: -random.int(60...1000))
        guard begin >= earliest else { return nil }
        return BenefitPeriod(id: id, start: begin, end: end, endReason: returnReasonTable.draw(&random))
    }

    /// The running benefit, if any.
    var current: BenefitPeriod? { periods.last.flatMap { $0.end == nil ? $0 : nil } }
}
