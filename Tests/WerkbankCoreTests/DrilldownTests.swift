import XCTest
@testable import WerkbankCore

/// The records behind a figure are exactly the ones the report counted.
final class DrilldownTests: XCTestCase {
    private typealias D = ReportData
    static let demoToday = Day(year: 2026, month: 11, day: 23)!
    static let demo = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 400, today: demoToday).generate()

    /// Every integer cell of every report: as many entries as the figure says.
    func testEveryCountedCellListsAsManyEntriesAsItsFigure() throws {
        let coach = try XCTUnwrap(Self.demo.clients.values.map(\.coach).filter { !$0.isEmpty }.min())
        let optionSets = [
            ReportOptions(peildatum: Self.demoToday),
            ReportOptions(period: ReportPeriod(from: .year(2024), to: .year(2026)), peildatum: Day(year: 2026, month: 6, day: 30)!, coach: coach),
        ]
        var checked = 0
        for options in optionSets {
            for kind in ReportKind.allCases {
                let report = try XCTUnwrap(kind.compute(Self.demo, options: options) as? DrillableReport, "\(kind)")
                checked += try assertCellsMatch(report, options: options, in: Self.demo, label: "\(kind) \(options.coach ?? "alle")")
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }

    func testPaperSampleCellsMatch() throws {
        let sample = HengeloSample.dataset()
        let options = ReportOptions(period: ReportPeriod(from: .year(2012), to: .year(2017)), peildatum: HengeloSample.peildatum)
        for kind in [ReportKind.bestand, .uitstroom, .preventie, .ladder] {
            let report = try XCTUnwrap(kind.compute(sample, options: options) as? DrillableReport)
            _ = try assertCellsMatch(report, options: options, in: sample, label: "\(kind)")
        }
        // The paper: 30 periods ended in 2015 through work via SWB.
        let swb = Drilldown.entries(for: .uitstroom(year: 2015, .reason(.workViaSWB)), in: sample, options: options)
        XCTAssertEqual(swb.count, 30)
        // Afgewezen in March 2017: 8 meldingen, each dated in March.
        let march = YearMonth(year: 2017, month: 3)!
        let rejected = Drilldown.entries(for: .preventie(first: march, last: march, .rejected), in: sample, options: options)
        XCTAssertEqual(rejected.count, 8)
        XCTAssertTrue(rejected.allSatisfy { sample.meldingen[$0.id].map { YearMonth($0.date) == march && $0.decision == .rejected } ?? false })
    }

    @discardableResult
    private func assertCellsMatch(_ report: DrillableReport, options: ReportOptions, in dataset: Dataset, label: String) throws -> Int {
        var checked = 0
        for (t, table) in report.tables.enumerated() {
            for (r, row) in table.rows.enumerated() {
                for (c, value) in row.enumerated() {
                    guard case .integer(let count) = value, let figure = report.figure(table: t, row: r, column: c) else { continue }
                    let entries = Drilldown.entries(for: figure, in: dataset, options: options)
                    XCTAssertEqual(entries.count, count, "\(label) table \(t) row \(r) column \(table.columns[c]): \(figure)")
                    XCTAssertEqual(Set(entries).count, entries.count, "\(label): duplicate entries for \(figure)")
                    checked += 1
                }
            }
        }
        return checked
    }

    func testBestandOutflowOfAYearIsTheBenefitsEndingInIt() {
        let data = D.dataset([
            Client(id: "a", coach: "jan", benefits: [D.benefit("01-03-2014", "31-12-2015", .work, id: "a1"),
                                                     D.benefit("01-02-2016", "10-02-2016", .other, id: "a2")]),
            Client(id: "b", coach: "piet", benefits: [D.benefit("01-01-2015", "01-01-2016", .study, id: "b1")]),
            Client(id: "c", coach: "jan", benefits: [D.benefit("15-06-2015", nil, id: "c1")]),
        ])
        let options = ReportOptions(peildatum: D.day("31-12-2016"))
        let outflow = Drilldown.entries(for: .bestand(year: 2015, .outflow), in: data, options: options)
        XCTAssertEqual(outflow, [DrilldownEntry(.benefit, id: "a1", clientId: "a")])
        XCTAssertEqual(Drilldown.entries(for: .bestand(year: 2016, .beginstand), in: data, options: options).map(\.id), ["b1", "c1"])
        XCTAssertEqual(Drilldown.entries(for: .bestand(year: 2016, .inflowShorter), in: data, options: options).map(\.id), ["a2"])
        let report = BestandReport(data)
        XCTAssertEqual(report.figure(table: 0, row: 1, column: 5), .bestand(year: 2015, .outflow))
        XCTAssertNil(report.figure(table: 0, row: 1, column: 6), "saldo is no set of records")
        var jan = options
        jan.coach = "jan"
        XCTAssertEqual(Drilldown.entries(for: .bestand(year: 2015, .inflow), in: data, options: jan).map(\.id), ["c1"])
    }

    func testLadderStartRungAndKPINumerator() {
        let data = D.dataset([
            Client(id: "a", benefits: [D.benefit("01-01-2016")],
                   ladder: [D.observation("01-01-2016", .start, .socialContacts), D.observation("01-06-2016", .actual, .organisedActivities)]),
            Client(id: "b", benefits: [D.benefit("01-01-2016")],
                   ladder: [D.observation("01-01-2016", .start, .socialContacts), D.observation("01-06-2016", .actual, .isolated)]),
            Client(id: "c", benefits: [D.benefit("01-01-2016", "01-03-2017", .work)],
                   ladder: [D.observation("01-01-2016", .start, .socialContacts)]),
        ])
        let options = ReportOptions(peildatum: D.day("31-07-2017"))
        XCTAssertEqual(Drilldown.entries(for: .ladder(.start(.socialContacts)), in: data, options: options).map(\.id), ["a", "b"])
        XCTAssertEqual(Drilldown.entries(for: .kpi(.lowRungsProgress, .numerator), in: data, options: options).map(\.id), ["a"])
        XCTAssertEqual(Drilldown.entries(for: .kpi(.lowRungsProgress, .denominator), in: data, options: options).map(\.id), ["a", "b"])
        let kpi = KPIReport(data, options: options)
        XCTAssertEqual(kpi.score(KPIReport.Indicator.lowRungsProgress)?.numerator, 1)
        XCTAssertEqual(kpi.figure(table: 0, row: 1, column: 1), ReportFigure.kpi(.lowRungsProgress, .numerator))
    }

    func testMeldingenWithoutClientComeLastAndClientIdsAreDistinct() {
        let data = D.dataset([Client(id: "a")], meldingen: [
            D.melding("m1", "31-03-2017", decision: .rejected),
            D.melding("m2", "01-03-2017", decision: .rejected, client: "a"),
            D.melding("m3", "02-03-2017", decision: .rejected, client: "a"),
            D.melding("m4", "01-04-2017", decision: .rejected, client: "a"),
        ])
        let march = YearMonth(year: 2017, month: 3)!
        let entries = Drilldown.entries(for: .preventie(first: march, last: march, .rejected), in: data,
                                        options: ReportOptions(peildatum: D.day("31-07-2017")))
        XCTAssertEqual(entries.map(\.id), ["m2", "m3", "m1"])
        XCTAssertEqual(Drilldown.clientIds(of: entries), ["a"])
    }

    func testCaseloadCoachAndLabelsHaveNoFigure() {
        let data = D.dataset([Client(id: "a", coach: "jan"), Client(id: "b", coach: "piet"), Client(id: "c", coach: "jan")])
        let options = ReportOptions(peildatum: D.day("31-07-2017"))
        let report = CaseloadReport(data, peildatum: options.peildatum)
        XCTAssertNil(report.figure(table: 0, row: 0, column: 0), "the coach name is a label")
        let figure = report.figure(table: 0, row: 0, column: 1)
        XCTAssertEqual(figure, .caseload(coach: "jan", .clients))
        XCTAssertEqual(figure.map { Drilldown.entries(for: $0, in: data, options: options).map(\.id) }, ["a", "c"])
    }
}
