/// A client's position and circumstances as an intaker records them: start and expected rung,
/// barriers, priority groups, work obligation and routes. The shares follow DOMAIN.md (the
/// Hengelo figures of seed 003 and the Divosa barrier list).
enum DemoProfile {
    /// Hengelo's caseload at the start: onderzoek 1.3%, rungs 1-6 9.2/48.3/20.9/9.1/11.1/0.3%.
    static let startRungTable = WeightedTable<Rung>([
        (.research, 1.3), (.isolated, 9.2), (.socialContacts, 48.3), (.organisedActivities, 20.9),
        (.unpaidWork, 9.1), (.paidWorkWithSupport, 11.1), (.paidWork, 0.3),
    ])

    /// Steps between start and expected rung: 0: 34%, 1: 31%, 2: 16%, 3: 10%, 4: 5%, unknown 2%
    /// (the start-in-onderzoek clients are most of the unknown ones); the rest a step back or five up.
    static let steps: [(Int, Double)] = [(0, 34), (1, 31), (2, 16), (3, 10), (4, 5), (-1, 1), (5, 1)]
    static let unknownStepShare = 0.007

    /// The expected rung, or nil when it is not known.
    static func expectedRung(start: Rung, random: inout DemoRandom) -> Rung? {
        guard start != .research, !random.chance(unknownStepShare) else { return nil }
        let feasible = steps.filter { (1...6).contains(start.rawValue + $0.0) }
        return Rung(rawValue: start.rawValue + random.weighted(feasible))
    }

    /// Share of clients without any barrier, by rung (28% overall).
    static func noBarrierChance(rung: Rung) -> Double {
        switch rung {
        case .paidWorkWithSupport, .paidWork: return 0.62
        case .unpaidWork: return 0.42
        case .organisedActivities: return 0.31
        case .isolated, .socialContacts: return 0.19
        case .research: return 0.2
        }
    }

    static func barriers(person: DemoPerson, age: Int, rung: Rung, random: inout DemoRandom) -> [Barrier] {
        let lowLanguage = person.languageLevel.rank < LanguageLevel.b1.rank
        guard !random.chance(noBarrierChance(rung: rung) * (lowLanguage ? 0.3 : 1.0)) else { return [] }
        let lowRung = rung == .isolated || rung == .socialContacts
        let highRung = rung >= .paidWorkWithSupport
        let chances: [(Barrier, Double)] = [
            (.education, 0.41 * educationFactor(person.education)),
            (.physical, 0.31 * (age >= 50 ? 1.6 : age < 27 ? 0.5 : 1.0)),
            (.psychological, 0.32 * (lowRung ? 1.3 : highRung ? 0.5 : 0.9)),
            (.social, 0.31 * (lowRung ? 1.3 : 0.75)),
            (.noWorkExperience, 0.3 * (person.occupations.isEmpty ? 2.2 : 0.55)),
            (.age, 0.28 * (age >= 55 ? 2.6 : age >= 50 ? 2.0 : age >= 45 ? 0.8 : age < 23 ? 0.4 : 0.1)),
            (.careTasks, 0.21 * (person.children > 0 ? 2.3 : 0.35)),
            (.language, lowLanguage ? 0.85 : person.languageLevel == .b1 ? 0.3 : 0.01),
            (.debts, 0.2),
            (.addiction, 0.05),
            (.transport, person.drivingLicence ? 0.03 : 0.1),
            (.childcare, person.household == .singleParent ? 0.25 : 0.0),
        ]
        for _ in 0..<8 {
            let drawn = chances.filter { random.chance(min(0.95, $0.1)) }.map(\.0)
            if !drawn.isEmpty { return drawn }
        }
        return [random.weighted(chances)]
    }

    static func educationFactor(_ level: EducationLevel) -> Double {
        switch level {
        case .none, .primary, .mbo1: return 1.75
        case .vmbo: return 1.2
        case .mbo2to4: return 0.45
        case .havoVwo, .hboWo: return 0.3
        }
    }

