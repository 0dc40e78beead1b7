import Foundation
import WerkbankCore

/// Measures FastJSON against Foundation's `JSONEncoder`/`JSONDecoder` (configured as the store
/// used them) on synthetic clients, on one core: CPU microseconds per client (the thread's CPU
/// time, so other processes on a shared machine do not count), best of `rounds`.
public enum JSONBenchmark {
    public struct Figures: Sendable, CustomStringConvertible {
        public var clients: Int
        public var bytesPerClient: Int
        public var foundationEncode: Double
        public var fastEncode: Double
        public var foundationDecode: Double
        public var fastDecode: Double

        public var description: String {
            func row(_ name: String, _ foundation: Double, _ fast: Double) -> String {
                String(format: "%@: Foundation %.1f µs, FastJSON %.1f µs per client (%.1f× faster)", name, foundation, fast, foundation / fast)
            }
            return "JSON of \(clients) clients, \(bytesPerClient) bytes each, one core\n  "
                + row("encode", foundationEncode, fastEncode) + "\n  " + row("decode", foundationDecode, fastDecode)
        }
    }

    public static func run(clients count: Int = 2000, rounds: Int = 5) throws -> Figures {
        let clients = (0..<count).map(StoreBenchmark.syntheticClient)
        let foundationEncoder = JSONEncoder()
        foundationEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fastEncoder = FastJSONEncoder()
        let foundationDecoder = JSONDecoder()
        let fastDecoder = FastJSONDecoder()

        var lines: [Data] = []
        var best = (foundationEncode: Double.infinity, fastEncode: Double.infinity,
                    foundationDecode: Double.infinity, fastDecode: Double.infinity)
        for _ in 0..<rounds {
            // Encoding as the snapshot is written: one line per client into one buffer.
            let foundationFile = try microsecondsPerItem(count, &best.foundationEncode) {
                var file = Data()
                for client in clients {
                    file.append(try foundationEncoder.encode(client))
                    file.append(0x0A)
                }
                return file
            }
            let fastFile = try microsecondsPerItem(count, &best.fastEncode) { try fastEncoder.encodeLines(clients) }
            guard fastFile == foundationFile else { throw WerkbankError("FastJSONEncoder output differs from JSONEncoder") }
            lines = fastFile.split(separator: 0x0A).map { Data($0) }
            let foundationClients = try microsecondsPerItem(count, &best.foundationDecode) {
                try lines.map { try foundationDecoder.decode(Client.self, from: $0) }
            }
            let fastClients = try microsecondsPerItem(count, &best.fastDecode) {
                try lines.map { try fastDecoder.decode(Client.self, from: $0) }
            }
            guard fastClients == foundationClients, fastClients == clients else {
                throw WerkbankError("FastJSONDecoder result differs from JSONDecoder")
            }
        }
        return Figures(clients: count, bytesPerClient: lines.reduce(0) { $0 + $1.count } / max(count, 1),
                       foundationEncode: best.foundationEncode, fastEncode: best.fastEncode,
                       foundationDecode: best.foundationDecode, fastDecode: best.fastDecode)
    }

    /// Runs `body` once, keeps the lower of `best` and this run's time per item, returns the result.
    private static func microsecondsPerItem<T>(_ items: Int, _ best: inout Double, _ body: () throws -> T) rethrows -> T {
        let start = threadCPUSeconds()
        let result = try body()
        let micros = (threadCPUSeconds() - start) * 1e6 / Double(max(items, 1))
        best = min(best, micros)
        return result
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
