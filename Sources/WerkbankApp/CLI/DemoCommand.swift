import Foundation
import WerkbankCore

/// `werkbank demo --out DIR [--clients N] [--seed S]`: writes a new data directory with a
/// generated municipality and the standard instrumentenkoffer.
public enum DemoCommand: Subcommand {
    public static let name = "demo"
    public static let summaryKey = "cli.demo.summary"
    public static let helpKey = "cli.demo.help"
    public static let valuedOptions: Set<String> = ["out", "clients", "seed"]
    static let maximumClients = 1_000_000

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else { throw UsageError(cliText("cli.demo.unexpected", arguments.positional[0])) }
        guard let out = arguments.options["out"], !out.isEmpty else { throw UsageError(cliText("cli.demo.missing_out")) }
        let clients = try clientCount(arguments.options["clients"])
        let seed = try seed(arguments.options["seed"])
        let directory = URL(fileURLWithPath: out)
        try refuseExistingData(at: directory)

        let today = Day.today(environment: context.environment)
        if context.isTerminal { context.output.line(cliText("cli.demo.generating", DutchNumber.integer(clients))) }
        let started = DispatchTime.now()
        let dataset = DemoGenerator(seed: seed, clients: clients, today: today).generate()
        let generated = DispatchTime.now()
        let store = try Store.create(directory, dataset: dataset, user: context.user)
        store.close()
        let written = DispatchTime.now()

        context.output.line(cliText("cli.demo.done", directory.path, DutchNumber.integer(dataset.clients.count), DutchNumber.integer(dataset.users.count),
                                    DutchNumber.integer(dataset.employers.count), DutchNumber.integer(dataset.vacancies.count),
                                    DutchNumber.integer(dataset.placements.count), DutchNumber.integer(dataset.meldingen.count),
                                    DutchNumber.integer(dataset.instruments.count)))
        context.output.line(cliText("cli.demo.details", String(seed), today.dutch,
                                    seconds(from: started, to: generated), seconds(from: generated, to: written)))
        return 0
    }

    static func clientCount(_ text: String?) throws -> Int {
        guard let text else { return DemoGenerator.defaultClientCount }
        guard let count = Int(text), (1...maximumClients).contains(count) else {
            throw UsageError(cliText("cli.demo.bad_clients", text, DutchNumber.integer(maximumClients)))
        }
        return count
    }

    static func seed(_ text: String?) throws -> UInt64 {
        guard let text else { return DemoGenerator.defaultSeed }
        guard let seed = UInt64(text) else { throw UsageError(cliText("cli.demo.bad_seed", text)) }
        return seed
    }

    /// Never writes into a directory that holds anything: demo data must not replace real data.
    static func refuseExistingData(at directory: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw WerkbankError(cliText("cli.demo.not_a_directory", directory.path)) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard entries.isEmpty else { throw WerkbankError(cliText("cli.demo.not_empty", directory.path)) }
    }

    static func seconds(from start: DispatchTime, to end: DispatchTime) -> String {
        let tenths = Int((end.uptimeNanoseconds - start.uptimeNanoseconds) / 100_000_000)
        return "\(tenths / 10),\(tenths % 10)"
    }
}
