import TerminalUI
import XCTest
@testable import WerkbankBench

final class ToolkitDemoTests: XCTestCase {
    private func run(_ events: [Event], width: Int = 100, height: Int = 30) throws -> String {
        let demo = ToolkitDemo(glyphs: .unicode)
        let backend = HeadlessBackend(size: Size(width: width, height: height))
        var options = Application.Options()
        options.tickInterval = nil
        let app = Application(root: demo, backend: backend, options: options)
        try app.start()
        for event in events { app.dispatch(event); app.redraw() }
        app.stop()
        return backend.screen.text
    }

    func testTableTabShowsAVirtualTableOfAHundredThousandRowsWithWideNames() throws {
        let screen = try run([.key(.end)])
        XCTAssertTrue(screen.contains("100000/100000"), screen)
        XCTAssertTrue(screen.contains("王, 秀英") || screen.contains("Ahmed, 😀"), screen)
    }

    func testFormTabRejectsAWrongBSNWhenLeavingTheField() throws {
        let screen = try run([.key(.tab), .key(.tab)] + "123456789".map { .key(.char($0)) } + [.key(.tab)])
        XCTAssertTrue(screen.contains("BSN klopt niet (elfproef)"), screen)
    }

    func testChartsTabShowsTheLadderDistributionAgainstTheTarget() throws {
        let screen = try run([.key(.tab), .key(.function(2))])
        XCTAssertTrue(screen.contains("trede 2"), screen)
        XCTAssertTrue(screen.contains("48,3%"), screen)
    }
}
