import Foundation
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Read-only is only for a directory the user cannot write: run as another OS user (needs root
/// to switch users with setpriv; skipped otherwise).
final class ReadOnlyDirectoryTests: XCTestCase {
    func testADirectoryTheUserCannotWriteIsReadButNotWritten() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to run as another user")
        }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-readonly-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.appendingPathComponent("data")
        let data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 5, today: AppHarness.today).generate()
        try Store.create(directory, dataset: data, user: "test").close()
        // Readable for the group of `nobody` (never for others: werkbank refuses that), writable
        // only for root.
        chmod(root.path, 0o755)
        chown(directory.path, 0, 65534)
        chmod(directory.path, 0o750)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let path = directory.appendingPathComponent(name).path
            chown(path, 0, 65534)
            chmod(path, name == "audit-index" ? 0o750 : 0o640)
        }
        let asNobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", TmuxSession.binary.path, "--data", directory.path]
        let note = ChildProcess.run(asNobody + ["note", "add", "--klant", data.clients.keys.sorted()[0]])
        XCTAssertEqual(note.status, 1, note.output)
        XCTAssertTrue(note.output.contains("is niet schrijfbaar voor jou"), note.output)
        let check = ChildProcess.run(asNobody + ["check"])
        XCTAssertEqual(check.status, 0, check.output)
        let (store, reason) = try Workbench.openStore(directory, user: "test")
        XCTAssertFalse(store.readOnly, "root may write")
        XCTAssertNil(reason)
        store.close()
    }
}
