import XCTest
@testable import WerkbankCore

/// Small helpers to write hand-made report data sets readably: dates as `dd-mm-jjjj` text.
enum ReportData {
    static func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Day {
        guard let day = Day(parsing: text) else {
            XCTFail("bad test date \(text)", file: file, line: line)
            return Day(ordinal: 0)
        }
        return day
    }

    static func benefit(_ start: String, _ end: String? = nil, _ reason: EndReason? = nil, id: String = "") -> BenefitPeriod {
        BenefitPeriod(id: id.isEmpty ? "u-\(start)-\(end ?? "")" : id, start: day(start), end: end.map { day($0) }, endReason: reason)
    }

    static func observation(_ date: String, _ kind: LadderKind, _ rung: Rung) -> LadderObservation {
        LadderObservation(id: "t-\(date)-\(kind.rawValue)-\(rung.rawValue)", date: day(date), kind: kind, rung: rung)
    }

    static func melding(_ id: String, _ date: String, application: String? = nil, decision: Decision? = nil,
                        client: String? = nil) -> Melding {
        Melding(id: id, clientId: client, date: day(date), applicationDate: application.map { day($0) }, decision: decision)
    }

    static func dataset(_ clients: [Client], meldingen: [Melding] = [], placements: [Placement] = [],
                        instruments: [Instrument] = []) -> Dataset {
        var dataset = Dataset()
        for client in clients { dataset.clients[client.id] = client }
        for melding in meldingen { dataset.meldingen[melding.id] = melding }
        for placement in placements { dataset.placements[placement.id] = placement }
        for instrument in instruments { dataset.instruments[instrument.id] = instrument }
        return dataset
    }

    static func period(_ from: String?, _ to: String?) -> ReportPeriod {
        ReportPeriod(from: from.flatMap(PeriodBound.init(parsing:)), to: to.flatMap(PeriodBound.init(parsing:)))
    }
}

