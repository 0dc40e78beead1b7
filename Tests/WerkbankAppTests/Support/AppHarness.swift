import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Runs the real screens headlessly on a fresh data directory: press keys, read the screen.
/// The demo dataset is deterministic (fixed seed and today), so screens are reproducible.
final class AppHarness {
    static let today = Day(year: 2026, month: 11, day: 23)!

    let directory: URL
    let store: Store
    let model: AppModel
    let root: RootView
    let backend: HeadlessBackend
    let application: Application
    private(set) var quitRequested = false

    /// A data directory with `clients` demo clients (or `dataset`), opened as `user` from OS
    /// login `login`, in `language`; `prepare` runs on the directory before it is opened. With
    /// `fastStart` the store is opened as a coach's workbench is at scale (own clients first).
    init(user: String = "mvdberg", login: String = CLI.osUserName([:]), clients: Int = 200, dataset: Dataset? = nil,
         width: Int = 120, height: Int = 40, language: Language = .nl, fastStart: Bool = false,
         prepare: (URL) throws -> Void = { _ in }) throws {
        Language.current = language
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-app-\(UUID().uuidString)")
        let data = dataset ?? DemoGenerator(seed: DemoGenerator.defaultSeed, clients: clients, today: AppHarness.today).generate()
        _ = try Store.create(directory, dataset: data, user: "test").close()
        try prepare(directory)
        store = fastStart ? try Store.openFirstScreen(directory, user: user, fastStartAbove: 0) : try Store.open(directory, user: user)
        model = AppModel(store: store, user: Workbench.provisionalUser(user, in: store.data), today: AppHarness.today)
        root = Workbench.makeRoot(model: model, requestedUser: user, login: login, keyMap: KeyMap(commands: AppCommands.all))
        backend = HeadlessBackend(size: Size(width: width, height: height))
        var options = Application.Options()
        options.tooSmallMessage = appText("shell.too_small")
        options.tickInterval = nil
        application = Application(root: root, backend: backend, options: options)
        root.onQuit = { [unowned self] in self.quitRequested = true; self.application.quit() }
        try application.start()
    }

    deinit {
        application.stop()
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Sends keys one by one, redrawing after each (as the real loop does).
    func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text character by character.
    func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    func send(_ event: Event) {
        application.dispatch(event)
        application.redraw()
    }

    func resize(width: Int, height: Int) {
        backend.resize(to: Size(width: width, height: height))
        send(.resize(Size(width: width, height: height)))
    }

    /// The screen as text, one line per row, trailing spaces trimmed.
    var screen: String { backend.screen.text }

    func line(_ y: Int) -> String { backend.screen.line(y) }

    /// Rows whose text contains `text`.
    func lines(containing text: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0.contains(text) }
    }

    /// Asserts the screen contains `text`, printing the screen when it does not.
    func assertShows(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(screen.contains(text), "screen does not show \"\(text)\":\n\(screen)", file: file, line: line)
    }

    func assertHides(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(screen.contains(text), "screen shows \"\(text)\":\n\(screen)", file: file, line: line)
    }

    /// Puts test records in place as one journaled edit (not an undo step), as another writer would.
    func seed(_ changes: [Change], subject: String? = nil) throws {
        model.refresh(after: [try store.commit(changes, summary: "test", subject: subject)])
    }

    /// Reopens the data directory from disk (what a restart would see).
    func reopenedData() throws -> Dataset {
        try Store.open(directory, user: "check", readOnly: true).data
    }

    /// A client's contact notes, whole, as a newly opened store reads them.
    func reopenedNotes(of clientId: String) throws -> [ContactNote] {
        try Store.open(directory, user: "check", readOnly: true).notes(of: clientId)
    }
}
