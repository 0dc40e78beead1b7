import Foundation
import XCTest

/// A whole screen kept as a text file in Tests/WerkbankAppTests/Golden (`<name>.txt`), compared
/// whole: every line, trailing spaces trimmed. With `WERKBANK_RECORD_GOLDEN=1` in the environment
/// the file is (re)written instead, so a changed screen is re-recorded with one command and the
/// change shows in review as a diff of the file.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["WERKBANK_RECORD_GOLDEN"] == "1" }

    /// The screen's lines with trailing spaces trimmed, joined with newlines, ending in one.
    static func normalized(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n") + "\n"
    }

    /// The first line where `actual` differs from `expected` (numbered from 1), with both, or nil
    /// when they are equal.
    static func difference(expected: String, actual: String) -> String? {
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(wanted.count, got.count) {
            let want = index < wanted.count ? String(wanted[index]) : "<no line>"
            let have = index < got.count ? String(got[index]) : "<no line>"
            if want != have { return "line \(index + 1) differs\n  expected |\(want)\n  actual   |\(have)" }
        }
        return nil
    }

    /// Compares `screen` with the golden file `name` (or records it).
    static func assert(_ screen: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = normalized(screen)
        if recording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                XCTFail("cannot write \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("no golden file \(url.path); record it with WERKBANK_RECORD_GOLDEN=1\n\(actual)", file: file, line: line)
        }
        if let difference = difference(expected: expected, actual: actual) {
            XCTFail("\(name): \(difference)\n(re-record with WERKBANK_RECORD_GOLDEN=1 if the change is meant)\n\(actual)",
                    file: file, line: line)
        }
    }
}
