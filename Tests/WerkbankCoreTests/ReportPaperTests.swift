import XCTest
@testable import WerkbankCore

/// The reports reproduce the tables of the policy paper from the sample built from them.
final class ReportPaperTests: XCTestCase {
    static let sample = HengeloSample.dataset()
    static let paperYears = ReportPeriod(from: .year(2012), to: .year(2017))

    func testUitstroomNaarWerkPerReason() {
        let report = UitstroomReport(Self.sample, period: ReportPeriod(from: .year(2012), to: .year(2017)))
        XCTAssertEqual(report.years.map(\.year), HengeloPaper.workOutflow.map(\.year))
        for (year, paper) in zip(report.years, HengeloPaper.workOutflow) {
            XCTAssertEqual(year.count(.work), paper.work, "\(paper.year) werk")
            XCTAssertEqual(year.count(.workViaSWB), paper.viaSWB, "\(paper.year) werk via SWB")
            XCTAssertEqual(year.count(.selfEmployed), paper.selfEmployed, "\(paper.year) zelfstandig")
            XCTAssertEqual(year.toWork, paper.total, "\(paper.year) eindtotaal")
        }
        XCTAssertEqual(report.years.map(\.total), HengeloPaper.stock.map(\.outflow), "all reasons add up to the stock table's uitstroom")
    }

    func testBestandFlowsMatchThePaper() {
        let report = BestandReport(Self.sample, period: Self.paperYears)
        XCTAssertEqual(report.years.map(\.year), HengeloPaper.stock.map(\.year))
        for (year, paper) in zip(report.years, HengeloPaper.stock) {
            XCTAssertEqual(year.inflow, paper.inflow, "\(paper.year) instroom")
            XCTAssertEqual(year.inflowLonger, paper.inflowLonger, "\(paper.year) instroom > 1 maand")
            XCTAssertEqual(year.inflowShorter, paper.inflowShorter, "\(paper.year) instroom < 1 maand")
            XCTAssertEqual(year.outflow, paper.outflow, "\(paper.year) uitstroom")
            XCTAssertEqual(year.saldo, paper.saldo, "\(paper.year) saldo")
            XCTAssertEqual(year.beginstand + year.saldo, year.eindstand)
        }
    }

    func testBestandStockMatchesThePaperWhereThePaperAddsUp() {
        let report = BestandReport(Self.sample, period: Self.paperYears)
        let paper = HengeloPaper.stock
        // Where the paper's own columns break (beginstand + saldo ≠ eindstand, or an eindstand
        // that is not the next beginstand), no data set can reproduce it.
        let brokenWithinYear = paper.filter { $0.beginstand + $0.saldo != $0.eindstand }.map(\.year)
        let brokenChain = zip(paper, paper.dropFirst()).filter { $0.eindstand != $1.beginstand }.map(\.1.year)
        XCTAssertEqual(brokenWithinYear, [2012, 2016, 2017])
        XCTAssertEqual(brokenChain, [2016, 2017])
        // The sample opens with 1.710 (not 1.707) so that 2013-2015 match; it differs exactly
        // where the paper breaks.
        XCTAssertEqual(report.years.first?.beginstand, HengeloSample.openingStock)
        XCTAssertEqual(zip(report.years, paper).filter { $0.beginstand != $1.beginstand }.map(\.0.year), [2012, 2016, 2017])
        XCTAssertEqual(zip(report.years, paper).filter { $0.eindstand != $1.eindstand }.map(\.0.year), [2016, 2017])
        print("bestand sample vs paper:", report.years.map { "\($0.year): \($0.beginstand)→\($0.eindstand)" }.joined(separator: ", "))
    }

    func testPreventieJanuaryToJune2017() {
        let report = PreventieReport(Self.sample, period: ReportPeriod(from: .month(YearMonth(year: 2017, month: 1)!),
                                                                        to: .month(YearMonth(year: 2017, month: 6)!)))
        XCTAssertEqual(report.months.map(\.month.iso), HengeloPaper.prevention.map(\.month))
        let rows = zip(report.months.map(\.counts), HengeloPaper.prevention) + [(report.total, HengeloPaper.preventionTotal)]
        for (counts, paper) in rows {
            XCTAssertEqual(counts.meldingen, paper.meldingen, paper.month)
            XCTAssertEqual(counts.applications, paper.applications, paper.month)
            XCTAssertEqual(counts.granted, paper.granted, paper.month)
            XCTAssertEqual(counts.rejected, paper.rejected, paper.month)
            XCTAssertEqual(counts.notProcessed, paper.notProcessed, paper.month)
            XCTAssertEqual(counts.withdrawn, paper.withdrawn, paper.month)
            XCTAssertEqual(counts.grantedPercentage?.tenths, paper.grantedPercentage, paper.month)
            XCTAssertEqual(counts.preventionRate?.tenths, paper.preventionRate, paper.month)
        }
        XCTAssertEqual(report.total.preventionRate?.description, "56.3")
        // The paper's "Nog geen besluit" row is meldingen + undecided aanvragen (a spreadsheet slip).
        XCTAssertEqual(report.months.map(\.counts.undecided), HengeloPaper.prevention.map { $0.noDecisionYet - $0.meldingen })
    }

    func testLadderSharesMedio2017() {
        let report = LadderReport(Self.sample, peildatum: HengeloSample.peildatum)
        XCTAssertGreaterThan(report.clients, 2000)
        let start = Rung.allCases.map { Tenths.percentage(report.start[$0] ?? 0, of: report.clients)?.tenths ?? -1 }
        let expected = Rung.allCases.map { Tenths.percentage(report.expected[$0] ?? 0, of: report.clients)?.tenths ?? -1 }
        XCTAssertEqual(expected, HengeloPaper.expectedShares)
        // The printed start column sums to 100,2%; apportioned over the clients, at most one rung
        // differs by 0,1 point.
        print("ladder start shares (tenths %) sample \(start) paper \(HengeloPaper.startShares), clients \(report.clients)")
        let differences = zip(start, HengeloPaper.startShares).map { abs($0 - $1) }
        XCTAssertLessThanOrEqual(differences.reduce(0, +), 2, "\(start) vs \(HengeloPaper.startShares)")
    }
}
