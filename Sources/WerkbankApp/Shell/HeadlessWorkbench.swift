import Foundation
import TerminalUI
import WerkbankCore

/// The workbench on an open store without a terminal: the real root view and screens, each key
/// dispatched and followed by a frame as the event loop does, drawn into any backend. For
/// measuring what a person waits for (`werkbank bench`) from outside this module.
public final class HeadlessWorkbench {
    private let model: AppModel
    private let root: RootView
    private let application: Application

    /// Builds the root view for `user` (their home screen, as `werkbank` starts) and draws the
    /// first frame.
    public init(store: Store, user: String, today: Day, backend: Backend) throws {
        model = AppModel(store: store, user: Workbench.provisionalUser(user, in: store.data), today: today)
        root = Workbench.makeRoot(model: model, requestedUser: user, keyMap: KeyMap(commands: AppCommands.all))
        var options = Application.Options()
        options.tickInterval = nil
        options.tooSmallMessage = appText("shell.too_small")
        application = Application(root: root, backend: backend, options: options)
        try application.start()
        application.redraw()
    }

    deinit { application.stop() }

    /// Hands `key` to the root view and draws the frame that follows.
    public func press(_ key: Key) {
        application.dispatch(.key(key))
        application.redraw()
    }

    /// Reads the rest of a coach's fast start in the background, as `werkbank` does after the first frame.
    public func loadRest() { model.loadRest() }

    /// A timer tick (following others, taking over the rest of a fast start) and the frame after it.
    public func tick() {
        application.dispatch(.tick)
        application.redraw()
    }

    /// Draws a whole frame again, every cell sent to the backend.
    public func redrawFully() {
        application.terminal.invalidate()
        application.redraw()
    }

    /// The rows the caseload lists when it is the top screen, else nil.
    public var caseloadRows: Int? { (root.top as? CaseloadScreen)?.result.count }

    /// The selected client on the caseload when it is the top screen.
    public var selectedClientId: String? { (root.top as? CaseloadScreen)?.selectedClientId }

    /// Title of the top screen.
    public var title: String { root.top?.title ?? "" }

    /// What the top screen says on the status line about itself.
    public var statusHint: String { root.top?.statusHint ?? "" }

    /// Runs `command` (checked, journaled with fsync) through the shared model as a screen does;
    /// returns success.
    @discardableResult
    public func run(_ command: some EditCommand) -> Bool {
        model.run(command) != nil
    }
}
