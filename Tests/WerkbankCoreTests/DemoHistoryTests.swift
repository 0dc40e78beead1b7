import XCTest
@testable import WerkbankCore

/// The demo's histories: benefits, instruments, placements, meldingen, contacts and plans.
final class DemoHistoryTests: XCTestCase {
    let today = DemoFixture.today

    func testEveryDeploymentRespectsTheCatalogueRules() {
        let dataset = DemoFixture.large
        var checked = 0
        for client in dataset.clients.values {
            for deployment in client.deployments {
                checked += 1
                let problems = catalogueProblems(deployment, client: client, dataset: dataset)
                XCTAssertTrue(problems.isEmpty, "\(deployment.id) \(deployment.instrumentId): \(problems)")
            }
        }
        XCTAssertGreaterThan(checked, dataset.clients.count / 2)
        let used = Set(dataset.clients.values.flatMap { $0.deployments.map(\.instrumentId) })
        XCTAssertEqual(used, Set(InstrumentCatalogue.standard.map(\.id)), "every standard instrument is used somewhere")
    }

    /// The rules of the instrumentenkoffer, written out independently of the generator.
    private func catalogueProblems(_ deployment: InstrumentDeployment, client: Client, dataset: Dataset) -> [String] {
        guard let instrument = dataset.instruments[deployment.instrumentId] else { return ["unknown instrument"] }
        var problems: [String] = []
        if let end = deployment.end, end < deployment.start { problems.append("ends before it starts") }
        if let months = instrument.maxMonths {
            if let end = deployment.end {
                // N months from 15-01 run up to and including the day before 15-(01+N).
                if end >= deployment.start.adding(months: months) { problems.append("longer than \(months) months") }
            } else {
                problems.append("open-ended but limited to \(months) months")
            }
        }
        let rung = LadderPosition(history: client.ladder, on: deployment.start).current
        if !instrument.rungs.isEmpty, !(rung.map(instrument.rungs.contains) ?? false) {
            problems.append("rung \(rung?.rawValue ?? -1) not in \(instrument.rungs.map(\.rawValue))")
        }
        if !instrument.targetGroups.isEmpty, !instrument.targetGroups.contains(where: client.targetGroups.contains) {
            problems.append("not in target groups")
        }
        for prerequisite in instrument.prerequisites {
            switch prerequisite {
            case .wageValueAssessment:
                if !(client.wageValueAssessment.map { $0 <= deployment.start } ?? false) { problems.append("no loonwaardemeting before start") }
            case .targetRegister:
                if !client.targetGroups.contains(.jobAgreement) { problems.append("not in doelgroepregister") }
            case .employer:
                if deployment.employerId.flatMap({ dataset.employers[$0] }) == nil { problems.append("no employer") }
            case .runningBenefit:
                let covering = client.benefits.contains { period in
                    period.start <= deployment.start && (period.end.map { end in deployment.end.map { $0 <= end } ?? false } ?? true)
                }
                if !covering { problems.append("not within a benefit period") }
            }
        }
        return problems
    }

    func testInvariantsHoldOnOtherDaysToo() {
        for text in ["29-02-2024", "15-06-2013", "31-12-2031"] {
            guard let day = Day(parsing: text) else { return XCTFail(text) }
            let dataset = DemoGenerator(seed: 11, clients: 600, today: day).generate()
            for client in dataset.clients.values {
                for deployment in client.deployments {
                    let problems = catalogueProblems(deployment, client: client, dataset: dataset)
                    XCTAssertTrue(problems.isEmpty, "\(text) \(deployment.id) \(deployment.instrumentId): \(problems)")
                }
                let dates = client.benefits.flatMap { [$0.start] + [$0.end].compactMap { $0 } } + client.notes.map(\.date)
                    + client.ladder.map(\.date) + client.deployments.map(\.start)
                XCTAssertTrue(dates.allSatisfy { $0 <= day }, "\(text) \(client.id) has a date after today")
                for period in client.benefits {
                    XCTAssertGreaterThanOrEqual(client.birthDate.map { $0.age(on: period.start) } ?? 0, 18, "\(text) \(client.id)")
                }
            }
            let placementDates = dataset.placements.values.flatMap {
                [$0.proposed, $0.trialStart, $0.temporaryStart, $0.permanentStart, $0.end].compactMap { $0 }
            }
            XCTAssertTrue(placementDates.allSatisfy { $0 <= day }, text)
            XCTAssertTrue(dataset.meldingen.values.allSatisfy { $0.date <= day && ($0.decisionDate.map { $0 <= day } ?? true) }, text)
        }
    }

