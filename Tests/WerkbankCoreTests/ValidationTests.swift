import XCTest
@testable import WerkbankCore

final class ValidationTests: XCTestCase {
    override func setUp() { Language.current = .nl }

    private func problem<T>(_ body: () throws -> T) -> String? {
        do { _ = try body(); return nil } catch { return (error as? FieldProblem)?.message ?? "\(error)" }
    }

    func testBSNElfproef() throws {
        XCTAssertEqual(try Validate.bsn("111222333"), "111222333")
        XCTAssertEqual(try Validate.bsn(" 111222333 "), "111222333")
        XCTAssertEqual(problem { try Validate.bsn("123456789") }, "BSN 123456789 klopt niet (elfproef)")
        XCTAssertEqual(problem { try Validate.bsn("12345678") }, "'12345678' is geen BSN: een BSN heeft 9 cijfers")
        XCTAssertNotNil(problem { try Validate.bsn("11122233a") })
        XCTAssertNotNil(problem { try Validate.bsn("000000000") })
    }

    func testDatesTellMalformedFromImpossible() throws {
        XCTAssertEqual(try Validate.day("28-02-2017"), Day(year: 2017, month: 2, day: 28))
        XCTAssertEqual(try Validate.day("2016-02-29"), Day(year: 2016, month: 2, day: 29))
        XCTAssertEqual(try Validate.day(" 1-2-2017 "), Day(year: 2017, month: 2, day: 1))
        XCTAssertEqual(problem { try Validate.day("31-02-2017") }, "datum 31-02-2017 bestaat niet")
        XCTAssertEqual(problem { try Validate.day("2017-13-01") }, "datum 2017-13-01 bestaat niet")
        XCTAssertEqual(problem { try Validate.day("1 maart") }, "'1 maart' is geen datum (dd-mm-jjjj of jjjj-mm-dd)")
        XCTAssertNotNil(problem { try Validate.day("2017/01/01") })
        XCTAssertNotNil(problem { try Validate.day("01-01-17") })
    }

    func testByteDateParserAgreesWithDayParsing() {
        let samples = ["01-01-2017", "2017-01-01", "1-1-2017", "2017-1-1", "31-12-1999", "29-02-2019", "29-02-2020",
                       " 03-04-2005", "03-04-2005 ", "0-0-2017", "00-01-2017", "2017-001-01", "12345-01-01", "01-01-12345",
                       "1-2-3", "--", "", "a-b-c", "01-01-2017-", "-01-01-2017", "01--2017", "١٢-٠١-٢٠١٧"]
        for sample in samples {
            let expected = Day(parsing: sample)
            if case .day(let day) = DayParser.parse(sample) {
                XCTAssertEqual(day, expected, sample)
            } else {
                XCTAssertNil(expected, sample)
            }
        }
    }

    func testPostcodeIsNormalised() throws {
        XCTAssertEqual(try Validate.postcode("7511ab"), "7511 AB")
        XCTAssertEqual(try Validate.postcode("7511 AB"), "7511 AB")
        XCTAssertEqual(problem { try Validate.postcode("0511 AB") }, "'0511 AB' is geen postcode (1234 AB)")
        XCTAssertNotNil(problem { try Validate.postcode("7511 A") })
        XCTAssertNotNil(problem { try Validate.postcode("75111AB") })
    }

    func testRungAndCodes() throws {
        XCTAssertEqual(try Validate.rung("0"), .research)
        XCTAssertEqual(try Validate.rung("6"), .paidWork)
        XCTAssertEqual(problem { try Validate.rung("7") }, "'7' is geen trede (0 tot en met 6)")
        XCTAssertEqual(try Validate.codes("jongere, Ouder,,jongere", as: TargetGroup.self), [.youth, .parent])
        XCTAssertEqual(try Validate.codes("", as: Barrier.self), [])
        XCTAssertTrue(problem { try Validate.codes("taal,fietsen", as: Barrier.self) }?.hasPrefix("onbekende code 'fietsen'") ?? false)
        XCTAssertEqual(try Validate.code("verwacht", as: LadderKind.self), .expected)
        XCTAssertEqual(problem { try Validate.required("  ") }, "ontbreekt (verplicht)")
    }

    func testEnglishMessages() {
        Language.current = .en
        defer { Language.current = .nl }
        XCTAssertEqual(problem { try Validate.day("31-02-2017") }, "date 31-02-2017 does not exist")
    }

