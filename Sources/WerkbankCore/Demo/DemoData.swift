import Foundation

/// The built-in demo directory that `werkbank` uses when no data directory is named.
public enum DemoData {
    /// Clients in the built-in demo.
    public static let clientCount = DemoGenerator.defaultClientCount
    /// The built-in demo's seed: everybody who starts werkbank sees the same municipality.
    public static let seed = DemoGenerator.defaultSeed
    /// Recorded as the author of the demo data in the audit log.
    public static let creator = "demo"

    /// Creates the demo data directory at `directory` (2,000 clients, the fixed seed, relative to
    /// `today`) unless it already holds werkbank data. Returns true when it created it.
    /// Throws a `WerkbankError` when the directory exists and holds other files.
    @discardableResult
    public static func ensureDirectory(at directory: URL, today: Day = Day.today()) throws -> Bool {
        let path = directory.standardizedFileURL.path
        guard !FileManager.default.fileExists(atPath: path + "/" + Snapshot.fileName) else { return false }
        let dataset = DemoGenerator(seed: seed, clients: clientCount, today: today).generate()
        let store = try Store.create(directory, dataset: dataset, user: creator)
        store.close()
        return true
    }
}
