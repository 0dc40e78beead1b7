/// Meldingen (requests for assistance) with their aanvraag and besluit. Every benefit period
/// starts with a granted one; around it come meldingen of people who never got a benefit
/// (no aanvraag, afgewezen, buiten behandeling, ingetrokken), in proportions close to the
/// paper's: about 45% of meldingen end in a granted benefit, so the preventiequote is about 55%.
enum DemoMeldingen {
    /// Meldingen without a granted benefit per granted one: 0.55 / 0.45.
    static let otherPerGranted = 0.55 / 0.45

    static let outcomeTable = WeightedTable<Decision?>([(nil, 60), (.rejected, 13), (.notProcessed, 13), (.withdrawn, 14)])
    static let noApplicationTable = WeightedTable<NoApplicationReason>([(.foundWork, 35), (.ownMeans, 25), (.referred, 25), (.other, 15)])

    static func build(clientId: String, birthDate: Day, periods: [BenefitPeriod], intaker: String, context: DemoContext,
                      random: inout SeededRandom) -> [Melding] {
        let today = context.today
        var result: [Melding] = []
        for period in periods {
            let application = period.start
            // Under 27 on the melding date: four weeks zoektijd before the aanvraag.
            let young = birthDate.age(on: application.adding(days: -35)) < 27
            let early = young && random.chance(0.1)
            let date = application.adding(days: -(young && !early ? random.int(28...35) : random.int(0...10)))
            let decided = min(today, application.adding(days: random.int(14...56)))
            result.append(Melding(
                id: "", clientId: clientId, date: date, channel: random.pick(DemoTexts.meldingChannels),
                question: random.pick(DemoTexts.meldingQuestions), applicationDate: application,
                earlyApplicationReason: early ? random.pick(DemoTexts.earlyApplicationReasons) : "",
                decision: .granted, decisionDate: decided, decisionReason: "recht vastgesteld", by: intaker))

            let others = Int(otherPerGranted) + (random.chance(otherPerGranted - Double(Int(otherPerGranted))) ? 1 : 0)
            for _ in 0..<others {
                result.append(otherMelding(near: date, intaker: intaker, context: context, random: &random))
            }
        }
        return result
    }

    /// A melding of someone without a client record that did not (yet) lead to a benefit.
    static func otherMelding(near day: Day, intaker: String, context: DemoContext, random: inout SeededRandom) -> Melding {
        let today = context.today
        let date = min(today, max(context.benefitFloor, day.adding(days: random.int(-45...45))))
        let age = random.int(18...66)
        let birthDate = date.adding(months: -12 * age).adding(days: -random.int(1...360))
        let origin = DemoPerson.originTable.draw(&random)
        let female = random.chance(0.5)
        let surname = random.pick(origin.names.surnames)
        let name = [random.pick(female ? origin.names.female : origin.names.male).text, surname.infix,
                    (female ? surname.femaleLast : surname.last).text].filter { !$0.isEmpty }.joined(separator: " ")
        var melding = Melding(id: "", date: date, channel: random.pick(DemoTexts.meldingChannels),
                              question: random.pick(DemoTexts.meldingQuestions), name: name, birthDate: birthDate, by: intaker)
        guard let outcome = outcomeTable.draw(&random) else {
            melding.noApplicationReason = noApplicationTable.draw(&random)
            return melding
        }
        let application = date.adding(days: age < 27 ? random.int(28...35) : random.int(0...10))
        guard application <= today else { return melding }
        melding.applicationDate = application
        let decided = application.adding(days: random.int(14...56))
        guard decided <= today else { return melding }
        melding.decision = outcome
        melding.decisionDate = decided
        melding.decisionReason = random.pick(DemoTexts.decisionReasons[outcome] ?? [""])
        return melding
    }
}