    static func targetGroups(person: DemoPerson, age: Int, rung: Rung, barriers: [Barrier],
                             random: inout DemoRandom) -> [TargetGroup] {
        var groups: [TargetGroup] = []
        let lowEducation = [.none, .primary, .mbo1].contains(person.education)
        let schoolLeaver = age < 27 && random.chance(lowEducation ? 0.3 : person.education == .vmbo ? 0.06 : 0)
        if schoolLeaver { groups.append(.vulnerableSchoolLeaver) }
        if age < 27 { groups.append(.youth) }
        if person.children > 0 { groups.append(.parent) }
        if person.origin.isRefugee { groups.append(.statusHolder) }
        let disabled = barriers.contains(.physical) || barriers.contains(.psychological)
        let middle = (Rung.organisedActivities...Rung.paidWorkWithSupport).contains(rung)
        if random.chance(schoolLeaver ? 0.45 : disabled && middle ? 0.14 : 0.01) { groups.append(.jobAgreement) }
        if !groups.contains(.jobAgreement), disabled, (Rung.socialContacts...Rung.unpaidWork).contains(rung), random.chance(0.03) {
            groups.append(.shelteredWork)
        }
        if age >= 50 { groups.append(.over50) }
        return groups
    }

    /// Chance of a (partial) exemption from the work obligation by rung: about 42% overall.
    static func exemptionChance(rung: Rung) -> Double {
        switch rung {
        case .isolated: return 0.86
        case .socialContacts: return 0.51
        case .organisedActivities: return 0.3
        case .unpaidWork: return 0.2
        case .paidWorkWithSupport: return 0.08
        case .paidWork: return 0.05
        case .research: return 0.3
        }
    }

    static func workObligation(person: DemoPerson, rung: Rung, barriers: [Barrier], reference: Day,
                               random: inout DemoRandom) -> (WorkObligation, reason: String, end: Day?) {
        guard random.chance(exemptionChance(rung: rung)) else { return (.imposed, "", nil) }
        let full = random.chance(rung <= .socialContacts ? 0.65 : 0.35)
        let reason: String
        if full {
            if barriers.contains(.psychological) { reason = DemoTexts.fullExemptionReasons[1] }
            else if barriers.contains(.addiction) { reason = DemoTexts.fullExemptionReasons[3] }
            else if barriers.contains(.careTasks) { reason = DemoTexts.fullExemptionReasons[2] }
            else { reason = random.pick([DemoTexts.fullExemptionReasons[0], DemoTexts.fullExemptionReasons[4]]) }
        } else {
            if person.household == .singleParent { reason = DemoTexts.partialExemptionReasons[0] }
            else if barriers.contains(.debts) { reason = DemoTexts.partialExemptionReasons[2] }
            else if barriers.contains(.language) { reason = DemoTexts.partialExemptionReasons[3] }
            else { reason = random.pick([DemoTexts.partialExemptionReasons[1], DemoTexts.partialExemptionReasons[4]]) }
        }
        // Mostly running for another 1-24 months; some lapsed recently and need a new assessment.
        let end = random.chance(0.06) ? reference.adding(days: -random.int(1...60)) : reference.adding(days: random.int(20...730))
        return (full ? .fullExemption : .partialExemption, reason, end)
    }

    static func routes(rung: Rung, barriers: [Barrier], groups: [TargetGroup], random: inout DemoRandom) -> [Route] {
        var routes: [Route] = []
        let far = rung <= .socialContacts
        if groups.contains(.jobAgreement) || groups.contains(.shelteredWork) {
            if random.chance(0.7) { routes.append(.workCapacityAssessment) }
        }
        if barriers.contains(.physical), random.chance(far ? 0.45 : 0.15) { routes.append(.medicalAdvice) }
        if barriers.contains(.psychological), random.chance(far ? 0.3 : 0.1) { routes.append(.psychologicalAssessment) }
        return routes
    }
}
