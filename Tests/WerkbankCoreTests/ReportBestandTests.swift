import XCTest
@testable import WerkbankCore

final class ReportBestandTests: XCTestCase {
    typealias D = ReportData

    func testYearBoundaries() {
        let data = D.dataset([
            Client(id: "ends-31-dec", benefits: [D.benefit("01-03-2015", "31-12-2016", .work)]),
            Client(id: "starts-1-jan", benefits: [D.benefit("01-01-2016")]),
            Client(id: "ends-1-jan", benefits: [D.benefit("01-06-2014", "01-01-2016", .moved)]),
        ])
        let report = BestandReport(data, period: D.period("2015", "2017"))
        XCTAssertEqual(report.years.map(\.year), [2015, 2016, 2017])
        let y2016 = report.years[1]
        // On 1-1-2016 the 2015 benefit and the one ending on 1-1-2016 run; the one starting
        // on 1-1-2016 is not yet in the stand (start must be before 1-1).
        XCTAssertEqual(y2016.beginstand, 2)
        XCTAssertEqual(y2016.inflow, 1)
        XCTAssertEqual(y2016.outflow, 2, "ended 1 January and 31 December 2016")
        XCTAssertEqual(y2016.eindstand, 1)
        // Ending on 31-12-2016 still counts in the stand of 1-1-2016 but not of 1-1-2017.
        XCTAssertEqual(report.years[2].beginstand, 1)
        XCTAssertEqual(report.years[0].beginstand, 1, "only the 2014 benefit runs on 1-1-2015")
    }

    func testShorterThanOneCalendarMonthFrom31January() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("31-01-2017", "27-02-2017", .work)]),   // before 28-02: korter
            Client(id: "b", benefits: [D.benefit("31-01-2017", "28-02-2017", .work)]),   // exactly one month: langer
            Client(id: "c", benefits: [D.benefit("31-01-2016", "28-02-2016", .work)]),   // leap year: before 29-02: korter
            Client(id: "d", benefits: [D.benefit("31-01-2016", "29-02-2016", .work)]),   // exactly one month: langer
            Client(id: "e", benefits: [D.benefit("01-01-2017", "31-01-2017", .study)]),  // before 01-02: korter
            Client(id: "f", benefits: [D.benefit("15-03-2017")]),                       // running: langer
        ])
        let report = BestandReport(data, period: D.period("2016", "2017"))
        XCTAssertEqual(report.years.map(\.inflowShorter), [1, 2])
        XCTAssertEqual(report.years.map(\.inflowLonger), [1, 2])
        XCTAssertEqual(report.years.map(\.inflow), [2, 4])
    }

    func testSeveralPeriodsPerClientCountSeparately() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-02-2014", "30-06-2015", .work), D.benefit("01-10-2015", "31-03-2016", .work),
                                       D.benefit("01-09-2016")]),
        ])
        let report = BestandReport(data)
        XCTAssertEqual(report.years.map(\.year), [2014, 2015, 2016], "default period: years present in the data")
        XCTAssertEqual(report.years.map(\.inflow), [1, 1, 1])
        XCTAssertEqual(report.years.map(\.outflow), [0, 1, 1])
        XCTAssertEqual(report.years.map(\.beginstand), [0, 1, 1])
        XCTAssertEqual(report.years.map(\.eindstand), [1, 1, 1])
    }

    func testFutureStartDoesNotCountBeforeItsYear() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-05-2017")]),
            Client(id: "future", benefits: [D.benefit("01-01-2018")]),
        ])
        let report = BestandReport(data, period: D.period("2017", "2017"))
        XCTAssertEqual(report.years.first?.inflow, 1)
        XCTAssertEqual(report.years.first?.eindstand, 1, "a benefit starting on 1-1-2018 is not in the stand of 1-1-2018")
    }

    func testBeginstandPlusSaldoIsEindstandOnGeneratedData() {
        var clients: [Client] = []
        var generator = SeededRandom(seed: 7)
        for index in 0..<500 {
            var benefits: [BenefitPeriod] = []
            var start = Day.firstOfYear(2010).adding(days: Int(generator.next() % 2000))
            for period in 0..<Int(generator.next() % 3 + 1) {
                let runs = generator.next() % 4 == 0
                let end = runs ? nil : start.adding(days: Int(generator.next() % 700))
                benefits.append(BenefitPeriod(id: "\(index)-\(period)", start: start, end: end, endReason: end == nil ? nil : .other))
                guard let end else { break }
                start = end.adding(days: Int(generator.next() % 300) + 1)
            }
            clients.append(Client(id: "c\(index)", benefits: benefits))
        }
        let report = BestandReport(D.dataset(clients))
        XCTAssertGreaterThan(report.years.count, 4)
        for (year, next) in zip(report.years, report.years.dropFirst()) {
            XCTAssertEqual(year.beginstand + year.saldo, year.eindstand, "\(year.year)")
            XCTAssertEqual(year.eindstand, next.beginstand, "\(year.year)")
            XCTAssertEqual(year.inflowLonger + year.inflowShorter, year.inflow)
        }
        // Cross-check one stand against the literal definition.
        let jan2013 = Day.firstOfYear(2013)
        let literal = clients.flatMap(\.benefits).filter { $0.start < jan2013 && ($0.end.map { $0 >= jan2013 } ?? true) }.count
        XCTAssertEqual(report.years.first { $0.year == 2013 }?.beginstand, literal)
    }

    func testJSONShapeAndKeyOrder() {
        let data = D.dataset([Client(id: "a", benefits: [D.benefit("10-01-2012", "15-01-2012", .work), D.benefit("01-03-2012")])])
        XCTAssertEqual(BestandReport(data).json.text,
                       #"{"jaren":[{"jaar":2012,"beginstand":0,"instroom":2,"instroom_langer":1,"instroom_korter":1,"uitstroom":1,"saldo":1,"eindstand":1}]}"#)
    }
}