    func testBenefitPeriodRules() {
        let start = Day(year: 2015, month: 3, day: 1)!
        let ended = BenefitPeriod(id: "a", start: start, end: start.adding(days: -1), endReason: .work)
        XCTAssertEqual(BenefitRules.problems(of: ended).map(\.field), ["einde"])
        XCTAssertEqual(BenefitRules.problems(of: BenefitPeriod(id: "b", start: start, end: start)).map(\.field), ["reden_einde"])
        XCTAssertEqual(BenefitRules.problems(of: BenefitPeriod(id: "c", start: start, endReason: .study)).map(\.field), ["reden_einde"])
        XCTAssertTrue(BenefitRules.problems(of: BenefitPeriod(id: "d", start: start, end: start, endReason: .moved)).isEmpty)
    }

    func testBenefitOverlaps() {
        let d = { (text: String) in Day(parsing: text)! }
        let touching = [BenefitPeriod(id: "1", start: d("01-01-2014"), end: d("31-12-2014"), endReason: .work),
                        BenefitPeriod(id: "2", start: d("01-01-2015"))]
        XCTAssertTrue(BenefitRules.overlaps(in: touching).isEmpty)
        let overlapping = [BenefitPeriod(id: "1", start: d("01-06-2015")),
                           BenefitPeriod(id: "2", start: d("01-01-2014"), end: d("31-12-2014"), endReason: .work),
                           BenefitPeriod(id: "3", start: d("01-01-2013"))]
        let overlaps = BenefitRules.overlaps(in: overlapping)
        // The running period from 2013 overlaps both others; each overlap is reported once, at
        // the period that comes later in the list, naming the other.
        XCTAssertEqual(overlaps.map(\.index), [2, 2])
        XCTAssertEqual(overlaps.map(\.problem.message), ["overlapt met de uitkering vanaf 01-01-2014 (tot 31-12-2014)",
                                                         "overlapt met de uitkering vanaf 01-06-2015 (tot lopend)"])
    }

    func testInstrumentMaximumDuration() {
        let trial = Instrument(id: "proef", name: "proefplaatsing", side: .employer, maxMonths: 3)
        let learning = Instrument(id: "leren", name: "leren en werken", side: .client, maxMonths: 6)
        let start = Day(year: 2017, month: 1, day: 15)!
        let today = Day(year: 2017, month: 2, day: 1)!
        func problems(_ instrument: Instrument, end: Day?, today: Day = today, cancelled: Bool = false) -> [String] {
            let deployment = InstrumentDeployment(id: "i", instrumentId: instrument.id, start: start, end: end, cancelled: cancelled)
            return InstrumentRules.durationProblems(deployment, instrument: instrument, today: today).map(\.message)
        }
        XCTAssertEqual(InstrumentRules.lastAllowedDay(start: start, months: 3), Day(year: 2017, month: 4, day: 14))
        XCTAssertEqual(problems(trial, end: Day(year: 2017, month: 4, day: 14)), [])
        XCTAssertEqual(problems(trial, end: Day(year: 2017, month: 4, day: 15)),
                       ["proefplaatsing mag maximaal 3 maanden duren: einde 15-04-2017 ligt na 14-04-2017"])
        XCTAssertEqual(problems(learning, end: Day(year: 2017, month: 7, day: 14)), [])
        XCTAssertEqual(problems(learning, end: Day(year: 2017, month: 7, day: 15)).count, 1)
        XCTAssertEqual(problems(trial, end: nil), [])
        XCTAssertEqual(problems(trial, end: nil, today: Day(year: 2017, month: 4, day: 15)!).count, 1)
        XCTAssertEqual(problems(trial, end: Day(year: 2018, month: 1, day: 1), cancelled: true), [])
        XCTAssertEqual(problems(trial, end: Day(year: 2017, month: 1, day: 1)).count, 1)
    }

    func testInstrumentPrerequisites() {
        let subsidy = Instrument(id: "lks", name: "loonkostensubsidie", side: .employer,
                                 prerequisites: [.wageValueAssessment, .employer])
        let start = Day(year: 2017, month: 3, day: 1)!
        var client = Client(id: "K1")
        let deployment = InstrumentDeployment(id: "i", instrumentId: "lks", start: start)
        XCTAssertEqual(InstrumentRules.prerequisiteProblems(deployment, instrument: subsidy, client: client).count, 2)
        client.wageValueAssessment = start.adding(days: -10)
        var withEmployer = deployment
        withEmployer.employerId = "W1"
        XCTAssertEqual(InstrumentRules.prerequisiteProblems(withEmployer, instrument: subsidy, client: client), [])
    }
}
