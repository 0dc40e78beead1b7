/// A client's position and circumstances as an intaker records them: start and expected rung,
/// barriers, priority groups, work obligation and routes. The shares follow DOMAIN.md (the
/// Hengelo figures of seed 003 and the Divosa barrier list).
enum DemoProfile {
    /// Hengelo's caseload at the start: onderzoek 1.3%, rungs 1-6 9.2/48.3/20.9/9.1/11.1/0.3%.
    static let startRungTable = WeightedTable<Rung>([
        (.research, 1.3), (.isolated, 9.2), (.socialContacts, 48.3), (.organisedActivities, 20.9),
        (.unpaidWork, 9.1), (.paidWorkWithSupport, 11.1), (.paidWork, 0.3),
    ])

    /// Steps from start to expected rung, per start rung. The paper gives the steps (0: 34%, 1: 31%,
    /// 2: 16%, 3: 10%, 4: 5%, unknown 2%) and the expected rungs (2.7/22.2/28.8/19.5/18.1/7.4%),
    /// which cannot both hold exactly with its start distribution. These tables are fitted
    /// (iterative proportional fitting of start × step, weighted by the expected shares) so the
    /// steps match and the expected rungs come close; no step passes rung 6.
    static let stepTables: [Rung: WeightedTable<Int>] = [
        .isolated: WeightedTable([(0, 3.3), (1, 26.2), (2, 26.0), (3, 15.9), (4, 17.5), (5, 11.0)]),
        .socialContacts: WeightedTable([(-1, 0.1), (0, 26.9), (1, 33.7), (2, 17.5), (3, 14.7), (4, 7.1)]),
        .organisedActivities: WeightedTable([(-1, 1.4), (0, 43.0), (1, 28.2), (2, 20.0), (3, 7.4)]),
        .unpaidWork: WeightedTable([(-1, 2.8), (0, 44.6), (1, 40.0), (2, 12.5)]),
        .paidWorkWithSupport: WeightedTable([(-1, 3.2), (0, 69.4), (1, 27.4)]),
        .paidWork: WeightedTable([(-1, 9.5), (0, 90.5)]),
    ]
    static let unknownStepShare = 0.007

    /// The expected rung, or nil when it is not known.
    static func expectedRung(start: Rung, random: inout SeededRandom) -> Rung? {
        guard let steps = stepTables[start], !random.chance(unknownStepShare) else { return nil }
        return Rung(rawValue: start.rawValue + steps.draw(&random))
    }

    /// Share of clients without any barrier, by rung (28% overall).
    static func noBarrierChance(rung: Rung) -> Double {
        switch rung {
        case .paidWorkWithSupport, .paidWork: return 0.66
        case .unpaidWork: return 0.45
        case .organisedActivities: return 0.33
        case .isolated, .socialContacts: return 0.205
        case .research: return 0.22
        }
    }

    static func barriers(person: DemoPerson, age: Int, rung: Rung, random: inout SeededRandom) -> [Barrier] {
        let lowLanguage = person.languageLevel.rank < LanguageLevel.b1.rank
        guard !random.chance(noBarrierChance(rung: rung) * (lowLanguage ? 0.3 : 1.0)) else { return [] }
        let lowRung = rung == .isolated || rung == .socialContacts
        let highRung = rung >= .paidWorkWithSupport
        let chances: [(Barrier, Double)] = [
            (.education, 0.455 * educationFactor(person.education)),
            (.physical, 0.275 * (age >= 50 ? 1.6 : age < 27 ? 0.5 : 1.0)),
            (.psychological, 0.28 * (lowRung ? 1.3 : highRung ? 0.5 : 0.9)),
            (.social, 0.27 * (lowRung ? 1.3 : 0.75)),
            (.noWorkExperience, 0.35 * (person.occupations.isEmpty ? 2.2 : 0.55)),
            (.age, 0.28 * (age >= 55 ? 2.6 : age >= 50 ? 2.0 : age >= 45 ? 0.8 : age < 23 ? 0.4 : 0.1)),
            (.careTasks, 0.21 * (person.children > 0 ? 1.9 : 0.3)),
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
                             random: inout SeededRandom) -> [TargetGroup] {
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
                               random: inout SeededRandom) -> (WorkObligation, reason: String, end: Day?) {
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

    static func routes(rung: Rung, barriers: [Barrier], groups: [TargetGroup], random: inout SeededRandom) -> [Route] {
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
