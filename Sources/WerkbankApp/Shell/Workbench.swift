import Foundation
import TerminalUI
import WerkbankCore

/// Starts the terminal workbench: opens the data directory (read-only when the user cannot write
/// it), finds out who is working, and runs the screens until the user quits.
public enum Workbench {
    /// Builds the root view for `model` (also used by headless tests). Who works is decided
    /// from `requestedUser` (`--user`, `WERKBANK_USER`; nil when none was named) and the OS
    /// `login` (`WhoIsWorking`); when that is not settled the modal user picker comes first.
    /// `start` opens a destination above the home screen and runs `command` there (`werkbank
    /// intake`: the intake overview with a new melding). Unfinished intake forms are offered.
    static func makeRoot(model: AppModel, requestedUser: String?, login: String = CLI.osUserName([:]), keyMap: KeyMap,
                         glyphs: Glyphs = .unicode, start: Destination? = nil, then command: (any ScreenCommand)? = nil) -> RootView {
        let root = RootView(model: model, keyMap: keyMap, glyphs: glyphs, makeScreen: RootView.screen(for:root:))
        let begin = { [unowned root] in
            if let start { root.go(to: start, then: command) }
            IntakeDraftOffer.offer(in: root)
        }
        switch WhoIsWorking.resolve(requested: requestedUser, login: login, users: model.data.users) {
        case .known(let user, let admin):
            model.switchUser(to: user, admin: admin)
            root.goHome()
            begin()
        case .noUsersYet:
            root.goHome()
            begin()
        case .choose(let choices, let problem):
            root.show(UserPickerScreen(root: root, choices: choices, login: login, problem: problem, then: begin))
        }
        return root
    }

