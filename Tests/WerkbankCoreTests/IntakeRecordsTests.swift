import XCTest
@testable import WerkbankCore

final class IntakeRecordsTests: XCTestCase {
    let data = IntakeFixture.data()
    let today = IntakeFixture.today

    func testDuplicatesByBSNFirstThenByNameAndBirthDate() {
        let byBSN = IntakeDuplicates.matches(bsn: IntakeFixture.clientBSN, firstName: "", infix: "", lastName: "", birthDate: nil,
                                             in: data.clients.values)
        XCTAssertEqual(byBSN, [IntakeDuplicates.Match(clientId: "K000007", reason: .bsn)])
        // Case, accents and how the tussenvoegsel is typed do not matter.
        let byName = IntakeDuplicates.matches(bsn: "", firstName: "JAN", infix: "", lastName: "de Vriës",
                                              birthDate: Day(year: 1990, month: 2, day: 1), in: data.clients.values)
        XCTAssertEqual(byName.map(\.clientId), ["K000012"])
        XCTAssertTrue(IntakeDuplicates.matches(bsn: "", firstName: "Jan", infix: "de", lastName: "Vries",
                                               birthDate: Day(year: 1990, month: 2, day: 2), in: data.clients.values).isEmpty)
    }

    func testDeclinedAndLinkedMatchesAreNotOfferedAgain() {
        var form = IntakeForm(kind: .melding, values: [.firstName: "Jan", .infix: "de", .lastName: "Vries", .birthDate: "01-02-1990"])
        XCTAssertEqual(IntakeDuplicates.firstMatch(for: form, in: data.clients)?.clientId, "K000012")
        form[.declinedMatches] = "K000012"
        XCTAssertNil(IntakeDuplicates.firstMatch(for: form, in: data.clients))
        form[.declinedMatches] = ""
        form[.linkedClient] = "K000012"
        XCTAssertNil(IntakeDuplicates.firstMatch(for: form, in: data.clients))
    }

    func testDerivedTargetGroupsAndSearchPeriod() {
        XCTAssertEqual(IntakeDerived.targetGroups(birthDate: Day(year: 2000, month: 11, day: 24), on: today), [.youth])
        XCTAssertEqual(IntakeDerived.targetGroups(birthDate: Day(year: 1999, month: 11, day: 23), on: today), [])
        XCTAssertEqual(IntakeDerived.targetGroups(birthDate: Day(year: 1976, month: 11, day: 23), on: today), [.over50])
        XCTAssertEqual(IntakeDerived.searchPeriodEnd(meldingDate: today, birthDate: Day(year: 2000, month: 1, day: 1)),
                       Day(year: 2026, month: 12, day: 21))
        XCTAssertNil(IntakeDerived.searchPeriodEnd(meldingDate: today, birthDate: Day(year: 1999, month: 11, day: 23)))
    }

    func testDraftRoundTripKeepsValuesStepAndContext() throws {
        var form = IntakeForm(kind: .intake, meldingId: "M000001", clientId: "K000012", step: 3)
        form[.bsn] = IntakeFixture.freeBSN
        form.setCodes(.barriers, [Barrier.language, .debts])
        form.setFlag(.statusHolder, true)
        let draft = form.draft(id: "C000001", user: "hscholten", updated: "2026-11-23T10:00:00+01:00")
        XCTAssertEqual(draft.kind, "intake")
        XCTAssertEqual(draft.fields["belemmeringen"], "taal,schulden")
        XCTAssertEqual(try XCTUnwrap(IntakeForm(draft: draft)), form)
        var foreign = draft
        foreign.kind = "plan"
        XCTAssertNil(IntakeForm(draft: foreign))
        foreign = draft
        foreign.step = 42
        foreign.fields["onbekend"] = "x"
        XCTAssertEqual(IntakeForm(draft: foreign)?.step, 0)
        XCTAssertEqual(IntakeForm(draft: foreign)?.values.count, form.values.count)
    }

    func testNewIdsAndNameParts() {
        XCTAssertEqual(IntakeRecordIDs.next(prefix: "K", existing: ["K000007", "K000012", "X9"]), "K000013")
        XCTAssertEqual(IntakeRecordIDs.next(prefix: "C", existing: [String]()), "C000001")
        XCTAssertEqual(IntakeRecordIDs.next(in: "K1", letter: "t", used: ["K1-t1", "K1-t2"]), "K1-t3")
        XCTAssertTrue(IntakeNameParts.split("Anna van der Meulen") == ("Anna", "van der", "Meulen"))
        XCTAssertTrue(IntakeNameParts.split("Gert-Jan Nijhuis") == ("Gert-Jan", "", "Nijhuis"))
        XCTAssertTrue(IntakeNameParts.split("Anne Marie de Boer") == ("Anne Marie", "de", "Boer"))
    }

