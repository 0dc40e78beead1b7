/// Client-side instruments during a benefit period (courses, leren en werken, participation
/// offers, beschut werk, begeleiding zelfstandigen), chosen only where the catalogue allows them:
/// the client's rung on the start date, the target groups, and the maximum duration.
/// Employer-side instruments and proefplaatsingen come with placements (DemoPlacementBuilder).
enum DemoDeployments {
    /// How likely a coach picks each instrument when it is allowed.
    static func preference(_ id: String, barriers: [Barrier], wishes: String) -> Double {
        switch id {
        case InstrumentCatalogue.ID.languageNT2: return barriers.contains(.language) ? 6 : 0.2
        case InstrumentCatalogue.ID.courseVCA, InstrumentCatalogue.ID.courseForklift: return 2
        case InstrumentCatalogue.ID.dayActivities: return barriers.contains(.social) || barriers.contains(.psychological) ? 3 : 1
        case InstrumentCatalogue.ID.volunteering: return 3
        case InstrumentCatalogue.ID.learnAndWork: return 2
        case InstrumentCatalogue.ID.apprenticeship: return 1
        case InstrumentCatalogue.ID.shelteredWork: return 6
        case InstrumentCatalogue.ID.selfEmployed: return wishes.contains("eigen bedrijf") ? 4 : 0.3
        default: return 0
        }
    }

    /// Planned length of a deployment in days, nil for open-ended ones; within the instrument's maximum.
    static func length(_ instrument: Instrument, random: inout SeededRandom, start: Day) -> Day? {
        switch instrument.id {
        case InstrumentCatalogue.ID.courseVCA, InstrumentCatalogue.ID.courseForklift: return start.adding(days: random.int(7...26))
        case InstrumentCatalogue.ID.learnAndWork: return start.lastDay(ofMonths: random.int(3...6))
        case InstrumentCatalogue.ID.apprenticeship: return start.lastDay(ofMonths: random.int(10...24))
        case InstrumentCatalogue.ID.selfEmployed: return start.lastDay(ofMonths: random.int(6...18))
        case InstrumentCatalogue.ID.languageNT2: return start.lastDay(ofMonths: random.int(6...12))
        case InstrumentCatalogue.ID.volunteering, InstrumentCatalogue.ID.dayActivities:
            return random.chance(0.5) ? nil : start.lastDay(ofMonths: random.int(6...18))
        default:
            return instrument.maxMonths.map { start.lastDay(ofMonths: random.int(1...$0)) }
        }
    }

    static let candidates: [Instrument] = {
        let ids: Set<String> = [InstrumentCatalogue.ID.languageNT2, InstrumentCatalogue.ID.courseVCA,
                                InstrumentCatalogue.ID.courseForklift, InstrumentCatalogue.ID.dayActivities,
                                InstrumentCatalogue.ID.volunteering, InstrumentCatalogue.ID.learnAndWork,
                                InstrumentCatalogue.ID.apprenticeship, InstrumentCatalogue.ID.shelteredWork,
                                InstrumentCatalogue.ID.selfEmployed]
        return InstrumentCatalogue.standard.filter { ids.contains($0.id) }
    }()

    static func build(timeline: DemoTimeline, ladder: DemoLadder, intake: Day, groups: [TargetGroup], barriers: [Barrier],
                      wishes: String, coach: String, context: DemoContext, random: inout SeededRandom) -> [InstrumentDeployment] {
        var windows: [(start: Day, end: Day?, current: Bool)] = timeline.periods.map { ($0.start, $0.end, $0.end == nil) }
        if timeline.status == .nugger { windows = [(timeline.known, nil, true)] }
        var result: [InstrumentDeployment] = []
        for window in windows {
            let from = max(window.start, intake).adding(days: 7)
            let to = window.end ?? context.today
            guard from < to else { continue }
            let count = window.current ? random.weighted([(0, 30.0), (1, 40.0), (2, 22.0), (3, 8.0)])
                : random.weighted([(0, 45.0), (1, 40.0), (2, 15.0)])
            for _ in 0..<count {
                let recent = window.current && random.chance(0.6)
                let spanStart = recent ? max(from, to.adding(days: -270)) : from
                let start = spanStart.adding(days: random.below(max(1, spanStart.days(until: to))))
                let rung = ladder.rung(on: start)
                let allowed = candidates.filter { instrument in
                    (instrument.rungs.isEmpty || instrument.rungs.contains(rung))
                        && (instrument.targetGroups.isEmpty || instrument.targetGroups.contains { groups.contains($0) })
                        && !result.contains { $0.instrumentId == instrument.id && $0.isActive(on: start) }
                }
                guard !allowed.isEmpty else { continue }
                let instrument = random.weighted(allowed.map { ($0, preference($0.id, barriers: barriers, wishes: wishes)) })
                var end = length(instrument, random: &random, start: start)
                if let periodEnd = window.end { end = min(end ?? periodEnd, periodEnd) }
                let employerId = instrument.prerequisites.contains(.employer)
                    ? context.employers.employers[context.employers.employerTable.draw(&random)].id : nil
                result.append(InstrumentDeployment(id: "", instrumentId: instrument.id, start: start, end: end,
                                                   amount: instrument.cost, employerId: employerId, by: coach,
                                                   cancelled: random.chance(0.05)))
            }
        }
        return result
    }

    /// Certificates earned with a finished course.
    static func certificates(from deployments: [InstrumentDeployment], today: Day) -> [String] {
        deployments.compactMap { deployment in
            guard !deployment.cancelled, let end = deployment.end, end < today else { return nil }
            switch deployment.instrumentId {
            case InstrumentCatalogue.ID.courseVCA: return "VCA"
            case InstrumentCatalogue.ID.courseForklift: return "heftruck"
            default: return nil
            }
        }
    }
}

extension Day {
    /// The last day of a period of `months` months that starts on this day: three months from
    /// 15-01 run up to and including 14-04.
    func lastDay(ofMonths months: Int) -> Day {
        adding(months: months).adding(days: -1)
    }
}