    /// The key map: defaults from `AppCommands`, then the user's keys file.
    static func loadKeyMap(environment: [String: String], warnings: inout [String]) -> KeyMap {
        var keyMap = KeyMap(commands: AppCommands.all)
        let file = KeyMap.userKeysFile(environment: environment)
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return keyMap }
        do {
            try keyMap.apply(keysFile: text, path: file.path)
        } catch {
            warnings.append(describe(error))
        }
        return keyMap
    }

    /// The theme asked for with `--theme`; a missing or broken one falls back to the standard
    /// theme with a warning naming the file and what is wrong.
    static func loadTheme(_ name: String?, environment: [String: String], warnings: inout [String]) -> Theme? {
        guard let name else { return nil }
        do {
            return try ThemeLibrary.standard(environment: environment).load(name)
        } catch {
            warnings.append(describe(error))
            return nil
        }
    }

    static func describe(_ error: ThemeError) -> String {
        let what: String
        switch error.problem {
        case .notFound(let name): what = appText("theme.not_found", name)
        case .unreadable(let reason): what = appText("theme.unreadable", reason)
        case .invalidJSON(let reason): what = appText("theme.invalid_json", reason)
        case .missingRoles: what = appText("theme.missing_roles")
        case .unknownField(let field): what = appText("theme.unknown_field", field)
        case .unknownRole(let role): what = appText("theme.unknown_role", role)
        case .malformedRole(let role): what = appText("theme.malformed_role", role)
        case .badColor(let role, let field, let value): what = appText("theme.bad_color", role, field, value)
        case .badAttribute(let role, let value): what = appText("theme.bad_attribute", role, value)
        }
        return appText("theme.problem", error.file, what)
    }

    /// A keys-file mistake in the person's language, naming file and line.
    static func describe(_ error: KeyMapError) -> String {
        let what: String
        switch error.problem {
        case .malformedLine(let text): what = appText("keys.malformed", text)
        case .unknownScope(let scope): what = appText("keys.unknown_scope", scope)
        case .unknownKey(let key): what = appText("keys.unknown_key", key)
        case .unknownCommand(let command): what = appText("keys.unknown_command", command)
        case .commandNotInScope(let command, let scope): what = appText("keys.not_in_scope", command, scope)
        case .unreadable(let reason): return appText("keys.unreadable", error.file, reason)
        }
        return appText("keys.problem", error.file, error.line, what)
    }

    /// Opens the store as writer (other instances may write at the same time; a coach's own clients
    /// first, the rest in the background: `Store.openFirstScreen`), or read-only when
    /// the user cannot write the directory or the disk is full (the reason is shown on the status line).
    static func openStore(_ directory: URL, user: String,
                          progress: LoadProgress? = nil) throws -> (Store, readOnlyReason: String?) {
        do {
            return (try Store.openFirstScreen(directory, user: user, progress: progress), nil)
        } catch let error as WerkbankError where error.kind == .notWritable || error.kind == .noSpace {
            return (try Store.open(directory, user: user, readOnly: true, progress: progress), error.message)
        }
    }

    /// The placeholder user until someone is picked (an unknown name: the least rights).
    static func provisionalUser(_ name: String, in data: Dataset) -> User {
        data.users[name] ?? User(name: name, displayName: name, role: .coach)
    }

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        return try run(arguments, context: context, start: nil)
    }

    /// Runs the workbench opened on `start` (with `command` run there), see `makeRoot`.
    static func run(_ arguments: Arguments, context: CLIContext, start: Destination?, then command: (any ScreenCommand)? = nil) throws -> Int32 {
        guard NCursesBackend.stdioIsTerminal else {
            context.errors.line(describe(TerminalError.notATerminal))
            return 2
        }
        let directory = try context.preparedDataDirectory()
        // A large data directory takes seconds to read; say so until the screen takes over.
        if context.isTerminal { context.errors.line(appText("shell.loading", directory.path)) }
        let (store, readOnlyReason) = try context.withLoadingBar { try openStore(directory, user: context.user, progress: $0) }
        defer { store.close() }
        store.compactsAutomatically = false   // on an idle tick instead (AppModel.followOthers)
        var warnings = store.warnings
        let keyMap = loadKeyMap(environment: context.environment, warnings: &warnings)
        let theme = loadTheme(arguments.options["theme"], environment: context.environment, warnings: &warnings)
        let model = AppModel(store: store, user: provisionalUser(context.user, in: store.data),
                             today: Day.today(environment: context.environment), readOnlyReason: readOnlyReason)
        if let first = warnings.first { model.status = StatusMessage(first, severity: .warning) }
        let glyphs = Glyphs(ascii: !Workbench.terminalSupportsUnicode(context.environment))
        let root = makeRoot(model: model, requestedUser: context.requestedUser, login: context.osLogin, keyMap: keyMap,
                            glyphs: glyphs, start: start, then: command)
        let app = Application(root: root, backend: NCursesBackend(mouse: context.environment["WERKBANK_MOUSE"] != "0"),
                              theme: theme, options: options(for: root, keyMap: keyMap, environment: context.environment))
        root.onQuit = { app.quit() }
        try app.start()
        defer { app.stop() }
        app.redraw()
        model.loadRest()   // the first screen is up: read the rest of a coach's fast start now
        // Hidden test mode: a Swift trap with the screen up and the writer lock held.
        if context.environment["WERKBANK_TEST_CRASH"] == "1" { fatalError("WERKBANK_TEST_CRASH") }
        while app.step() {}
        app.stop()
        for warning in warnings.dropFirst() { context.errors.line(warning) }
        return app.terminatedBy.map { 128 + $0 } ?? 0
    }

    /// The loop's options: Dutch too-small message, the quit keys (F10, q) working there too,
    /// and open forms kept as drafts when SIGTERM or SIGHUP ends the program or the quit key
    /// is pressed while the terminal is too small (no question can be shown there).
    static func options(for root: RootView, keyMap: KeyMap, environment: [String: String]) -> Application.Options {
        var options = Application.Options()
        options.tooSmallMessage = appText("shell.too_small")
        options.environment = environment
        options.mouse = environment["WERKBANK_MOUSE"] != "0"
        options.tooSmallQuitKeys = Set(keyMap.keys(for: GlobalCommand.quit.name, in: KeyMap.globalScope))
        options.onAbruptEnd = { [unowned root] in root.keepOpenFormsAsDrafts() }
        return options
    }

    static func describe(_ error: TerminalError) -> String {
        switch error {
        case .notATerminal: return appText("shell.not_a_terminal")
        case .unknownTerminalType(let term): return appText("shell.unknown_terminal", term)
        }
    }

    /// UTF-8 locale or a terminal known to draw box characters.
    public static func terminalSupportsUnicode(_ environment: [String: String]) -> Bool {
        let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
        let term = environment["TERM"] ?? ""
        if term == "vt100" || term == "linux" && !locale.lowercased().contains("utf") { return false }
        return locale.isEmpty || locale.lowercased().contains("utf")
    }
}
