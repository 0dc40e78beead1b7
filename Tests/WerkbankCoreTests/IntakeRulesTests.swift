import XCTest
@testable import WerkbankCore

/// A small dataset for the intake tests: one client with a running benefit, one coach, meldingen.
enum IntakeFixture {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let clientBSN = "111222333"
    static let freeBSN = "367418253"

    static func data() -> Dataset {
        var data = Dataset()
        data.users["mvdberg"] = User(name: "mvdberg", displayName: "M. van den Berg", role: .coach)
        data.users["hscholten"] = User(name: "hscholten", displayName: "H. Scholten", role: .intaker)
        data.clients["K000007"] = Client(id: "K000007", bsn: clientBSN, firstName: "Sandra", lastName: "Hendriks",
                                         birthDate: Day(year: 1972, month: 8, day: 12),
                                         benefits: [BenefitPeriod(id: "K000007-u1", start: Day(year: 2026, month: 7, day: 9)!)])
        data.clients["K000012"] = Client(id: "K000012", firstName: "Jan", infix: "de", lastName: "Vries",
                                         birthDate: Day(year: 1990, month: 2, day: 1))
        data.meldingen["M000001"] = Melding(id: "M000001", date: Day(year: 2026, month: 11, day: 2)!, channel: "balie",
                                            name: "Anna van der Meulen", birthDate: Day(year: 2003, month: 5, day: 1), bsn: freeBSN)
        return data
    }

    static func decisionForm(_ values: [IntakeField: String]) -> IntakeForm {
        IntakeForm(kind: .decision, meldingId: "M000001", values: values)
    }
}

final class IntakeRulesTests: XCTestCase {
    let data = IntakeFixture.data()
    let today = IntakeFixture.today

    func problems(_ form: IntakeForm, _ step: IntakeStep) -> [IntakeField: String] {
        IntakeRules.problems(form, step: step, data: data, today: today)
    }

    func testMeldingNeedsPersonChannelAndQuestion() {
        let form = IntakeForm(kind: .melding, values: [.meldingDate: "23-11-2026"])
        XCTAssertEqual(Set(problems(form, .melding).keys), [.firstName, .lastName, .birthDate, .channel, .question])
        XCTAssertEqual(problems(form, .melding)[.firstName], "ontbreekt (verplicht)")
    }

    func testBSNMustPassElfproefAndNotBelongToAnotherClient() {
        var form = IntakeForm(kind: .melding, values: [.bsn: "123456789"])
        XCTAssertEqual(problems(form, .melding)[.bsn], "BSN 123456789 klopt niet (elfproef)")
        form[.bsn] = IntakeFixture.clientBSN
        XCTAssertEqual(problems(form, .melding)[.bsn], "BSN hoort bij klant K000007 (Hendriks, S.)")
        form[.linkedClient] = "K000007"
        XCTAssertNil(problems(form, .melding)[.bsn])
    }

    func testDatesMustBeRealAndNotInTheFuture() {
        var form = IntakeForm(kind: .melding, values: [.meldingDate: "31-02-2026", .birthDate: "01-01-2030"])
        XCTAssertEqual(problems(form, .melding)[.meldingDate], "datum 31-02-2026 bestaat niet")
        XCTAssertEqual(problems(form, .melding)[.birthDate], "geboortedatum 01-01-2030 ligt in de toekomst")
        form[.meldingDate] = "24-11-2026"
        XCTAssertEqual(problems(form, .melding)[.meldingDate], "datum 24-11-2026 ligt in de toekomst")
        form[.meldingDate] = "12-03"
        XCTAssertEqual(problems(form, .melding)[.meldingDate], "'12-03' is geen datum (dd-mm-jjjj of jjjj-mm-dd)")
    }

    func testDecisionNotBeforeApplicationAndNeedsReason() {
        let form = IntakeFixture.decisionForm([.applicationDate: "10-11-2026", .decision: "afgewezen", .decisionDate: "09-11-2026"])
        let found = problems(form, .decision)
        XCTAssertEqual(found[.decisionDate], "besluit 09-11-2026 ligt voor de aanvraag 10-11-2026")
        XCTAssertEqual(found[.decisionReason], "ontbreekt (verplicht)")
    }