    func testProefplaatsingenLastAtMostThreeMonthsAndSomeEndWithinThirtyDays() {
        let deployments = DemoFixture.small.clients.values.flatMap(\.deployments)
        let trials = deployments.filter { $0.instrumentId == InstrumentCatalogue.ID.trialPlacement }
        XCTAssertFalse(trials.isEmpty)
        XCTAssertTrue(trials.allSatisfy { trial in trial.end.map { $0 < trial.start.adding(months: 3) } ?? false })
        let endingSoon = deployments.filter { deployment in
            deployment.isActive(on: today) && deployment.end.map { today.days(until: $0) <= 30 } ?? false
        }
        XCTAssertGreaterThan(endingSoon.count, 10, "deployments ending within 30 days")
    }

    func testBenefitHistoriesSpanTheYearsWithWorkAsTheMostCommonEndReason() {
        let periods = DemoFixture.large.clients.values.flatMap(\.benefits)
        XCTAssertTrue(periods.allSatisfy { $0.start <= today && ($0.end.map { $0 < today } ?? true) })
        XCTAssertTrue(periods.allSatisfy { ($0.end == nil) == ($0.endReason == nil) })
        XCTAssertTrue(periods.allSatisfy { period in period.end.map { period.start <= $0 } ?? true })
        let startYears = Set(periods.map(\.start.year))
        XCTAssertTrue(startYears.isSuperset(of: Set(2012...2025)))
        var reasons: [EndReason: Int] = [:]
        for reason in periods.compactMap(\.endReason) { reasons[reason, default: 0] += 1 }
        XCTAssertEqual(reasons.max { $0.value < $1.value }?.key, .work)
        XCTAssertEqual(Set(reasons.keys), Set(EndReason.allCases))
        let ended = Double(reasons.values.reduce(0, +))
        let toWork = Double(reasons.filter { $0.key.isWork }.map(\.value).reduce(0, +))
        XCTAssertEqual(toWork / ended * 100, 40, accuracy: 10, "share of outflow to work")
        let returned = DemoFixture.large.clients.values.filter { client in
            client.benefits.count == 2 && client.benefits[1].start > (client.benefits[0].end ?? today)
        }
        XCTAssertGreaterThan(returned.count, 500, "clients who came back on benefit")
    }

    func testBenefitsStartAfterTheEighteenthBirthday() {
        for client in DemoFixture.large.clients.values {
            guard let birthDate = client.birthDate else { continue }
            for period in client.benefits {
                XCTAssertGreaterThanOrEqual(birthDate.age(on: period.start), 18, client.id)
            }
        }
    }

    func testTheCaseloadLooksCurrent() {
        let inCaseload = DemoFixture.small.clients.values.filter { $0.benefits.isEmpty || $0.runningBenefit(on: today) != nil }
        let gaps = inCaseload.compactMap { $0.lastContact.map { $0.days(until: today) } }
        XCTAssertEqual(gaps.count, inCaseload.count, "everyone in the caseload has a contact")
        XCTAssertTrue(gaps.allSatisfy { $0 >= 0 }, "no contacts in the future")
        XCTAssertGreaterThan(percent(gaps.filter { $0 <= 42 }.count, of: gaps.count), 60, "most last contacts within six weeks")
        let outOfSight = gaps.filter { $0 > 91 }.count
        XCTAssertGreaterThan(percent(outOfSight, of: gaps.count), 3, "some clients uit beeld (> 13 weeks)")
        XCTAssertLessThan(percent(outOfSight, of: gaps.count), 20)
        let overdue = inCaseload.filter { $0.actions.contains { $0.status == .open && $0.due < today } }
        XCTAssertGreaterThan(percent(overdue.count, of: inCaseload.count), 5, "some overdue actions")
        XCTAssertTrue(inCaseload.allSatisfy { $0.nextAction != nil }, "everyone in the caseload has a next action")
    }

