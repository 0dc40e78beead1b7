@testable import WerkbankCore

/// A seed-like data set built from the tables of the policy paper (see `HengeloPaper`): benefit
/// periods 2012 - July 2017 with the printed instroom (longer/shorter than a month), uitstroom and
/// outflow to work by reason, meldingen January-June 2017, and ladder positions on 31-07-2017.
/// Deterministic: the same data set every time.
///
/// The paper's stock column does not add up (1.707 + 253 ≠ 1.963, and 2016/2017 break the chain);
/// the sample opens with 1.710 running benefits so that 2013-2015 match the paper; see
/// docs/reports.md.
enum HengeloSample {
    static let openingStock = 1710
    static let peildatum = Day(year: 2017, month: 7, day: 31)!
    static let coaches = ["bakker", "jansen", "mulder", "smit", "visser"]
    static let otherReasons: [EndReason] = [.moved, .partnerIncome, .study, .detention, .pension, .death, .other]

    static func dataset() -> Dataset {
        var builder = Builder()
        builder.openStock()
        for year in HengeloPaper.stock {
            guard let work = HengeloPaper.workOutflow.first(where: { $0.year == year.year }) else { continue }
            builder.simulate(year, work: work)
        }
        builder.addMeldingen()
        builder.addLadder()
        return builder.dataset
    }

    private struct Builder {
        var dataset = Dataset()
        var clientCount = 0
        /// Running benefits, oldest first: (client id, index in its benefits).
        var running: [(client: String, index: Int)] = []
        var runningHead = 0
        /// Clients whose benefits have all ended (they may come back).
        var returnable: [String] = []

        mutating func newClient() -> String {
            clientCount += 1
            let id = "h" + String(100_000 + clientCount).dropFirst()
            dataset.clients[id] = Client(id: id, firstName: "Klant", lastName: "\(clientCount)", coach: HengeloSample.coaches[clientCount % 5])
            return id
        }

        mutating func openStock() {
            let first = Day.firstOfYear(2005), days = first.days(until: Day.firstOfYear(2012))
            for index in 0..<HengeloSample.openingStock {
                let id = newClient()
                dataset.clients[id]?.benefits.append(BenefitPeriod(id: "\(id)-1", start: first.adding(days: index * days / HengeloSample.openingStock)))
                running.append((id, 0))
            }
        }

        mutating func simulate(_ year: HengeloPaper.StockYear, work: HengeloPaper.WorkOutflowYear) {
            let windowStart = Day.firstOfYear(year.year)
            let windowEnd = year.year == 2017 ? HengeloSample.peildatum : Day(year: year.year, month: 12, day: 31)!
            let days = windowStart.days(until: windowEnd) + 1
            var endings: [(client: String, index: Int, end: Day)] = []
            for i in 0..<year.inflow {
                let start = windowStart.adding(days: i * days / year.inflow)
                let id = i % 10 == 0 && !returnable.isEmpty ? returnable.removeFirst() : newClient()
                let index = dataset.clients[id]?.benefits.count ?? 0
                dataset.clients[id]?.benefits.append(BenefitPeriod(id: "\(id)-\(index + 1)", start: start))
                if (i * year.inflowShorter) / year.inflow != ((i + 1) * year.inflowShorter) / year.inflow {
                    // Shorter than a month: some end on the last day that still counts as shorter.
                    let end = i % 3 == 0 ? start.adding(months: 1).adding(days: -1) : start.adding(days: 9)
                    endings.append((id, index, min(end, windowEnd)))
                } else {
                    running.append((id, index))
                }
            }
            let longEndings = year.outflow - year.inflowShorter
            for j in 0..<longEndings {
                let (id, index) = running[runningHead]
                runningHead += 1
                let start = dataset.clients[id]?.benefits[index].start ?? windowStart
                let end = max(windowStart.adding(days: j * days / longEndings), start.adding(months: 1))
                precondition(end <= windowEnd, "sample generator: a long benefit cannot end in \(year.year)")
                endings.append((id, index, end))
            }
            var reasons = [EndReason](repeating: .work, count: work.work) + [EndReason](repeating: .workViaSWB, count: work.viaSWB)
                + [EndReason](repeating: .selfEmployed, count: work.selfEmployed)
            while reasons.count < endings.count { reasons.append(HengeloSample.otherReasons[reasons.count % HengeloSample.otherReasons.count]) }
            for (position, ending) in endings.enumerated() {
                // Spread the reasons over the endings (7919 is a prime that does not divide the counts).
                let reason = reasons[(position * 7919) % endings.count]
                dataset.clients[ending.client]?.benefits[ending.index].end = ending.end
                dataset.clients[ending.client]?.benefits[ending.index].endReason = reason
                if year.year < 2017, dataset.clients[ending.client]?.benefits.allSatisfy({ $0.end != nil }) == true {
                    returnable.append(ending.client)
                }
            }
        }

        mutating func addMeldingen() {
            for month in HengeloPaper.prevention {
                guard let bound = PeriodBound(parsing: month.month) else { continue }
                let first = bound.firstMonth.firstDay, days = first.days(until: bound.firstMonth.lastDay) + 1
                let decisions = [Decision](repeating: .granted, count: month.granted) + [Decision](repeating: .rejected, count: month.rejected)
                    + [Decision](repeating: .notProcessed, count: month.notProcessed) + [Decision](repeating: .withdrawn, count: month.withdrawn)
                for i in 0..<month.meldingen {
                    // The last melding of every month falls on its last day.
                    let date = first.adding(days: ((i + 1) * days - 1) / month.meldingen)
                    let applied = i < month.applications
                    let id = "\(month.month)-\(i + 1)"
                    dataset.meldingen[id] = Melding(id: id, date: date, applicationDate: applied ? date.adding(days: 14) : nil,
                                                    decision: i < decisions.count ? decisions[i] : nil,
                                                    decisionDate: i < decisions.count ? date.adding(days: 42) : nil)
                }
            }
        }

        /// Start and expected rungs for the clients running on the peildatum, distributed as the
        /// paper's shares (largest remainder), low start paired with low expected.
        mutating func addLadder() {
            let ids = dataset.clients.values.filter { $0.runningBenefit(on: HengeloSample.peildatum) != nil }.map(\.id).sorted()
            let starts = HengeloSample.apportion(HengeloPaper.startShares, total: ids.count)
            let expected = HengeloSample.apportion(HengeloPaper.expectedShares, total: ids.count)
            for (position, id) in ids.enumerated() {
                guard let client = dataset.clients[id], let benefit = client.runningBenefit(on: HengeloSample.peildatum),
                      let start = Rung(rawValue: starts[position]), let target = Rung(rawValue: expected[position]) else { continue }
                dataset.clients[id]?.ladder = [
                    LadderObservation(id: "\(id)-s", date: benefit.start, kind: .start, rung: start),
                    LadderObservation(id: "\(id)-v", date: max(benefit.start, Day(year: 2017, month: 6, day: 1)!), kind: .expected, rung: target),
                ]
            }
        }
    }

    /// `total` values 0…6 in ascending order, as many of each as `shares` (tenths of a percent)
    /// says, by the largest-remainder method.
    static func apportion(_ shares: [Int], total: Int) -> [Int] {
        let sum = shares.reduce(0, +)
        var counts = shares.map { $0 * total / sum }
        let remainders = shares.indices.sorted { (shares[$0] * total) % sum > (shares[$1] * total) % sum }
        for index in remainders.prefix(total - counts.reduce(0, +)) { counts[index] += 1 }
        return counts.enumerated().flatMap { [Int](repeating: $0.offset, count: $0.element) }
    }
}
