import Foundation
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Real `werkbank note add` processes writing one data directory at the same time, and killed
/// at random moments: every acknowledged note is there afterwards, the sequence has no gap or
/// repeat, and the directory opens and checks clean.
final class ManyWritersTests: XCTestCase {
    private var directory: URL!
    private var clients: [String] = []
    /// The coach of each client: only they (or an admin) may add notes.
    private var coaches: [String: String] = [:]

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        Language.current = .nl
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-writers-\(UUID().uuidString)")
        let data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 12, today: AppHarness.today).generate()
        try Store.create(directory, dataset: data, user: "test").close()
        clients = Array(data.clients.keys.sorted().prefix(4))
        coaches = data.clients.mapValues(\.coach)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    private func writer(_ client: String) throws -> NoteWriter {
        try NoteWriter(binary: TmuxSession.binary, directory: directory, client: client, user: coaches[client]!)
    }

    /// Reopens as a writer (repairs run, nothing may be refused) and returns the data; checks
    /// that the audit log's edit lines run 1, 2, 3, … without gap or repeat and that
    /// `werkbank check` passes.
    private func reopenAndCheck(file: StaticString = #filePath, line: UInt = #line) throws -> Dataset {
        let store = try Store.open(directory, user: "check")
        defer { store.close() }
        XCTAssertTrue(store.warnings.allSatisfy { $0.contains("half geschreven") }, "\(store.warnings)", file: file, line: line)
        let audit = String(decoding: try Data(contentsOf: directory.appendingPathComponent("audit.jsonl")), as: UTF8.self)
        let seqs = audit.components(separatedBy: "\n").filter { $0.contains("\"action\":\"edit\"") }.compactMap { line in
            line.range(of: #""seq":\d+"#, options: .regularExpression).flatMap { Int(line[$0].dropFirst(6)) }
        }
        XCTAssertEqual(seqs, Array(stride(from: 1, through: store.seq, by: 1)), "audit edit lines in seq order", file: file, line: line)
        let check = ChildProcess.run([TmuxSession.binary.path, "--data", directory.path, "check"])
        XCTAssertEqual(check.status, 0, check.output, file: file, line: line)
        return store.data
    }

    private func notes(_ data: Dataset) -> [String] {
        data.clients.values.flatMap { $0.notes.map(\.text) }
    }

    private func fourWritersAtOnce(clients targets: [String]) throws {
        let writers = try targets.map { try writer($0) }
        for (index, writer) in writers.enumerated() {
            writer.send((1...250).map { "schrijver \(index) notitie \($0)" })
        }
        for (index, writer) in writers.enumerated() {
            let result = writer.finish()
            XCTAssertEqual(result.status, 0, writer.printed)
            XCTAssertEqual(result.acknowledged, 250, "writer \(index): \(writer.printed.suffix(300))")
        }
        let data = try reopenAndCheck()
        let written = notes(data).filter { $0.hasPrefix("schrijver ") }
        XCTAssertEqual(written.count, 1_000)
        XCTAssertEqual(Set(written), Set((0..<4).flatMap { index in (1...250).map { "schrijver \(index) notitie \($0)" } }))
        for index in 0..<4 {
            let own = data.clients[targets[index]]!.notes.map(\.text).filter { $0.hasPrefix("schrijver \(index) ") }
            XCTAssertEqual(own, (1...250).map { "schrijver \(index) notitie \($0)" }, "in the order written")
        }
    }

    func testFourProcessesAddTwoHundredFiftyNotesEachToOneClient() throws {
        try fourWritersAtOnce(clients: Array(repeating: clients[0], count: 4))
    }

    func testFourProcessesAddTwoHundredFiftyNotesEachToFourClients() throws {
        try fourWritersAtOnce(clients: clients)
    }

    /// 200 writers killed (SIGKILL) at random moments — before opening, while waiting for the
    /// lock, between journal and audit line, mid-write — four at a time.
    func testKilledWritersLoseNoAcknowledgedNote() throws {
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [String] = []
        var kills = 0
        for round in 0..<50 {
            let writers = try (0..<4).map { try writer(clients[$0 % 2]) }
            for (index, writer) in writers.enumerated() {
                writer.send((1...40).map { "ronde \(round) schrijver \(index) notitie \($0)" })
            }
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            for (index, writer) in writers.enumerated() {
                let result = writer.kill()
                if result.status == 128 + SIGKILL { kills += 1 }
                acknowledged += (0..<result.acknowledged).map { "ronde \(round) schrijver \(index) notitie \($0 + 1)" }
            }
        }
        XCTAssertGreaterThanOrEqual(kills, 200)
        XCTAssertGreaterThan(acknowledged.count, 0)
        let present = Set(notes(try reopenAndCheck()))
        let lost = acknowledged.filter { !present.contains($0) }
        XCTAssertEqual(lost, [], "acknowledged notes that are gone")
    }
}
