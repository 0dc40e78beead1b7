import Foundation
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Real `werkbank note add` processes writing one data directory at the same time, and killed
/// at random moments: every acknowledged note is there afterwards, the sequence has no gap or
/// repeat, and the directory opens and checks clean.
///
/// The sizes are knobs for longer proof runs (the suite uses the defaults): WERKBANK_WRITERS
/// processes (4) × WERKBANK_NOTES notes (250), and WERKBANK_KILLS killed writers (200).
final class ManyWritersTests: XCTestCase {
    private static func knob(_ name: String, default value: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap { Int($0) }.map { max(1, $0) } ?? value
    }
    private let writerCount = ManyWritersTests.knob("WERKBANK_WRITERS", default: 4)
    private let noteCount = ManyWritersTests.knob("WERKBANK_NOTES", default: 250)
    private let killCount = ManyWritersTests.knob("WERKBANK_KILLS", default: 200)
    private var directory: URL!
    private var clients: [String] = []
    /// The coach of each client: only they (or an admin) may add notes.
    private var coaches: [String: String] = [:]

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        Language.current = .nl
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-writers-\(UUID().uuidString)")
        let data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: max(12, 3 * writerCount), today: AppHarness.today).generate()
        try Store.create(directory, dataset: data, user: "test").close()
        clients = Array(data.clients.values.filter { !$0.coach.isEmpty }.map(\.id).sorted().prefix(max(4, writerCount)))
        guard clients.count >= writerCount else { throw WerkbankTestError("only \(clients.count) clients with a coach") }
        coaches = data.clients.mapValues(\.coach)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    private func writer(_ client: String) throws -> NoteWriter {
        try NoteWriter(binary: TmuxSession.binary, directory: directory, client: client, user: coaches[client]!)
    }

    /// Reopens as a writer (repairs run, nothing may be refused) and returns the note texts per
    /// client, as read whole from the store; checks
    /// that the audit log's edit lines run 1, 2, 3, … without gap or repeat and that
    /// `werkbank check` passes.
    private func reopenAndCheck(file: StaticString = #filePath, line: UInt = #line) throws -> [String: [String]] {
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
        var texts: [String: [String]] = [:]
        for id in store.data.clients.keys { texts[id] = try store.notes(of: id).map(\.text) }
        return texts
    }

    private func notes(_ texts: [String: [String]]) -> [String] { texts.values.flatMap { $0 } }

    /// `writerCount` processes at once, each adding `noteCount` notes to its client of `targets`.
    private func writersAtOnce(clients targets: [String]) throws {
        let started = Date()
        let writers = try targets.map { try writer($0) }
        let texts = (0..<writers.count).map { index in (1...noteCount).map { "schrijver \(index) notitie \($0)" } }
        for (index, writer) in writers.enumerated() { writer.send(texts[index]) }
        for (index, writer) in writers.enumerated() {
            let result = writer.finish()
            XCTAssertEqual(result.status, 0, writer.printed)
            XCTAssertEqual(result.acknowledged, noteCount, "writer \(index): \(writer.printed.suffix(300))")
        }
        let data = try reopenAndCheck()
        let written = notes(data).filter { $0.hasPrefix("schrijver ") }
        XCTAssertEqual(written.count, writers.count * noteCount)
        XCTAssertEqual(Set(written), Set(texts.joined()))
        for index in writers.indices {
            let own = data[targets[index]]!.filter { $0.hasPrefix("schrijver \(index) ") }
            XCTAssertEqual(own, texts[index], "in the order written")
        }
        print(String(format: "many writers: %d processes × %d notes on %d client(s): %d of %d present, %.1f s",
                     writers.count, noteCount, Set(targets).count, written.count, writers.count * noteCount,
                     Date().timeIntervalSince(started)))
    }

    func testFourProcessesAddTwoHundredFiftyNotesEachToOneClient() throws {
        try writersAtOnce(clients: Array(repeating: clients[0], count: writerCount))
    }

    func testFourProcessesAddTwoHundredFiftyNotesEachToFourClients() throws {
        try writersAtOnce(clients: Array(clients.prefix(writerCount)))
    }

    /// `killCount` (200) writers killed (SIGKILL) at random moments — before opening, while waiting
    /// for the lock, between journal and audit line, mid-write — four at a time.
    func testKilledWritersLoseNoAcknowledgedNote() throws {
        let started = Date()
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [String] = []
        var kills = 0
        for round in 0..<(killCount + 3) / 4 {
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
        XCTAssertGreaterThanOrEqual(kills, killCount)
        XCTAssertGreaterThan(acknowledged.count, 0)
        let present = Set(notes(try reopenAndCheck()))
        let lost = acknowledged.filter { !present.contains($0) }
        XCTAssertEqual(lost, [], "acknowledged notes that are gone")
        print(String(format: "kill loop: %d writers killed, %d notes acknowledged, %d lost, %.1f s",
                     kills, acknowledged.count, lost.count, Date().timeIntervalSince(started)))
    }
}
