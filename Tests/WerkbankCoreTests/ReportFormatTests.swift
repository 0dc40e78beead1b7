import XCTest
@testable import WerkbankCore

final class ReportFormatTests: XCTestCase {
    func testPeriodBounds() {
        XCTAssertEqual(PeriodBound(parsing: "2012"), .year(2012))
        XCTAssertEqual(PeriodBound(parsing: "2017-01"), .month(YearMonth(year: 2017, month: 1)!))
        XCTAssertEqual(PeriodBound(parsing: "2017-1"), .month(YearMonth(year: 2017, month: 1)!))
        for bad in ["", "12", "2017-13", "2017-00", "2017-01-05", "jan", "2017-", "-2017", "20177"] {
            XCTAssertNil(PeriodBound(parsing: bad), bad)
        }
        let period = ReportPeriod(from: .month(YearMonth(year: 2016, month: 11)!), to: .year(2017))
        XCTAssertEqual(period.years(present: nil), [2016, 2017])
        XCTAssertEqual(period.months(present: nil).count, 14)
        XCTAssertEqual(ReportPeriod(from: .year(2015)).years(present: 2012...2017), [2015, 2016, 2017])
        XCTAssertEqual(ReportPeriod(from: .year(2018)).years(present: 2012...2017), [2018], "data before the bound")
        XCTAssertEqual(ReportPeriod(to: .year(2011)).years(present: 2012...2017), [2011], "data after the bound")
        XCTAssertEqual(ReportPeriod(from: .year(2016)).years(present: nil), [2016], "no data")
        XCTAssertEqual(ReportPeriod().years(present: nil), [])
        XCTAssertTrue(ReportPeriod(from: .year(2017), to: .month(YearMonth(year: 2016, month: 12)!)).isReversed)
    }

    func testDutchNumbers() {
        XCTAssertEqual(DutchNumber.integer(1_234_567), "1.234.567")
        XCTAssertEqual(DutchNumber.integer(-1707), "-1.707")
        XCTAssertEqual(DutchNumber.integer(999), "999")
        XCTAssertEqual(DutchNumber.integer(1707, grouped: false), "1707")
        XCTAssertEqual(DutchNumber.tenths(Tenths(tenths: 12345)), "1.234,5")
        XCTAssertEqual(DutchNumber.tenths(Tenths(tenths: -5)), "-0,5")
        XCTAssertEqual(DutchNumber.cents(123_405), "1.234,05")
        XCTAssertEqual(Money.cents(2.675), 268)
        XCTAssertEqual(Tenths(parsing: "12,5"), Tenths(tenths: 125))
        XCTAssertEqual(Tenths(parsing: "12"), Tenths(tenths: 120))
        XCTAssertNil(Tenths(parsing: "12,55"))
        XCTAssertNil(Tenths(parsing: "twaalf"))
    }

    func testCSVHasBOMSemicolonsAndDecimalComma() {
        let table = ReportTable(title: "T", columns: ["Maand", "Aantal", "Pct"],
                                rows: [[.text("2017-01"), .integer(1234), .decimal(Tenths(tenths: 412))],
                                       [.text("a;b"), .integer(0), .decimal(nil)]])
        let csv = ReportRenderer.csv([table])
        XCTAssertEqual(csv, "\u{FEFF}Maand;Aantal;Pct\r\n2017-01;1234;41,2\r\n\"a;b\";0;\r\n")
    }

    func testTerminalTableAlignsColumns() {
        let table = ReportTable(title: "Titel", columns: ["Jaar", "Instroom"],
                                rows: [[.text("2012"), .integer(1126)], [.text("2016"), .integer(603)]])
        let lines = ReportRenderer.terminal([table]).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["Titel", "Jaar  Instroom", "────  ────────", "2012     1.126", "2016       603"])
    }

    func testJSONEscapes() {
        XCTAssertEqual(JSONValue.object([("naam", .string("a\"b\\c\n\u{1}")), ("x", .cents(-5))]).text,
                       #"{"naam":"a\"b\\c\n\u0001","x":-0.05}"#)
    }
}
