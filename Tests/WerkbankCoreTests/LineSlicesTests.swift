import Foundation
import XCTest
@testable import WerkbankCore

/// The snapshot is read a slice at a time: the lines come out whole and numbered on, whatever
/// the slice size, and a cut-off last line is refused.
final class LineSlicesTests: XCTestCase {
    private func lines(of text: String, sliceBytes: Int) throws -> [(Int, String)] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slices-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var slices = LineSlices(fd: fd, path: path, sliceBytes: sliceBytes)
        var result: [(Int, String)] = []
        while let batch = try slices.next() { result += batch.map { ($0.number, String(decoding: $0.bytes, as: UTF8.self)) } }
        return result
    }

    func testLinesComeOutWholeAndNumberedWhateverTheSliceSize() throws {
        let text = (1...40).map { "regel \($0) " + String(repeating: "é", count: $0 % 9) }.joined(separator: "\n") + "\n"
        let expected = JSONLines.split(Data(text.utf8)).lines.map { ($0.number, String(decoding: $0.bytes, as: UTF8.self)) }
        for size in [1, 3, 7, 64, 1 << 20] {
            let read = try lines(of: text, sliceBytes: size)
            XCTAssertEqual(read.map(\.0), expected.map(\.0), "slice \(size)")
            XCTAssertEqual(read.map(\.1), expected.map(\.1), "slice \(size)")
        }
    }

    func testACutOffLastLineIsRefused() {
        for size in [4, 1 << 20] {
            XCTAssertThrowsError(try lines(of: "een\ntwee\ndri", sliceBytes: size)) { error in
                XCTAssertTrue((error as? WerkbankError)?.message.contains("onvolledig") == true, "\(error)")
            }
        }
    }
}
