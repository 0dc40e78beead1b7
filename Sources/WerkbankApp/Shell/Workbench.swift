import Foundation
import TerminalUI
import WerkbankCore

/// Starts the terminal workbench: opens the data directory (read-only when another instance
/// writes), finds out who is working, and runs the screens until the user quits.
public enum Workbench {
    /// Builds the root view for `model` (also used by headless tests). `start` opens a
    /// destination above the home screen and runs `command` there (`werkbank intake`: the
    /// intake overview with a new melding). Unfinished intake forms are offered for resuming.
    static func makeRoot(model: AppModel, requestedUser: String, keyMap: KeyMap, glyphs: Glyphs = .unicode,
                         start: Destination? = nil, then command: String? = nil) -> RootView {
        let root = RootView(model: model, keyMap: keyMap, glyphs: glyphs, makeScreen: RootView.screen(for:root:))
        if model.data.users[requestedUser] == nil {
            root.show(UserPickerScreen(root: root, requestedName: requestedUser))
        } else {
            root.goHome()
            if let start { root.go(to: start, then: command) }
            IntakeDraftOffer.offer(in: root)
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

    /// Opens the store as writer, or read-only when another instance holds the lock.
    static func openStore(_ directory: URL, user: String) throws -> (Store, readOnlyReason: String?) {
        do {
            return (try Store.open(directory, user: user), nil)
        } catch let error as WerkbankError where error.kind == .locked {
            return (try Store.open(directory, user: user, readOnly: true), error.message)
        }
    }

    /// The placeholder user until someone is picked: unknown names get no rights.
    static func provisionalUser(_ name: String, in data: Dataset) -> User {
        data.users[name] ?? User(name: name, displayName: name, role: .coach)
    }

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        return try run(arguments, context: context, start: nil)
    }

    /// Runs the workbench opened on `start` (with `command` run there), see `makeRoot`.
    static func run(_ arguments: Arguments, context: CLIContext, start: Destination?, then command: String? = nil) throws -> Int32 {
        let directory = try context.preparedDataDirectory()
        // A large data directory takes seconds to read; say so until the screen takes over.
        if context.isTerminal { context.errors.line(appText("shell.loading", directory.path)) }
        let (store, readOnlyReason) = try openStore(directory, user: context.user)
        defer { store.close() }
        var warnings = store.warnings
        let keyMap = loadKeyMap(environment: context.environment, warnings: &warnings)
        let theme = loadTheme(arguments.options["theme"], environment: context.environment, warnings: &warnings)
        let model = AppModel(store: store, user: provisionalUser(context.user, in: store.data),
                             today: Day.today(environment: context.environment), readOnlyReason: readOnlyReason)
        if let first = warnings.first { model.status = StatusMessage(first, severity: .warning) }
        let glyphs = Glyphs(ascii: !Workbench.terminalSupportsUnicode(context.environment))
        let root = makeRoot(model: model, requestedUser: context.user, keyMap: keyMap, glyphs: glyphs, start: start, then: command)
        var options = Application.Options()
        options.tooSmallMessage = appText("shell.too_small")
        options.environment = context.environment
        options.mouse = context.environment["WERKBANK_MOUSE"] != "0"
        try Application.run(root: root, theme: theme, options: options) { app in
            root.onQuit = { app.quit() }
        }
        for warning in warnings.dropFirst() { context.errors.line(warning) }
        return 0
    }

    /// UTF-8 locale or a terminal known to draw box characters.
    public static func terminalSupportsUnicode(_ environment: [String: String]) -> Bool {
        let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
        let term = environment["TERM"] ?? ""
        if term == "vt100" || term == "linux" && !locale.lowercased().contains("utf") { return false }
        return locale.isEmpty || locale.lowercased().contains("utf")
    }
}
