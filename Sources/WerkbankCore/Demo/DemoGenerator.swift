import Dispatch
import Foundation
import Synchronization

/// Generates a realistic, deterministic municipality for demonstrations and tests: werkcoaches
/// with their caseloads, an intaker, a teamleider, a beheerder and accountmanagers; the 12
/// Hartwerk employers and other regional employers with vacancies; clients whose ladder,
/// target-group and barrier distributions follow DOMAIN.md, with benefit histories since about
/// 2012, contacts, plans, instruments, placements and meldingen.
///
/// Everything is relative to `today`, so the demo always looks current. The same seed and the
/// same `today` give an identical dataset on every run and platform.
public struct DemoGenerator: Sendable {
    public static let defaultSeed: UInt64 = 2017
    public static let defaultClientCount = 2_000

    public let seed: UInt64
    public let clientCount: Int
    public let today: Day

    public init(seed: UInt64 = DemoGenerator.defaultSeed, clients: Int = DemoGenerator.defaultClientCount,
                today: Day = Day.today()) {
        self.seed = seed
        self.clientCount = max(0, clients)
        self.today = today
    }

    public func generate() -> Dataset {
        var staffRandom = SeededRandom(seed: seed, stream: 1)
        let staff = DemoStaff(clientCount: clientCount, random: &staffRandom)
        var employerRandom = SeededRandom(seed: seed, stream: 2)
        var detailRandom = SeededRandom(seed: seed, stream: 3)
        let employers = DemoEmployerSet(staff: staff, today: today, random: &employerRandom, details: &detailRandom)
        let historyStart = min(Day.firstOfYear(2012), today.adding(months: -48))
        let context = DemoContext(
            seed: seed, today: today, historyStart: historyStart, benefitFloor: historyStart.adding(months: -48),
            staff: staff, employers: employers,
            instruments: Dictionary(uniqueKeysWithValues: InstrumentCatalogue.standard.map { ($0.id, $0) }),
            idWidth: max(6, String(clientCount).count))

        var dataset = Dataset()
        dataset.users = Dictionary(uniqueKeysWithValues: staff.users.map { ($0.name, $0) })
        dataset.employers = Dictionary(uniqueKeysWithValues: employers.employers.map { ($0.id, $0) })
        dataset.vacancies = Dictionary(uniqueKeysWithValues: employers.vacancies.map { ($0.id, $0) })
        dataset.instruments = context.instruments
        assemble(makeClients(context: context), into: &dataset, context: context)
        DemoProposals.add(to: &dataset, context: context)
        DemoProposals.confirmProfiles(in: &dataset, context: context)
        return dataset
    }

    /// Makes every client from its own random stream, spread over the processor cores; returns
    /// the clients in chunks, in client order.
    private func makeClients(context: DemoContext) -> [[DemoClientOutput]] {
        guard clientCount > 0 else { return [] }
        let chunkCount = min(clientCount, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunks = Mutex<[[DemoClientOutput]]>(Array(repeating: [], count: chunkCount))
        let count = clientCount
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (count * chunk / chunkCount)..<(count * (chunk + 1) / chunkCount)
            let part = range.map { DemoClientFactory.make(index: $0, context: context) }
            chunks.withLock { $0[chunk] = part }
        }
        return chunks.withLock { parts in
            defer { parts = [] }
            return parts
        }
    }

    /// Puts the clients in the dataset, makes BSNs unique and numbers placements and meldingen
    /// in date order. Each chunk is released once it is in the dataset, to keep the peak memory low.
    private func assemble(_ chunks: [[DemoClientOutput]], into dataset: inout Dataset, context: DemoContext) {
        var chunks = chunks
        var usedBSNs = Set<String>(minimumCapacity: clientCount)
        var placements: [(date: Day, order: Int, placement: Placement)] = []
        var meldingen: [(date: Day, order: Int, melding: Melding)] = []
        dataset.clients.reserveCapacity(clientCount)
        var index = 0
        for chunk in chunks.indices {
            let outputs = chunks[chunk]
            chunks[chunk] = []
            for output in outputs {
                var client = output.client
                client.bsn = client.bsn.map { unique($0, in: &usedBSNs, stream: (1 << 40) + UInt64(index)) }
                dataset.clients[client.id] = client
                for placement in output.placements {
                    let date = placement.proposed ?? placement.trialStart ?? placement.temporaryStart ?? context.today
                    placements.append((date, placements.count, placement))
                }
                for melding in output.meldingen {
                    meldingen.append((melding.date, meldingen.count, melding))
                }
                index += 1
            }
        }
        placements.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        let placementWidth = max(5, String(placements.count).count)
        dataset.placements.reserveCapacity(placements.count)
        for (number, entry) in placements.enumerated() {
            var placement = entry.placement
            placement.id = demoID("P", number + 1, width: placementWidth)
            dataset.placements[placement.id] = placement
        }
        meldingen.sort { ($0.date, $0.order) < ($1.date, $1.order) }
        let meldingWidth = max(6, String(meldingen.count).count)
        dataset.meldingen.reserveCapacity(meldingen.count)
        for (number, entry) in meldingen.enumerated() {
            var melding = entry.melding
            melding.id = demoID("M", number + 1, width: meldingWidth)
            dataset.meldingen[melding.id] = melding
        }
    }

    /// `bsn`, or when another client already has it a new one from the client's own stream.
    private func unique(_ bsn: String, in used: inout Set<String>, stream: UInt64) -> String {
        guard !used.insert(bsn).inserted else { return bsn }
        var random = SeededRandom(seed: seed, stream: stream)
        var replacement = DemoPerson.bsn(random: &random)
        while !used.insert(replacement).inserted { replacement = DemoPerson.bsn(random: &random) }
        return replacement
    }
}

/// What every part of the generator shares: read-only after set-up.
struct DemoContext: Sendable {
    let seed: UInt64
    let today: Day
    /// Start of the figures (1-1-2012, or four years back when today is earlier than 2016).
    let historyStart: Day
    /// The earliest start of a long-running benefit.
    let benefitFloor: Day
    let staff: DemoStaff
    let employers: DemoEmployerSet
    let instruments: [String: Instrument]
    /// Digits in a client id.
    let idWidth: Int
}
