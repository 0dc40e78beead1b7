import XCTest
@testable import WerkbankCore

/// The matching rules of issue 13 on hand-made data: every pair of clients differs in one fact only.
final class MatchingRulesTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    /// A client in view (contact a week ago) with a confirmed profile, in Hengelo.
    private func client(_ id: String, _ last: String) -> Client {
        Client(id: id, firstName: "A", lastName: last, postcode: "7556 AB", languageLevel: .b1, workObligation: .imposed,
               skills: ["orderpicken", "schoonmaak"], hoursAvailable: 32, coach: "anna",
               benefits: [BenefitPeriod(id: "u", start: today.adding(days: -400))],
               ladder: [LadderObservation(id: "l", date: today.adding(days: -30), kind: .actual, rung: .unpaidWork)],
               notes: [ContactNote(id: "n", date: today.adding(days: -7), by: "anna", channel: .phone, text: "belafspraak")],
               profileConfirmed: today.adding(days: -20))
    }

    private func vacancy(certificates: [String] = [], tasks: [VacancyTask] = [], place: String = "") -> Vacancy {
        Vacancy(id: "v", employerId: "w", title: "Magazijnmedewerker", tasks: tasks, hoursPerWeek: 32, certificates: certificates,
                minimumRung: .unpaidWork, place: place, opened: today.adding(days: -10))
    }

    private func rank(_ clients: [Client], for vacancy: Vacancy, includeExempt: Bool = false) -> [VacancyFit] {
        var data = Dataset()
        for client in clients { data.clients[client.id] = client }
        data.employers["w"] = Employer(id: "w", name: "Logistiek BV")
        data.instruments = Dictionary(uniqueKeysWithValues: InstrumentCatalogue.standard.map { ($0.id, $0) })
        return VacancyMatcher(dataset: data, today: today).candidates(for: vacancy, scope: .all, includeExempt: includeExempt)
    }

    func testTheOnlyCandidateWithVCARanksFirstForAVCAJob() {
        var withVCA = client("c", "Zwart")
        withVCA.certificates = ["VCA"]
        withVCA.ladder[0].rung = .socialContacts
        withVCA.hoursAvailable = 8
        withVCA.notes = []   // out of view, rung 2, 8 hours: still first, certificates are a must
        let ranked = rank([client("a", "Aalders"), client("b", "Bos"), withVCA], for: vacancy(certificates: ["VCA"]))
        XCTAssertEqual(ranked.map(\.clientId), ["c", "a", "b"])
        XCTAssertEqual(ranked.map(\.meetsHardRequirements), [true, false, false])
        XCTAssertGreaterThan(ranked[1].score, ranked[0].score, "the others score higher but lack the certificate")
        XCTAssertEqual(ranked[1].factors.first { $0.key == "certificaten" }?.reasonAgainst, "mist certificaat: VCA (verplicht)")
    }

    func testSixtyKilometresRanksBelowFive() {
        var far = client("a", "Aalders")
        far.postcode = "7941 AB"   // Meppel
        let near = client("b", "Bos")   // Hengelo
        let ranked = rank([far, near], for: vacancy(place: "Borne"))
        XCTAssertEqual(ranked.map(\.clientId), ["b", "a"])
        XCTAssertEqual(ranked.map(\.kilometres), [5, 58], "the lists sort on it")
        XCTAssertEqual(ranked.map(\.lastContact), [today.adding(days: -7), today.adding(days: -7)])
        XCTAssertEqual(PlaceDistance.kilometres(fromPostcode: "7556 AB", to: "Borne"), 5)
        XCTAssertEqual(PlaceDistance.kilometres(fromPostcode: "7941 AB", to: "Borne"), 58)
        let distance = ranked[1].factors.first { $0.key == "afstand" }
        XCTAssertEqual(distance?.points, 0)
        XCTAssertEqual(distance?.reasonAgainst, "woont ver: ± 58 km van Borne")
        XCTAssertEqual(ranked[0].factors.first { $0.key == "afstand" }?.points, 10)
        XCTAssertNil(PlaceDistance.kilometres(fromPostcode: "", to: "Borne"))
    }

    func testAnExemptedClientIsExcludedUnlessAsked() {
        var exempt = client("a", "Aalders")
        exempt.workObligation = .fullExemption
        XCTAssertEqual(rank([exempt, client("b", "Bos")], for: vacancy()).map(\.clientId), ["b"])
        let asked = rank([exempt, client("b", "Bos")], for: vacancy(), includeExempt: true)
        XCTAssertEqual(asked.map(\.clientId), ["b", "a"])
        XCTAssertEqual(asked[1].factors.last?.reasonAgainst, "volledige ontheffing van de arbeidsplicht")
    }

    /// Only clients in the caseload are candidates: whoever's benefit ended (left for work, a
    /// partner's income) is not available, however well they fitted; a jobseeker without a
    /// benefit is.
    func testAClientWhoLeftTheCaseloadIsNoCandidate() {
        var leftForWork = client("a", "Aalders")
        leftForWork.benefits[0].end = today.adding(days: -60)
        leftForWork.benefits[0].endReason = .work
        leftForWork.certificates = ["VCA"]   // would rank first
        var jobseeker = client("c", "Claassen")
        jobseeker.benefits = []
        let ranked = rank([leftForWork, client("b", "Bos"), jobseeker], for: vacancy())
        XCTAssertEqual(ranked.map(\.clientId), ["b", "c"])
        var leavesTomorrow = leftForWork
        leavesTomorrow.benefits[0].end = today.adding(days: 1)
        XCTAssertEqual(rank([leavesTomorrow], for: vacancy()).map(\.clientId), ["a"], "still in the caseload today")
    }

    func testOutOfViewRanksBelowAnEqualClientInViewAndIsUncertain() {
        var away = client("a", "Aalders")
        away.notes = [NoteRef(ContactNote(id: "n", date: today.adding(days: -((TeamSettings.defaultOutOfViewWeeks * 7) + 1)), by: "anna", channel: .phone, text: ""))]
        var justInView = client("b", "Bos")
        justInView.notes = [NoteRef(ContactNote(id: "n", date: today.adding(days: -(TeamSettings.defaultOutOfViewWeeks * 7)), by: "anna", channel: .phone, text: ""))]
        let ranked = rank([away, justInView], for: vacancy())
        XCTAssertEqual(ranked.map(\.clientId), ["b", "a"])
        XCTAssertEqual(ranked.map(\.uncertain), [false, true])
        XCTAssertEqual(ranked[0].score - ranked[1].score, MatchWeight.outOfView)
        let freshness = ranked[1].factors.first { $0.key == "actualiteit" }
        XCTAssertEqual(freshness?.reasonAgainst, "uit beeld: 57 dagen geen contact")
        XCTAssertEqual(freshness?.confirmedOn, today.adding(days: -57))
    }

    func testAProfileNotConfirmedInSixMonthsIsUncertain() {
        var stale = client("a", "Aalders")
        stale.profileConfirmed = today.adding(months: -ProfileConfirmation.months).adding(days: -1)
        var fresh = client("b", "Bos")
        fresh.profileConfirmed = today.adding(months: -ProfileConfirmation.months)
        let ranked = rank([stale, fresh], for: vacancy())
        XCTAssertEqual(ranked.map(\.clientId), ["b", "a"])
        XCTAssertEqual(ranked.map(\.uncertain), [false, true])
        XCTAssertEqual(ranked[1].factors.last?.reasonAgainst, "profiel niet bevestigd sinds 22-05-2026")
    }

    func testTwoOfThreeTasksRanksAboveNone() {
        let tasks = [VacancyTask(name: "orders verzamelen", skills: ["orderpicken"], hoursPerWeek: 16),
                     VacancyTask(name: "kantine schoonhouden", skills: ["schoonmaak"], hoursPerWeek: 8),
                     VacancyTask(name: "heftruck rijden", skills: ["heftruck"], hoursPerWeek: 8)]
        var none = client("a", "Aalders")
        none.skills = ["koken"]
        let two = client("b", "Bos")
        let ranked = rank([none, two], for: vacancy(tasks: tasks))
        XCTAssertEqual(ranked.map(\.clientId), ["b", "a"])
        let fitted = ranked[0].factors.first { $0.key == "taken" }
        XCTAssertEqual(fitted?.points, 13, "20 × 2 / 3")
        XCTAssertEqual(fitted?.reasonFor, "past op 2 van 3 taken: orders verzamelen, kantine schoonhouden")
        XCTAssertEqual(fitted?.reasonAgainst, "past niet op: heftruck rijden")
        XCTAssertEqual(ranked[1].factors.first { $0.key == "taken" }?.points, 0)
    }

    func testEveryFactorSaysWhenItsDataWasConfirmed() throws {
        let fit = try XCTUnwrap(rank([client("a", "Aalders")], for: vacancy(place: "Hengelo")).first)
        let confirmed = Dictionary(fit.factors.map { ($0.key, $0.confirmedOn) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(confirmed["trede"], today.adding(days: -30), "the ladder observation")
        XCTAssertEqual(confirmed["uren"], today.adding(days: -7), "the last contact")
        XCTAssertEqual(confirmed["wensen"], today.adding(days: -7))
        XCTAssertEqual(confirmed["afstand"], today.adding(days: -20), "the profile confirmation")
        XCTAssertFalse(fit.uncertain)
    }

    func testInstrumentsThatWouldApplyWithReasons() throws {
        var supported = client("a", "Aalders")
        supported.ladder = [LadderObservation(id: "l", date: today.adding(days: -30), kind: .actual, rung: .paidWorkWithSupport)]
        supported.wageValueAssessment = today.adding(days: -40)
        supported.targetGroups = [.jobAgreement]
        let fit = try XCTUnwrap(rank([supported], for: vacancy()).first)
        XCTAssertEqual(fit.instruments.map(\.id), ["proefplaatsing", "loonkostensubsidie", "jobcoaching", "no_riskpolis", "werkplekaanpassing"])
        XCTAssertEqual(fit.instruments[1].reason, "loonwaardemeting van 14-10-2026")
        let plain = try XCTUnwrap(rank([client("b", "Bos")], for: vacancy()).first)
        XCTAssertEqual(plain.instruments.map(\.id), ["proefplaatsing"], "rung 4 on benefit: only a trial placement")
    }
}
