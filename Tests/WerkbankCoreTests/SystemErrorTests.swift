import Glibc
import XCTest
@testable import WerkbankCore

final class SystemErrorTests: XCTestCase {
    func testOperatingSystemErrorsReadInDutch() {
        XCTAssertEqual(SystemError.text(EACCES), "geen toegang (rechten)")
        XCTAssertEqual(SystemError.text(ENOSPC), "schijf vol")
        XCTAssertEqual(SystemError.text(E2BIG), String(cString: strerror(E2BIG)), "untranslated codes keep libc's text")
    }

    func testAnUnwritableDirectoryNamesTheFileInDutch() throws {
        guard getuid() != 0 else { throw XCTSkip("root may write anywhere") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-syserr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o500])
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertThrowsError(try DataFile.open(directory.path + "/x", flags: O_RDWR, create: true)) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.contains("geen toegang (rechten)") ?? false, "\(error)")
        }
    }

    func testAFullDiskIsItsOwnKind() {
        errno = ENOSPC
        XCTAssertEqual(DataFile.ioError("/data/journal.jsonl").kind, .noSpace)
        errno = EACCES
        XCTAssertEqual(DataFile.ioError("/data/journal.jsonl").kind, .general)
    }
}
