/// Placements at the demo employers, following Hartwerk's model (proposed → proefplaatsing →
/// temporary contract → permanent contract), with the instruments that go with them:
/// the proefplaatsing itself (≤ 3 months, during the benefit) and, after a loonwaardemeting,
/// loonkostensubsidie, jobcoaching, no-riskpolis and werkplekaanpassing.
struct DemoPlacementBuilder {
    let clientId: String
    let coach: String
    let intake: Day
    let groups: [TargetGroup]
    let context: DemoContext
    private(set) var placements: [Placement] = []
    private(set) var deployments: [InstrumentDeployment] = []

    init(clientId: String, coach: String, intake: Day, groups: [TargetGroup], context: DemoContext) {
        self.clientId = clientId; self.coach = coach; self.intake = intake; self.groups = groups; self.context = context
    }

    mutating func build(timeline: DemoTimeline, ladder: inout DemoLadder, wageValueAssessment: inout Day?,
                        random: inout SeededRandom) {
        switch timeline.status {
        case .former:
            if let last = timeline.periods.last, last.endReason == .work, random.chance(0.4) {
                outflowToWork(period: last, ladder: &ladder, wageValueAssessment: &wageValueAssessment, random: &random)
            }
        case .active:
            if timeline.periods.count == 2, let first = timeline.periods.first, let end = first.end,
               first.endReason == .work, random.chance(0.45) {
                let contractEnd = timeline.periods[1].start.adding(days: -random.int(1...20))
                let contractStart = end.adding(days: 1)
                if contractStart.adding(days: 14) <= contractEnd {
                    add(Placement(id: "", clientId: clientId, employerId: employer(&random), stage: .temporary,
                                  proposed: contractStart.adding(days: -random.int(7...28)), temporaryStart: contractStart,
                                  end: contractEnd, endReason: DemoTexts.endedContractReason, by: coach))
                }
            }
            if let current = timeline.current, ladder.current >= .unpaidWork, random.chance(0.4) {
                inFunnel(period: current, ladder: &ladder, random: &random)
            }
        case .nugger:
            break
        }
    }

    private func employer(_ random: inout SeededRandom) -> String {
        context.employers.employers[context.employers.employerTable.draw(&random)].id
    }

    private mutating func add(_ placement: Placement) { placements.append(placement) }

    private mutating func deploy(_ instrumentId: String, start: Day, end: Day?, employerId: String?,
                                 hours: Double? = nil, amount: Double? = nil, note: String = "") {
        let cost = context.instruments[instrumentId]?.cost
        deployments.append(InstrumentDeployment(id: "", instrumentId: instrumentId, start: start, end: end, hoursPerMonth: hours,
                                                amount: amount ?? cost, employerId: employerId, note: note, by: coach))
    }

