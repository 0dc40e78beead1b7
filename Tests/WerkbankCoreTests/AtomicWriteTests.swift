import Foundation
import XCTest
@testable import WerkbankCore

/// A file whose head is known last (the snapshot) is written through a second temporary file and
/// replaces the old one whole, or not at all.
final class AtomicWriteTests: StoreTestCase {
    private var path: String { root.appendingPathComponent("snapshot.jsonl").path }

    func testTheHeadComesFirstAndNoTemporaryFileIsLeft() throws {
        try Data("oud\n".utf8).write(to: URL(fileURLWithPath: path))
        // More than the megabyte copied at a time, in pieces of odd sizes.
        let pieces = (0..<300).map { Data(repeating: UInt8(65 + $0 % 26), count: 4_001 + $0) }
        try DataFile.writeAtomically(path) { write in
            for piece in pieces { try write(piece) }
            return Data("kop\n".utf8)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data("kop\n".utf8) + pieces.reduce(Data(), +))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["snapshot.jsonl"])
    }

    func testAFailureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws {
        try Data("oud\n".utf8).write(to: URL(fileURLWithPath: path))
        struct Interrupted: Error {}
        XCTAssertThrowsError(try DataFile.writeAtomically(path) { write in
            try write(Data(repeating: 66, count: 10_000))
            throw Interrupted()
        })
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data("oud\n".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["snapshot.jsonl"])
    }

    func testACompactionKilledHalfwayLeavesTheDataAndItsLeftoverIsRemoved() throws {
        let store = try Store.create(directory, dataset: sampleDataset(clients: 50), user: "anna")
        let before = store.data
        store.close()
        // What a compaction killed while writing leaves: a part of the body and of the new file.
        for (name, text) in [("snapshot.jsonl.body.tmp", "half"), ("snapshot.jsonl.tmp", "ha")] {
            XCTAssertTrue(FileManager.default.createFile(atPath: file(name).path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]))
        }
        let reopened = try Store.open(directory, user: "anna")
        XCTAssertEqual(reopened.data, before)
        reopened.close()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        XCTAssertFalse(names.contains { $0.hasSuffix(".tmp") }, "\(names)")
    }
}
