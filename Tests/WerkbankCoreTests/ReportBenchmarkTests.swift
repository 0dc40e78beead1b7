import Foundation
import XCTest
@testable import WerkbankCore

/// Prints how long each report takes on 100.000 clients (no timing assertions: a figure to
/// read, not a flaky test). Checks only that the reports saw the whole data set.
final class ReportBenchmarkTests: XCTestCase {
    func testReportsOnHundredThousandClients() {
        let dataset = Self.largeDataset(clients: 100_000)
        let options = ReportOptions(peildatum: Day(year: 2017, month: 7, day: 31)!, regionalOutflowRate: Tenths(tenths: 150))
        var lines: [String] = []
        let baselineStart = DispatchTime.now().uptimeNanoseconds
        var periods = 0
        for client in dataset.clients.values { periods += client.benefits.count }
        lines.append("baseline (one pass over the clients): \((DispatchTime.now().uptimeNanoseconds - baselineStart) / 1_000_000) ms")
        for kind in ReportKind.allCases {
            let started = DispatchTime.now().uptimeNanoseconds
            let report = kind.compute(dataset, options: options)
            let computed = DispatchTime.now().uptimeNanoseconds
            let json = report.json.text
            _ = ReportFormat.table.render(report)
            let rendered = DispatchTime.now().uptimeNanoseconds
            lines.append("\(kind.rawValue): compute \((computed - started) / 1_000_000) ms, render \((rendered - computed) / 1_000_000) ms")
            XCTAssertFalse(json.isEmpty)
        }
        print("report benchmark (100.000 clients):\n  " + lines.joined(separator: "\n  "))
        XCTAssertEqual(BestandReport(dataset).years.reduce(0) { $0 + $1.inflow }, periods)
    }

    static func largeDataset(clients count: Int) -> Dataset {
        var generator = SeededRandom(seed: 42)
        var dataset = Dataset()
        let origin = Day.firstOfYear(2012)
        let coaches = (1...40).map { "coach\($0)" }
        dataset.instruments["jobcoach"] = Instrument(id: "jobcoach", name: "Jobcoaching", side: .client, cost: 250)
        for index in 0..<count {
            let id = "k\(index)"
            var client = Client(id: id, coach: coaches[index % coaches.count])
            var start = origin.adding(days: Int(generator.next() % 2000))
            for period in 0..<Int(generator.next() % 3 + 1) {
                let ends = generator.next() % 3 != 0
                let end = ends ? start.adding(days: Int(generator.next() % 600)) : nil
                client.benefits.append(BenefitPeriod(id: "\(id)-\(period)", start: start, end: end,
                                                     endReason: end == nil ? nil : EndReason.allCases[Int(generator.next() % 10)]))
                guard let end else { break }
                start = end.adding(days: Int(generator.next() % 200) + 1)
            }
            let first = client.benefits[0].start
            client.ladder = [
                LadderObservation(id: "\(id)-s", date: first, kind: .start, rung: Rung(rawValue: Int(generator.next() % 7)) ?? .research),
                LadderObservation(id: "\(id)-a", date: first.adding(days: 300), kind: .actual, rung: Rung(rawValue: Int(generator.next() % 7)) ?? .research),
                LadderObservation(id: "\(id)-v", date: first.adding(days: 30), kind: .expected, rung: Rung(rawValue: Int(generator.next() % 7)) ?? .research),
            ]
            client.notes = [NoteRef(ContactNote(id: "\(id)-n", date: first.adding(days: Int(generator.next() % 1500)), by: client.coach, channel: .meeting, text: ""))]
            client.actions = [PlanAction(id: "\(id)-p", title: "cv", due: first.adding(days: Int(generator.next() % 1500)))]
            client.deployments = [InstrumentDeployment(id: "\(id)-i", instrumentId: "jobcoach", start: first, end: first.adding(days: 180))]
            dataset.clients[id] = client
            let melding = "m\(index)"
            dataset.meldingen[melding] = Melding(id: melding, clientId: id, date: first.adding(days: -30),
                                                 applicationDate: first.adding(days: -20), decision: index % 3 == 0 ? .rejected : .granted)
            if index % 10 == 0 {
                dataset.placements["p\(index)"] = Placement(id: "p\(index)", clientId: id, employerId: "e", stage: .temporary,
                                                            proposed: first.adding(days: 100), temporaryStart: first.adding(days: 130))
            }
        }
        return dataset
    }
}