    func testLadderObservationsHaveAuthorsAndDutchReasons() {
        let clients = Array(DemoFixture.small.clients.values)
        let users = Set(DemoFixture.small.users.keys)
        for client in clients {
            XCTAssertEqual(client.ladder.filter { $0.kind == .start }.count, 1, client.id)
            XCTAssertTrue(client.ladder.allSatisfy { users.contains($0.by) && !$0.reason.isEmpty && $0.date <= today }, client.id)
        }
        let withActual = clients.filter { $0.ladder.contains { $0.kind == .actual } }
        XCTAssertGreaterThan(percent(withActual.count, of: clients.count), 40)
        XCTAssertTrue(clients.flatMap(\.ladder).contains { $0.kind == .expected && $0.targetDate != nil })
    }

    func testPlacementsFormAFunnelAtTheEmployers() {
        let dataset = DemoFixture.small
        let placements = Array(dataset.placements.values)
        var stages: [PlacementStage: Int] = [:]
        for placement in placements { stages[placement.stage, default: 0] += 1 }
        XCTAssertEqual(Set(stages.keys), Set(PlacementStage.allCases), "\(stages)")
        for placement in placements {
            XCTAssertNotNil(dataset.clients[placement.clientId], placement.id)
            XCTAssertNotNil(dataset.employers[placement.employerId], placement.id)
            if let vacancy = placement.vacancyId { XCTAssertNotNil(dataset.vacancies[vacancy], placement.id) }
            let dates = [placement.proposed, placement.trialStart, placement.temporaryStart, placement.permanentStart].compactMap { $0 }
            XCTAssertEqual(dates, dates.sorted(), placement.id)
            XCTAssertTrue(dates.allSatisfy { $0 <= today }, placement.id)
        }
        XCTAssertTrue(placements.contains { $0.stage == .proposed && $0.vacancyId != nil && $0.end == nil })
        XCTAssertTrue(placements.contains { dataset.employers[$0.employerId]?.hartwerk == true && $0.stage == .permanent })
    }

    func testMeldingenGiveAPreventionRateCloseToTheTarget() {
        let meldingen = Array(DemoFixture.large.meldingen.values)
        let granted = meldingen.filter { $0.decision == .granted }.count
        XCTAssertEqual(100 - percent(granted, of: meldingen.count), 55, accuracy: 2)
        let withApplication = meldingen.filter { $0.applicationDate != nil }.count
        XCTAssertEqual(percent(withApplication, of: meldingen.count), 69, accuracy: 8, "aanvragen per melding (paper: 69%)")
        XCTAssertEqual(Set(meldingen.compactMap(\.decision)), Set(Decision.allCases))
        let benefits = DemoFixture.large.clients.values.reduce(0) { $0 + $1.benefits.count }
        XCTAssertEqual(granted, benefits, "every benefit starts with a granted melding")
        for melding in meldingen {
            if let application = melding.applicationDate { XCTAssertLessThanOrEqual(melding.date, application, melding.id) }
            if let decided = melding.decisionDate { XCTAssertLessThanOrEqual(decided, today, melding.id) }
            XCTAssertEqual(melding.decision == nil, melding.decisionDate == nil, melding.id)
        }
        let years = Set(meldingen.map(\.date.year))
        XCTAssertTrue(years.isSuperset(of: Set(2012...2025)))
    }

    func testYoungClientsWaitFourWeeksUnlessThereIsAReason() {
        for melding in DemoFixture.small.meldingen.values {
            guard let clientId = melding.clientId, let client = DemoFixture.small.clients[clientId],
                  let birthDate = client.birthDate, let application = melding.applicationDate,
                  let searchEnd = melding.searchPeriodEnd(age: birthDate.age(on: melding.date)) else { continue }
            XCTAssertTrue(application >= searchEnd || !melding.earlyApplicationReason.isEmpty, melding.id)
        }
    }

    private func percent(_ count: Int, of total: Int) -> Double { Double(count) / Double(total) * 100 }
}