    func testApplicationBeforeEndOfSearchPeriodNeedsAReason() {
        // Anna is 23: zoektijd from 02-11 runs to 30-11.
        var form = IntakeFixture.decisionForm([.applicationDate: "20-11-2026"])
        XCTAssertEqual(problems(form, .decision)[.earlyReason],
                       "aanvraag voor het einde van de zoektijd (30-11-2026): reden verplicht")
        form[.earlyReason] = "dakloos"
        XCTAssertTrue(problems(form, .decision).isEmpty)
    }

    func testEitherAnApplicationOrAReasonWhyNot() {
        XCTAssertNotNil(problems(IntakeFixture.decisionForm([:]), .decision)[.applicationDate])
        XCTAssertTrue(problems(IntakeFixture.decisionForm([.noApplicationReason: "werk_gevonden"]), .decision).isEmpty)
        let both = IntakeFixture.decisionForm([.noApplicationReason: "werk_gevonden", .applicationDate: "01-12-2026"])
        XCTAssertNotNil(problems(both, .decision)[.noApplicationReason])
        XCTAssertEqual(problems(IntakeFixture.decisionForm([.noApplicationReason: "doorverwezen", .decision: "toegekend"]), .decision)[.decision],
                       "een besluit vraagt een aanvraagdatum")
    }

    func testGrantingToAClientWithARunningBenefitIsRefused() {
        var data = self.data
        data.meldingen["M000002"] = Melding(id: "M000002", clientId: "K000007", date: Day(year: 2026, month: 11, day: 20)!)
        let form = IntakeForm(kind: .decision, meldingId: "M000002",
                              values: [.applicationDate: "20-11-2026", .decision: "toegekend", .decisionDate: "23-11-2026", .decisionReason: "recht"])
        XCTAssertEqual(IntakeRules.problems(form, step: .decision, data: data, today: today)[.decision],
                       "overlapt met de uitkering vanaf 09-07-2026 (tot lopend)")
    }

    func testWizardRequiredFieldsFollowTheAnswers() {
        var form = IntakeForm(kind: .intake, clientId: "K000012", values: [.workObligation: "opgelegd"])
        XCTAssertTrue(problems(form, .workObligation).isEmpty)
        form[.workObligation] = "volledige_ontheffing"
        XCTAssertEqual(Set(problems(form, .workObligation).keys), [.exemptionReason, .exemptionEnd])
        XCTAssertEqual(IntakeRules.check(form, step: .workObligation, data: data, today: today).required,
                       [.workObligation, .exemptionReason, .exemptionEnd])
        form.setFlag(.statusHolder, true)
        XCTAssertEqual(Set(problems(form, .targetGroups).keys), [.countryOfOrigin, .inburgering])
    }

    func testPersonStepChecksPostcodeEmailAndChildren() {
        let form = IntakeForm(kind: .intake, clientId: "K000012",
                              values: [.bsn: IntakeFixture.freeBSN, .firstName: "Jan", .lastName: "Vries", .birthDate: "01-02-1990",
                                       .postcode: "0123 AB", .email: "jan@", .household: "alleenstaand", .children: "x"])
        let found = problems(form, .person)
        XCTAssertEqual(found[.postcode], "'0123 AB' is geen postcode (1234 AB)")
        XCTAssertEqual(found[.email], "'jan@' is geen e-mailadres")
        XCTAssertNotNil(found[.children])
        XCTAssertEqual(found.count, 3)
    }

    func testLadderTargetDateAfterTodayAndCoachMustBeACoach() {
        let form = IntakeForm(kind: .intake, clientId: "K000012",
                              values: [.startRung: "2", .expectedRung: "4", .expectedDate: "23-11-2026", .coach: "hscholten"])
        XCTAssertEqual(problems(form, .ladder)[.expectedDate], "streefdatum 23-11-2026 moet na vandaag liggen")
        XCTAssertEqual(problems(form, .coach)[.coach], "onbekende gebruiker 'hscholten'")
    }
}
