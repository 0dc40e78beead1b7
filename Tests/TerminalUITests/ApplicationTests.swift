import XCTest
@testable import TerminalUI

/// A tiny screen: a title, an input line that echoes typed characters, and a tick counter.
private final class EchoView: View {
    var typed = ""
    var ticks = 0
    var resizes: [Size] = []
    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.put("Zoeken", x: area.x, y: area.y, style: Style(.header))
        buffer.put("> " + typed, x: area.x, y: area.y + 1)
        buffer.put("ticks: \(ticks)", x: area.x, y: area.maxY - 1, style: Style(.muted))
    }
    func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.char(let c)): typed.append(c); return true
        case .key(.backspace): if !typed.isEmpty { typed.removeLast() }; return true
        case .tick: ticks += 1; return true
        case .resize(let size): resizes.append(size); return true
        default: return false
        }
    }
    var cursorPosition: (x: Int, y: Int)? { (2 + DisplayWidth.of(typed), 1) }
}

final class ApplicationTests: XCTestCase {
    private func makeApp(size: Size = Size(width: 80, height: 24), options: Application.Options = Application.Options())
        -> (Application, HeadlessBackend, EchoView) {
        var options = options
        options.tickInterval = nil
        options.environment = [:]
        let backend = HeadlessBackend(size: size)
        let view = EchoView()
        return (Application(root: view, backend: backend, theme: .standaard, options: options), backend, view)
    }

    private func runScript(_ app: Application, _ backend: HeadlessBackend) {
        while backend.pendingEvents > 0, app.step() {}
    }

    func testScriptedKeysReachTheViewAndTheFrameShowsThem() throws {
        let (app, backend, view) = makeApp()
        try app.start()
        XCTAssertTrue(backend.isStarted)
        XCTAssertEqual(backend.theme, .standaard)
        backend.type("Öztürk")
        backend.enqueue(.key(.backspace), .key(.char("ş")))
        runScript(app, backend)
        XCTAssertEqual(view.typed, "Öztürş")
        XCTAssertEqual(backend.screen.line(1), "> Öztürş")
        XCTAssertEqual(backend.cursor.map { [$0.x, $0.y] }, [8, 1])
        // A single key redraws only what changed.
        backend.type("!")
        runScript(app, backend)
        XCTAssertEqual(backend.drawCalls.last?.map(\.x), [8])
        app.stop()
        XCTAssertFalse(backend.isStarted)
    }

    func testUnconsumedQuitKeyEndsTheLoopAndRunRestores() throws {
        let (app, backend, _) = makeApp()
        backend.type("ab")
        backend.enqueue(.key(.ctrl("c")), .key(.char("x")))
        try app.run()
        XCTAssertFalse(backend.isStarted)
        XCTAssertEqual(backend.pendingEvents, 1, "events after the quit key are not read")
        XCTAssertEqual(backend.screen.line(1), "> ab")
    }

    func testSuspendKeySuspendsAndRedrawsInFull() throws {
        let (app, backend, _) = makeApp()
        try app.start()
        let clears = backend.clearCount
        backend.enqueue(.key(.ctrl("z")))
        runScript(app, backend)
        XCTAssertEqual(backend.suspendCount, 1)
        XCTAssertEqual(backend.clearCount, clears + 1)
        XCTAssertEqual(backend.drawCalls.last?.count, 80 * 24)
    }

    func testTooSmallShowsMessageAndRecoversWhenEnlarged() throws {
        var options = Application.Options()
        options.tooSmallMessage = "venster te klein (min. 80×24)"
        let (app, backend, view) = makeApp(size: Size(width: 60, height: 20), options: options)
        try app.start()
        XCTAssertTrue(app.isTooSmall)
        XCTAssertEqual(backend.screen.line(9).trimmingCharacters(in: .whitespaces), "venster te klein (min. 80×24)")
        XCTAssertFalse(backend.screen.text.contains("Zoeken"))
        backend.type("x")                                  // not delivered while too small
        runScript(app, backend)
        XCTAssertEqual(view.typed, "")

        backend.resize(to: Size(width: 100, height: 30))
        runScript(app, backend)
        XCTAssertFalse(app.isTooSmall)
        XCTAssertEqual(view.resizes, [Size(width: 100, height: 30)])
        XCTAssertEqual(backend.screen.line(0), "Zoeken")
        XCTAssertFalse(backend.screen.text.contains("venster"))
        XCTAssertEqual(backend.drawCalls.last?.count, 100 * 30)

        backend.resize(to: Size(width: 79, height: 30))     // shrinking again at any moment
        runScript(app, backend)
        XCTAssertTrue(backend.screen.text.contains("venster te klein"))
    }

