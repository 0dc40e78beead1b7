/// What a terminal can show in colour.
public enum ColorSupport: Int, Sendable {
    case monochrome = 0
    case basic8 = 8
    case indexed256 = 256
}

/// The only thing that talks to a terminal (ratatui's `Backend`). The renderer hands it the
/// changed cells of each frame; it reports the size and the decoded input.
public protocol Backend: AnyObject {
    /// The terminal size in cells.
    var size: Size { get }
    /// What the terminal can show; known after `start()`.
    var colorSupport: ColorSupport { get }
    /// Takes over the terminal (raw mode, alternate screen, colours).
    func start() throws
    /// Gives the terminal back exactly as it was found. Safe to call more than once.
    func stop()
    /// How roles are turned into colours from now on.
    func setTheme(_ theme: Theme)
    /// Draws cells (not yet visible until `flush()`).
    func draw(_ changes: [CellChange])
    /// Shows the cursor at (x, y).
    func setCursor(x: Int, y: Int)
    func hideCursor()
    /// Makes everything drawn so far visible.
    func flush()
    /// Blanks the whole screen; the next frame is drawn in full.
    func clear()
    /// The next input event, waiting at most `timeout` seconds (`nil`: wait for ever).
    /// Returns nil when the time ran out.
    func readEvent(timeout: Double?) -> Event?
    /// SIGTERM or SIGHUP received while the terminal is taken over (nil: none): the application
    /// should keep what is typed and end. A second signal ends the process at once.
    var terminationSignal: Int32? { get }
    /// Ctrl-Z: gives the terminal back, stops the process until it is continued, then takes
    /// the terminal again. The next frame must be drawn in full.
    func suspend()
}

extension Backend {
    /// Backends without signals (benchmarks, tests) never report one.
    public var terminationSignal: Int32? { nil }
}
