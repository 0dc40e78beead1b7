import Foundation
import WerkbankCore

/// Measures the store on synthetic data (exposed as `werkbank bench`): writing a directory with
/// N clients, opening it, committing edits, opening with the journal, compacting.
public enum StoreBenchmark {
    public struct Result: Sendable {
        public var clients: Int
        /// Size of snapshot.jsonl in bytes.
        public var snapshotBytes: Int
        /// Wall-clock and process CPU seconds for each step, in the order run (CPU above wall
        /// means the step used more than one core; far below means other processes had the cores).
        public var steps: [Step]
    }

    public struct Step: Sendable {
        public var name: String
        public var seconds: Double
        public var cpuSeconds: Double
    }

    /// Runs in a temporary directory that is removed afterwards.
    public static func run(clients count: Int, edits: Int = 1000) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("werkbank-bench-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var steps: [Step] = []
        func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = processCPUSeconds()
            let value = try body()
            steps.append(Step(name: name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                              cpuSeconds: processCPUSeconds() - cpuStart))
            return value
        }

        let dataset = measure("generate") { syntheticDataset(clients: count) }
        let created = try measure("create (write snapshot)") { try Store.create(directory, dataset: dataset, user: "bench") }
        created.close()
        let snapshot = try Data(contentsOf: directory.appendingPathComponent("snapshot.jsonl"))
        measure("parse only, JSONSerialization (comparison)") {
            for line in snapshot.split(separator: 0x0A) { _ = try? JSONSerialization.jsonObject(with: line) }
        }
        let store = try measure("open") { try Store.open(directory, user: "bench") }
        let ids = store.data.clients.keys.sorted()
        try measure("commit \(edits) edits") {
            for index in 0..<edits {
                guard var client = store.data.clients[ids[index % ids.count]] else { continue }
                client.phone = "06-\(10_000_000 + index)"
                try store.commit([.putClient(client)], summary: "telefoon gewijzigd", subject: client.id)
            }
        }
        store.close()
        let reopened = try measure("open + replay \(edits) edits") { try Store.open(directory, user: "bench") }
        try measure("compact") { try reopened.compact() }
        _ = try measure("history of one client") { try reopened.history(of: ids[0]) }
        reopened.close()
        return Result(clients: count, snapshotBytes: snapshot.count, steps: steps)
    }

    private static func processCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// A dataset of `clients` varied, fully filled clients (about 1.5 KB of JSON each).
    public static func syntheticDataset(clients: Int) -> Dataset {
        var dataset = Dataset()
        for coach in 0..<8 {
            let user = User(name: "coach\(coach)", displayName: "Coach \(coach)", role: .coach)
            dataset.users[user.name] = user
        }
        for index in 0..<clients { let client = syntheticClient(index); dataset.clients[client.id] = client }
        return dataset
    }

    public static func syntheticClient(_ index: Int) -> Client {
        let start = Day(ordinal: 17_000 + index % 2000)
        let id = "K\(String(1_000_000 + index))"
        let coach = "coach\(index % 8)"
        return Client(
            id: id, bsn: index % 3 == 0 ? nil : String(100_000_000 + index), firstName: ["Fatima", "Jan", "Özlem", "Pieter"][index % 4],
            infix: index % 2 == 0 ? "van der" : "", lastName: "Achternaam\(index)", birthDate: Day(ordinal: -3000 + index % 15000),
            postcode: "\(1000 + index % 8999) AB", district: "Wijk \(index % 12)", address: "Dorpsstraat \(index % 300)",
            phone: "06-\(20_000_000 + index)", email: "klant\(index)@example.nl", household: .single, children: index % 4,
            education: .vmbo, workExperience: "Magazijn en schoonmaak", languageLevel: .b1,
            targetGroups: [.youth], barriers: [.language, .debts], workObligation: .imposed,
            skills: ["heftruck", "kassa", "klantcontact"], certificates: ["VCA"], drivingLicence: index % 2 == 0,
            wishes: "Werk in de logistiek, overdag", hoursAvailable: 24, coach: coach,
            benefits: [BenefitPeriod(id: "\(id)-U1", start: start)],
            ladder: [LadderObservation(id: "\(id)-L1", date: start, kind: .start, rung: .socialContacts, by: coach, reason: "intake"),
                     LadderObservation(id: "\(id)-L2", date: start.adding(days: 90), kind: .actual, rung: .organisedActivities,
                                       by: coach, reason: "neemt deel aan taalcafé")],
            notes: [ContactNote(id: "\(id)-N1", date: start.adding(days: 7), by: coach, channel: .meeting,
                                text: "Kennismaking; wil graag aan het werk maar heeft schulden en volgt taalles."),
                    ContactNote(id: "\(id)-N2", date: start.adding(days: 40), by: coach, channel: .phone,
                                text: "Afspraak bij schuldhulp gemaakt.")],
            actions: [PlanAction(id: "\(id)-A1", title: "Aanmelden taalcafé", due: start.adding(days: 30), by: coach)],
            deployments: [InstrumentDeployment(id: "\(id)-D1", instrumentId: "taaltraject", start: start.adding(days: 14),
                                               end: start.adding(days: 194), by: coach)])
    }
}
