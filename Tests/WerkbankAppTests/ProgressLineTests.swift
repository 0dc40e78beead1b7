import Synchronization
import XCTest
@testable import WerkbankApp

/// The line on standard error while data is read or imported.
final class ProgressLineTests: XCTestCase {
    private func capture() -> (TextOutput, @Sendable () -> String) {
        let written = Mutex("")
        return (TextOutput { text in written.withLock { $0 += text } }, { written.withLock { $0 } })
    }

    func testABarAppearsOnlyAfterTheDelayAndIsClearedAtTheEnd() {
        let (output, text) = capture()
        let waiting = ProgressLine(output: output, enabled: true, barDelay: 3_600)
        waiting.bar("gegevens laden", 0.5)
        waiting.finish()
        XCTAssertEqual(text(), "", "a quick read shows nothing")

        let slow = ProgressLine(output: output, enabled: true, barDelay: 0)
        slow.bar("gegevens laden", 0.5)
        XCTAssertEqual(text(), "\r\u{1B}[Kgegevens laden [" + String(repeating: "█", count: 15)
                       + String(repeating: "·", count: 15) + "] 50%")
        slow.bar("gegevens laden", 0.6)
        XCTAssertFalse(text().contains("60%"), "redrawn at most ten times a second")
        slow.finish()
        XCTAssertTrue(text().hasSuffix("50%\r\u{1B}[K"), "the line is cleared")
    }

    func testNothingIsWrittenWhenOutputIsNotATerminal() {
        let (output, text) = capture()
        let line = ProgressLine(output: output, enabled: false, barDelay: 0)
        line.bar("gegevens laden", 0.5)
        line.status("klanten.csv 1/2 regels")
        line.finish()
        XCTAssertEqual(text(), "")
    }

    func testTheBarIsClampedAndFull() {
        XCTAssertEqual(ProgressLine.barText("x", 1.7), "x [" + String(repeating: "█", count: 30) + "] 100%")
        XCTAssertEqual(ProgressLine.barText("x", -1), "x [" + String(repeating: "·", count: 30) + "] 0%")
    }
}