    /// A benefit that ended because the client started working at one of the employers.
    private mutating func outflowToWork(period: BenefitPeriod, ladder: inout DemoLadder, wageValueAssessment: inout Day?,
                                        random: inout SeededRandom) {
        guard let end = period.end else { return }
        let employerId = employer(&random)
        var trialStart: Day?
        let earliestTrial = max(period.start, intake).adding(days: 7)
        if random.chance(0.6) {
            let start = end.adding(days: -random.int(30...85))
            if start >= earliestTrial {
                trialStart = start
                ladder.raise(to: .unpaidWork, on: start, by: coach, reason: "proefplaatsing gestart")
                deploy(InstrumentCatalogue.ID.trialPlacement, start: start, end: end, employerId: employerId)
            }
        }
        let contractStart = end.adding(days: 1)
        let supported = (groups.contains(.jobAgreement) || ladder.rung(on: end) <= .unpaidWork) && random.chance(0.45)
        ladder.raise(to: supported ? .paidWorkWithSupport : .paidWork, on: end, by: coach, reason: DemoTexts.workReason)
        if supported {
            if wageValueAssessment == nil {
                wageValueAssessment = max(intake, (trialStart ?? end).adding(days: -random.int(10...60)))
            }
            let subsidyEnd: Day? = random.chance(0.3) ? nil : contractStart.lastDay(ofMonths: random.pick([12, 24]))
            deploy(InstrumentCatalogue.ID.wageSubsidy, start: contractStart, end: subsidyEnd, employerId: employerId,
                   amount: Double(random.int(12...32) * 50), note: "loonwaarde \(random.int(40...80))%")
            if random.chance(0.6) {
                deploy(InstrumentCatalogue.ID.jobCoaching, start: contractStart, end: contractStart.lastDay(ofMonths: random.int(6...12)),
                       employerId: employerId, hours: Double(random.int(4...12)))
            }
            if groups.contains(.jobAgreement) {
                deploy(InstrumentCatalogue.ID.noRiskPolicy, start: contractStart, end: contractStart.lastDay(ofMonths: 60), employerId: employerId)
            }
            if random.chance(0.1) {
                deploy(InstrumentCatalogue.ID.workplaceAdaptation, start: contractStart, end: contractStart, employerId: employerId)
            }
        }
        var placement = Placement(id: "", clientId: clientId, employerId: employerId, stage: .temporary,
                                  proposed: (trialStart ?? contractStart).adding(days: -random.int(7...28)),
                                  trialStart: trialStart, temporaryStart: contractStart, by: coach)
        let permanentFrom = contractStart.adding(months: random.int(6...12))
        if permanentFrom <= context.today, random.chance(0.65) {
            placement.stage = .permanent
            placement.permanentStart = permanentFrom
        } else if permanentFrom <= context.today, random.chance(0.25) {
            placement.end = permanentFrom
            placement.endReason = DemoTexts.endedContractReason
        }
        add(placement)
    }

    /// A client in the caseload on the way to work now: proposed for a vacancy, on a running
    /// proefplaatsing, or after a proefplaatsing that did not work out.
    private mutating func inFunnel(period: BenefitPeriod, ladder: inout DemoLadder, random: inout SeededRandom) {
        let today = context.today
        let earliestTrial = max(period.start, intake).adding(days: 7)
        let rung = ladder.current
        let fitting = context.employers.openVacancies.filter { ($0.minimumRung ?? .research) <= rung }
        switch random.weighted([(0, 45.0), (1, 35.0), (2, 20.0)]) {
        case 0:
            guard let vacancy = fitting.isEmpty ? nil : random.pick(fitting) else { return }
            let proposed = max(vacancy.opened, today.adding(days: -random.int(0...30)))
            add(Placement(id: "", clientId: clientId, employerId: vacancy.employerId, vacancyId: vacancy.id,
                          stage: .proposed, proposed: proposed, by: coach))
        case 1:
            let start = today.adding(days: -random.int(0...85))
            guard start >= earliestTrial else { return }
            let proposed = start.adding(days: -random.int(7...21))
            let open = fitting.filter { $0.opened <= proposed }
            let vacancy = open.isEmpty || random.chance(0.4) ? nil : random.pick(open)
            let employerId = vacancy?.employerId ?? employer(&random)
            ladder.raise(to: .unpaidWork, on: start, by: coach, reason: "proefplaatsing gestart")
            deploy(InstrumentCatalogue.ID.trialPlacement, start: start, end: start.lastDay(ofMonths: 3), employerId: employerId)
            add(Placement(id: "", clientId: clientId, employerId: employerId, vacancyId: vacancy?.id, stage: .trial,
                          proposed: proposed, trialStart: start, by: coach))
        default:
            let start = today.adding(days: -random.int(100...400))
            guard start >= earliestTrial else { return }
            let end = start.adding(days: random.int(20...85))
            let employerId = employer(&random)
            ladder.raise(to: .unpaidWork, on: start, by: coach, reason: "proefplaatsing gestart")
            deploy(InstrumentCatalogue.ID.trialPlacement, start: start, end: end, employerId: employerId)
            add(Placement(id: "", clientId: clientId, employerId: employerId, stage: .trial,
                          proposed: start.adding(days: -random.int(7...21)), trialStart: start, end: end,
                          endReason: random.pick(DemoTexts.failedPlacementReasons), by: coach))
        }
    }
}
