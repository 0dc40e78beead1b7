/// What one demo client brings into the dataset: the client record and the placements and
/// meldingen about them (ids of those are assigned when everything is put together).
struct DemoClientOutput: Sendable {
    var client: Client
    var placements: [Placement]
    var meldingen: [Melding]
}

/// Builds one client from its own random stream, so clients can be made in any order and in parallel.
enum DemoClientFactory {
    static func make(index: Int, context: DemoContext) -> DemoClientOutput {
        var random = SeededRandom(seed: context.seed, stream: 1_000 + UInt64(index))
        let today = context.today
        let id = demoID("K", index + 1, width: context.idWidth)
        var person = DemoPerson(today: today, random: &random)
        let startRung = DemoProfile.startRungTable.draw(&random)
        let expectedRung = DemoProfile.expectedRung(start: startRung, random: &random)
        let timeline = DemoTimeline(id: id, birthDate: person.birthDate, startRung: startRung, context: context, random: &random)
        if let last = timeline.periods.last, last.endReason == .pension, let end = last.end {
            // Left the benefit for the state pension: 66 years and some months old at the end.
            person.birthDate = end.adding(days: -(66 * 365 + 16 + random.int(90...300)))
        }
        let age = person.birthDate.age(on: today)
        let barriers = DemoProfile.barriers(person: person, age: age, rung: startRung, random: &random)
        let groups = DemoProfile.targetGroups(person: person, age: age, rung: startRung, barriers: barriers, random: &random)
        let obligation = DemoProfile.workObligation(person: person, rung: startRung, barriers: barriers,
                                                    reference: min(today, timeline.last), random: &random)
        let coach = context.staff.coachTable.draw(&random)
        let intaker = random.pick(context.staff.intakers).name
        let intake = min(timeline.last, timeline.known.adding(days: random.int(7...21)))
        let reintake = timeline.status == .active && timeline.periods.count == 2
            ? timeline.periods[1].start.adding(days: random.int(7...21)) : nil
        var ladder = DemoLadder(clientId: id, start: startRung, expected: expectedRung, intake: intake, last: timeline.last,
                                reintake: reintake, intaker: intaker, coach: coach, random: &random)

        var wageValueAssessment: Day?
        if groups.contains(.jobAgreement) || ladder.current == .paidWorkWithSupport, random.chance(0.4), intake < timeline.last {
            wageValueAssessment = intake.adding(days: random.below(intake.days(until: timeline.last)))
        }
        var placementBuilder = DemoPlacementBuilder(clientId: id, coach: coach, intake: intake, groups: groups, context: context)
        placementBuilder.build(timeline: timeline, ladder: &ladder, wageValueAssessment: &wageValueAssessment, random: &random)

        let wishes = random.chance(0.7) ? random.pick(DemoTexts.wishes) : ""
        var deployments = placementBuilder.deployments
            + DemoDeployments.build(timeline: timeline, ladder: ladder, intake: intake, groups: groups, barriers: barriers,
                                    wishes: wishes, coach: coach, context: context, random: &random)
        deployments.sort { $0.start < $1.start }
        for index in deployments.indices { deployments[index].id = id + "-i" + String(index + 1) }

        var routes = DemoProfile.routes(rung: startRung, barriers: barriers, groups: groups, random: &random)
        if wageValueAssessment != nil { routes.append(.labourExpert) }

        let (skills, certificates) = person.skillsAndCertificates(
            earned: DemoDeployments.certificates(from: deployments, today: today), random: &random)

        let address = DemoPerson.address(random: &random)
        let email = random.chance(0.7)
            ? "\(person.firstName.ascii).\(DemoName.asciiFold(person.infix))\(person.lastName.ascii)\(random.int(1...99))@example.com" : ""
        let hours: Int? = obligation.0 == .fullExemption ? nil
            : person.children > 0 ? random.pick([12, 16, 20, 24]) : random.pick([16, 20, 24, 32, 32, 36, 40])

        let client = Client(
            id: id,
            bsn: random.chance(0.015) ? nil : DemoPerson.bsn(random: &random),
            firstName: person.firstName.text, infix: person.infix, lastName: person.lastName.text,
            birthDate: person.birthDate, postcode: address.postcode, district: address.district, address: address.address,
            phone: random.chance(0.95) ? DemoPerson.mobile(random: &random) : "", email: email,
            household: person.household, children: person.children, education: person.education,
            workExperience: person.workExperience, languageLevel: person.languageLevel,
            targetGroups: groups, barriers: barriers, workObligation: obligation.0,
            exemptionReason: obligation.reason, exemptionEnd: obligation.end,
            countryOfOrigin: person.isFirstGeneration ? person.origin.country : "",
            inburgering: person.origin.isRefugee ? random.pick(DemoTexts.inburgering) : "",
            skills: skills, certificates: certificates, drivingLicence: person.drivingLicence, wishes: wishes,
            hoursAvailable: hours, coach: coach, routes: routes, wageValueAssessment: wageValueAssessment,
            benefits: timeline.periods, ladder: ladder.observations,
            notes: DemoCaseWork.notes(clientId: id, timeline: timeline, ladder: ladder, intake: intake, intaker: intaker,
                                      coach: coach, today: today, random: &random),
            actions: DemoCaseWork.actions(clientId: id, timeline: timeline, ladder: ladder, coach: coach, today: today, random: &random),
            deployments: deployments)
        let meldingen = DemoMeldingen.build(clientId: id, birthDate: person.birthDate, periods: timeline.periods,
                                            intaker: intaker, context: context, random: &random)
        return DemoClientOutput(client: client, placements: placementBuilder.placements, meldingen: meldingen)
    }
}
