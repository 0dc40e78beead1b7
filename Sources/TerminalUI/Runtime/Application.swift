import Foundation

/// The event loop (htop's ScreenManager): reads an event (waiting at most until the next
/// timer tick), hands it to the root view, redraws after every event, until `quit()`.
/// A terminal smaller than the minimum shows a message instead of the view and recovers when
/// it is enlarged.
public final class Application {
    public struct Options {
        /// Below this size the root view is not drawn (default 80×24).
        public var minimumSize = Size(width: 80, height: 24)
        /// Shown when the terminal is too small; nil: "window too small (min. 80×24)".
        /// The app passes its own language, e.g. "venster te klein (min. 80×24)".
        public var tooSmallMessage: String?
        /// Seconds between `.tick` events to the root view (nil: no ticks).
        public var tickInterval: Double? = 1
        /// Keys that end the loop when the root view does not consume them.
        public var quitKeys: Set<Key> = [.ctrl("c")]
        /// The key that suspends the program (raw mode turns Ctrl-Z into a key), when the root
        /// view does not consume it.
        public var suspendKey: Key? = .ctrl("z")
        /// Mouse reporting (clicks, wheel); off leaves the terminal's own selection working.
        public var mouse = true
        /// Keys that end the loop while the too-small message is shown (the root view cannot
        /// be asked then).
        public var tooSmallQuitKeys: Set<Key> = []
        /// Runs when the loop ends without the root view being asked: SIGTERM or SIGHUP arrived
        /// (see `Backend.terminationSignal`), or a `tooSmallQuitKeys` key. The place to keep
        /// what is typed (drafts).
        public var onAbruptEnd: (() -> Void)?
        /// The clock the ticks follow (tests inject their own).
        public var now: () -> ContinuousClock.Instant = { .now }
        /// Consulted for NO_COLOR and the theme directories.
        public var environment = ProcessInfo.processInfo.environment

        public init() {}

        var tooSmallText: String {
            tooSmallMessage ?? "window too small (min. \(minimumSize.width)×\(minimumSize.height))"
        }
    }

    public let backend: Backend
    public let terminal: Terminal
    public var root: View
    public let options: Options
    /// Changing the theme redraws everything in the new colours.
    public var theme: Theme {
        didSet {
            backend.setTheme(theme)
            terminal.invalidate()
        }
    }
    /// Why the requested theme could not be used (to show as warnings), set by `start()`.
    public private(set) var themeProblems: [ThemeError] = []
    public private(set) var isRunning = false
    /// The signal that ended the loop (SIGTERM, SIGHUP), nil when it ended normally.
    public private(set) var terminatedBy: Int32?
    private let requestedTheme: Theme?
    private var quitRequested = false
    private var nextTick: ContinuousClock.Instant?

    /// `theme` nil: `standaard` from the theme library. Either way `zwart-wit` replaces it when
    /// NO_COLOR is set or the terminal turns out to have no colours.
    public init(root: View, backend: Backend, theme: Theme? = nil, options: Options = Options()) {
        self.root = root
        self.backend = backend
        self.terminal = Terminal(backend: backend)
        self.requestedTheme = theme
        self.theme = theme ?? .standaard
        self.options = options
    }

    /// Ends the loop after the current event.
    public func quit() { quitRequested = true }

    /// Whether the terminal is below the minimum size (the message is shown instead of the view).
    public var isTooSmall: Bool {
        backend.size.width < options.minimumSize.width || backend.size.height < options.minimumSize.height
    }

    /// Takes over the terminal and draws the first frame.
    public func start() throws {
        try backend.start()
        isRunning = true
        quitRequested = false
        terminatedBy = nil
        let environment = options.environment
        if requestedTheme == nil || ThemeLibrary.prefersMonochrome(backend.colorSupport, environment: environment) {
            (theme, themeProblems) = ThemeLibrary.standard(environment: environment)
                .select(requestedTheme?.name, colorSupport: backend.colorSupport, environment: environment)
        }
        backend.setTheme(theme)
        terminal.invalidate()
        scheduleTick(from: options.now())
        redraw()
    }

    /// Gives the terminal back. Safe to call more than once.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        backend.stop()
    }

    /// The longest wait for input, so a termination signal is noticed soon.
    static let longestWait = 0.5

    /// Handles at most one event (waiting until the next tick at the latest), delivers a due
    /// tick, and redraws. Returns false once the loop should end (after `quit()` or a
    /// termination signal, whose `onTermination` has then run).
    @discardableResult
    public func step() -> Bool {
        let timeout = nextTick.map { deadline in
            let left = options.now().duration(to: deadline)
            return max(0, Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)
        }
        if let event = backend.readEvent(timeout: min(timeout ?? Self.longestWait, Self.longestWait)) { dispatch(event) }
        if terminatedBy == nil, let signal = backend.terminationSignal {
            terminatedBy = signal
            options.onAbruptEnd?()
            quit()
        }
        if let deadline = nextTick, options.now() >= deadline {
            if !isTooSmall { _ = root.handle(.tick) }
            scheduleTick(from: deadline)
        }
        if !quitRequested { redraw() }
        return !quitRequested
    }

    /// Runs until `quit()`; the terminal is restored however the loop ends.
    public func run() throws {
        try start()
        defer { stop() }
        while step() {}
    }

    /// Hands an event to the root view, then applies the loop's own keys it did not consume.
    public func dispatch(_ event: Event) {
        switch event {
        case .resize:
            terminal.invalidate()
            if !isTooSmall { _ = root.handle(event) }
        case .key(let key):
            if !isTooSmall, root.handle(event) { return }
            if isTooSmall, options.tooSmallQuitKeys.contains(key) {
                options.onAbruptEnd?()
                quit()
            } else if options.quitKeys.contains(key) {
                quit()
            } else if key == options.suspendKey {
                backend.suspend()
                terminal.invalidate()
            }
        case .mouse, .tick:
            if !isTooSmall { _ = root.handle(event) }
        }
    }

    /// Draws the root view, or the too-small message.
    public func redraw() {
        if isTooSmall {
            let message = options.tooSmallText
            terminal.draw { area, buffer in
                guard !area.isEmpty else { return }
                let text = DisplayWidth.truncate(message, to: area.width)
                let x = area.x + (area.width - DisplayWidth.of(text)) / 2
                buffer.put(text, x: x, y: area.y + (area.height - 1) / 2, style: Style(.warning))
            }
        } else {
            terminal.draw(root)
        }
    }

    private func scheduleTick(from instant: ContinuousClock.Instant) {
        guard let interval = options.tickInterval, interval > 0 else { nextTick = nil; return }
        var next = instant + .milliseconds(Int(interval * 1000))
        let now = options.now()
        if next < now { next = now + .milliseconds(Int(interval * 1000)) }   // after a long pause
        nextTick = next
    }
}

extension Application {
    /// Runs `root` full screen on the real terminal with ncurses until it quits, then restores
    /// the terminal. `configure` gets the application before the loop starts (to keep it for
    /// `quit()`, to swap the root view later, …).
    public static func run(root: View, theme: Theme? = nil, options: Options = Options(),
                           configure: (Application) -> Void = { _ in }) throws {
        let app = Application(root: root, backend: NCursesBackend(mouse: options.mouse), theme: theme, options: options)
        configure(app)
        try app.run()
    }
}
