/// A client's history on the participatieladder: the start position and expected position set
/// at intake, then a few `actueel` observations over time that mostly move towards the
/// expected rung and sometimes fall back.
struct DemoLadder {
    private(set) var observations: [LadderObservation] = []
    /// Start and `actueel` observations as (date, rung), in date order.
    private var points: [(date: Day, rung: Rung)] = []
    private let idPrefix: String
    private var nextNumber = 1

    init(clientId: String, start: Rung, expected: Rung?, intake: Day, last: Day, reintake: Day?,
         intaker: String, coach: String, random: inout SeededRandom) {
        idPrefix = clientId + "-t"
        add(.start, start, on: intake, by: intaker, reason: random.pick(DemoTexts.startReasons))
        if let expected {
            let months = expected >= .paidWorkWithSupport ? 12 : 24
            add(.expected, expected, on: intake, by: intaker, reason: DemoTexts.expectedReasons[expected] ?? "",
                target: intake.adding(months: months))
        }
        let span = intake.days(until: last)
        let count = span < 120 ? 0 : random.int(0...min(4, span / 150))
        var rung = start
        for index in 0..<count {
            let date = intake.adding(days: span * (index + 1) / (count + 1) + random.int(-10...10))
            let previous = rung
            let reason: String
            if rung == .research {
                rung = DemoProfile.startRungTable.draw(&random)
                rung = rung == .research ? .socialContacts : rung
                reason = "diagnose afgerond"
            } else {
                let goal = expected ?? rung
                let roll = random.unit()
                if rung < goal, roll < 0.55 {
                    rung = Rung(rawValue: rung.rawValue + 1) ?? rung
                } else if rung > .isolated, roll > (rung < goal ? 0.85 : 0.8) {
                    rung = Rung(rawValue: rung.rawValue - 1) ?? rung
                } else if rung >= goal, rung < .paidWork, roll < 0.15 {
                    rung = Rung(rawValue: rung.rawValue + 1) ?? rung
                }
                reason = rung > previous ? random.pick(DemoTexts.upReasons)
                    : rung < previous ? random.pick(DemoTexts.downReasons) : random.pick(DemoTexts.sameReasons)
            }
            add(.actual, rung, on: min(date, last), by: coach, reason: reason)
        }
        if let reintake, reintake > intake, reintake <= last {
            let back = Rung(rawValue: max(1, self.rung(on: reintake).rawValue - 1)) ?? .socialContacts
            add(.actual, back, on: reintake, by: intaker, reason: "herintake na terugkeer in de uitkering")
        }
        addYearlyReassessment(clientId: clientId, last: last, coach: coach)
    }

    /// Most coaches re-assess the rung every year: a client whose latest position is more than a
    /// year old mostly (5 in 6) had it confirmed in the last year. Drawn from a stream of its own,
    /// so the rest of the client's history is the same with or without it.
    private mutating func addYearlyReassessment(clientId: String, last: Day, coach: String) {
        guard let latest = points.last?.date, latest.adding(months: Worklists.reassessmentMonths) < last else { return }
        let stream = clientId.unicodeScalars.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1.value) }
        var random = SeededRandom(seed: 0x7265_6173_7365_7373, stream: stream)
        guard random.chance(5.0 / 6.0) else { return }
        let date = max(latest.adding(days: 1), last.adding(days: -random.int(14...340)))
        add(.actual, rung(on: date), on: date, by: coach, reason: "jaarlijkse herbeoordeling: trede bevestigd")
    }

    private mutating func add(_ kind: LadderKind, _ rung: Rung, on date: Day, by: String, reason: String, target: Day? = nil) {
        observations.append(LadderObservation(id: idPrefix + String(nextNumber), date: date, kind: kind, rung: rung,
                                              by: by, reason: reason, targetDate: target))
        nextNumber += 1
        if kind != .expected {
            let index = points.firstIndex { $0.date > date } ?? points.count
            points.insert((date, rung), at: index)
        }
    }

    /// The current rung on `date`: the latest start or `actueel` observation on or before it.
    func rung(on date: Day) -> Rung {
        var result = points.first?.rung ?? .research
        for point in points {
            if point.date > date { break }
            result = point.rung
        }
        return result
    }

    var current: Rung { points.last?.rung ?? .research }

    /// Records that the client reached at least `rung` on `date` (a trial placement starts,
    /// work is found), unless the history already says so.
    mutating func raise(to rung: Rung, on date: Day, by: String, reason: String) {
        guard self.rung(on: date) < rung else { return }
        add(.actual, rung, on: date, by: by, reason: reason)
    }
}
