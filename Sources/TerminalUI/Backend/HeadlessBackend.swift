/// A terminal in memory for tests (ratatui's `TestBackend`): a screen buffer that takes drawn
/// cells the way a terminal does (overwriting half a wide glyph blanks the other half), a
/// queue of scripted events, and a record of what was drawn.
public final class HeadlessBackend: Backend {
    public private(set) var size: Size
    public let colorSupport: ColorSupport
    /// What the terminal shows now.
    public private(set) var screen: Buffer
    /// The cells of every `draw` call, oldest first.
    public private(set) var drawCalls: [[CellChange]] = []
    public private(set) var cursor: (x: Int, y: Int)?
    public private(set) var theme: Theme?
    public private(set) var isStarted = false
    public private(set) var flushCount = 0
    public private(set) var clearCount = 0
    public private(set) var suspendCount = 0
    private var events: [Event] = []

    public init(size: Size = Size(width: 80, height: 24), colorSupport: ColorSupport = .indexed256) {
        self.size = size
        self.colorSupport = colorSupport
        self.screen = Buffer(size: size)
    }

    /// Events still waiting to be read.
    public var pendingEvents: Int { events.count }

    /// Queues events for `readEvent`.
    public func enqueue(_ newEvents: Event...) { events += newEvents }

    /// Queues one key event per character of `text` (typing it).
    public func type(_ text: String) { events += text.map { .key(.char($0)) } }

    /// The terminal window changes size: the screen is reset (as after a real resize the
    /// content cannot be trusted) and a resize event is queued.
    public func resize(to newSize: Size) {
        size = newSize
        screen = Buffer(size: newSize)
        events.append(.resize(newSize))
    }

    public func start() throws { isStarted = true }
    public func stop() { isStarted = false }
    public func setTheme(_ theme: Theme) { self.theme = theme }

    public func draw(_ changes: [CellChange]) {
        drawCalls.append(changes)
        for change in changes { screen[change.x, change.y] = change.cell }
    }

    public func setCursor(x: Int, y: Int) { cursor = (x, y) }
    public func hideCursor() { cursor = nil }
    public func flush() { flushCount += 1 }

    public func clear() {
        clearCount += 1
        screen = Buffer(size: size)
    }

    /// The next queued event; nil at once when none is left (no waiting in tests).
    public func readEvent(timeout: Double?) -> Event? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public func suspend() { suspendCount += 1 }

    public private(set) var terminationSignal: Int32?

    /// As if the process received `signal` (SIGTERM, SIGHUP) while running.
    public func receiveTerminationSignal(_ signal: Int32) { terminationSignal = signal }
}