    func testDefaultTooSmallMessageUsesMinimum() throws {
        var options = Application.Options()
        options.minimumSize = Size(width: 100, height: 30)
        let (app, backend, _) = makeApp(size: Size(width: 90, height: 10), options: options)
        try app.start()
        XCTAssertTrue(backend.screen.text.contains("window too small (min. 100×30)"))
        XCTAssertEqual(backend.screen.text.filter { $0 == "(" }.count, 1)
    }

    /// An injected clock: 20 steps 10 ms apart with a 25 ms tick give exactly 8 ticks,
    /// however busy the machine is.
    func testTicksReachTheViewOnTime() throws {
        final class ManualClock: @unchecked Sendable { var now = ContinuousClock.now }
        let clock = ManualClock()
        var options = Application.Options()
        options.tickInterval = 0.025
        options.environment = [:]
        options.now = { clock.now }
        let backend = HeadlessBackend()
        let view = EchoView()
        let app = Application(root: view, backend: backend, theme: .standaard, options: options)
        try app.start()
        for _ in 0..<20 {
            clock.now += .milliseconds(10)
            app.step()
        }
        XCTAssertEqual(view.ticks, 8)
        XCTAssertTrue(backend.screen.line(23).hasPrefix("ticks: 8"))
    }

    func testATerminationSignalRunsTheAbruptEndAndStopsTheLoop() throws {
        var ended = 0
        var options = Application.Options()
        options.tickInterval = nil
        options.environment = [:]
        options.onAbruptEnd = { ended += 1 }
        let backend = HeadlessBackend()
        let app = Application(root: EchoView(), backend: backend, theme: .standaard, options: options)
        try app.start()
        XCTAssertTrue(app.step())
        backend.receiveTerminationSignal(SIGTERM)
        XCTAssertFalse(app.step())
        XCTAssertEqual(ended, 1)
        XCTAssertEqual(app.terminatedBy, SIGTERM)
    }

    func testQuitKeyEndsTheLoopWhileTooSmall() throws {
        var ended = 0
        var options = Application.Options()
        options.tooSmallQuitKeys = [.function(10)]
        options.onAbruptEnd = { ended += 1 }
        let (app, backend, view) = makeApp(size: Size(width: 40, height: 10), options: options)
        try app.start()
        backend.type("x")
        XCTAssertTrue(app.step(), "other keys do nothing")
        XCTAssertEqual(view.typed, "")
        backend.enqueue(.key(.function(10)))
        XCTAssertFalse(app.step())
        XCTAssertEqual(ended, 1)
        XCTAssertNil(app.terminatedBy)
    }

    func testNoColorOrMonochromeTerminalGetsZwartWit() throws {
        var options = Application.Options()
        options.environment = ["NO_COLOR": "1"]
        let backend = HeadlessBackend()
        let app = Application(root: EchoView(), backend: backend, theme: .standaard, options: options)
        try app.start()
        XCTAssertEqual(backend.theme, .zwartWit)

        var plain = Application.Options()
        plain.environment = [:]
        let mono = HeadlessBackend(colorSupport: .monochrome)
        try Application(root: EchoView(), backend: mono, theme: .standaard, options: plain).start()
        XCTAssertEqual(mono.theme?.name, "zwart-wit")
    }

    func testChangingThemeRedrawsEverything() throws {
        let (app, backend, _) = makeApp()
        try app.start()
        app.theme = .zwartWit
        app.redraw()
        XCTAssertEqual(backend.theme, .zwartWit)
        XCTAssertEqual(backend.drawCalls.last?.count, 80 * 24)
    }
}