    func testGrantedDecisionCreatesTheClientWithABenefitFromTheApplication() throws {
        let form = IntakeFixture.decisionForm([.applicationDate: "20-11-2026", .earlyReason: "dakloos", .decision: "toegekend",
                                               .decisionDate: "23-11-2026", .decisionReason: "recht vastgesteld"])
        let changes = IntakeRecords.decide(form, melding: try XCTUnwrap(data.meldingen["M000001"]), data: data)
        XCTAssertEqual(changes.count, 2)
        guard case .putMelding(let melding) = changes[0], case .putClient(let client) = changes[1] else {
            return XCTFail("expected melding and client, got \(changes)")
        }
        XCTAssertEqual(client.id, "K000013")
        XCTAssertEqual([client.firstName, client.infix, client.lastName], ["Anna", "van der", "Meulen"])
        XCTAssertEqual(client.bsn, IntakeFixture.freeBSN)
        XCTAssertEqual(client.benefits, [BenefitPeriod(id: "K000013-u1", start: Day(year: 2026, month: 11, day: 20)!)])
        XCTAssertEqual(melding.clientId, "K000013")
        XCTAssertEqual(melding.decision, .granted)
        XCTAssertEqual(melding.earlyApplicationReason, "dakloos")
    }

    func testNoApplicationClearsDecisionFields() throws {
        let form = IntakeFixture.decisionForm([.noApplicationReason: "eigen_middelen", .decision: "afgewezen", .decisionReason: "x"])
        let changes = IntakeRecords.decide(form, melding: try XCTUnwrap(data.meldingen["M000001"]), data: data)
        guard changes.count == 1, case .putMelding(let melding) = changes[0] else { return XCTFail("\(changes)") }
        XCTAssertEqual(melding.noApplicationReason, .ownMeans)
        XCTAssertNil(melding.decision)
        XCTAssertEqual(melding.decisionReason, "")
    }

    func testCompletedIntakeSetsLadderRoutesTargetGroupsAndCoach() throws {
        let client = try XCTUnwrap(data.clients["K000012"])
        var form = IntakeRecords.intakeForm(for: client, meldingId: nil)
        form[.bsn] = IntakeFixture.freeBSN
        form[.postcode] = "7551ab"
        form[.startRung] = "2"
        form[.expectedRung] = "4"
        form[.expectedDate] = "01-06-2027"
        form.setCodes(.routes, [Route.medicalAdvice, .labourExpert])
        form.setFlag(.jobAgreement, true)
        form[.coach] = "mvdberg"
        let done = IntakeRecords.completeIntake(form, client: client, by: "hscholten", today: today)
        XCTAssertEqual(done.postcode, "7551 AB")
        XCTAssertEqual(done.routes, [.medicalAdvice, .labourExpert])
        XCTAssertEqual(done.targetGroups, [.jobAgreement])
        XCTAssertEqual(done.coach, "mvdberg")
        XCTAssertEqual(done.ladderPosition.start, LadderObservation(id: "K000012-t1", date: today, kind: .start, rung: .socialContacts,
                                                                   by: "hscholten", reason: "intake"))
        XCTAssertEqual(done.ladderPosition.expected?.targetDate, Day(year: 2027, month: 6, day: 1))
        XCTAssertEqual(done.ladderPosition.steps, 2)
    }

    func testOverviewListsWhatWaitsLongestFirst() {
        var data = self.data
        data.meldingen["M000002"] = Melding(id: "M000002", date: Day(year: 2026, month: 10, day: 1)!, name: "Piet",
                                            applicationDate: Day(year: 2026, month: 10, day: 5)!)
        data.meldingen["M000003"] = Melding(id: "M000003", date: Day(year: 2026, month: 10, day: 1)!, noApplicationReason: .foundWork)
        data.meldingen["M000004"] = Melding(id: "M000004", clientId: "K000012", date: Day(year: 2026, month: 9, day: 1)!,
                                            applicationDate: Day(year: 2026, month: 9, day: 1)!, decision: .granted,
                                            decisionDate: Day(year: 2026, month: 11, day: 13)!)
        let items = IntakeOverview.items(data, today: today)
        XCTAssertEqual(items.map(\.meldingId), ["M000002", "M000001", "M000004"])
        XCTAssertEqual(items.map(\.status), [.application, .melding, .intake])
        XCTAssertEqual(items.map(\.ageInDays), [49, 21, 10])
        XCTAssertEqual(items[1].searchPeriodEnd, Day(year: 2026, month: 11, day: 30))
    }
}
