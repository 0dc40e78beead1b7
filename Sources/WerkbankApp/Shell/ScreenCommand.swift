import TerminalUI

/// The commands of one key-map scope as values the compiler checks: an enum per scope whose
/// cases declare their default keys (and bar label). `AppCommands.all` turns every scope's
/// cases into the one command table the key map, help overlay, palette and function bar come
/// from; a screen handles its enum in one exhaustive `switch`. Help texts are
/// `cmd.<scope>.<action>` in the string table, bar labels `cmd.<scope>.<action>.label`.
protocol ScreenCommand: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// The key-map scope ("caseload", "dossier-plan", "global").
    static var scope: String { get }
    /// The part of the name after the scope ("search" in "caseload.search").
    var action: String { get }
    /// Keys bound when the keys file does not say otherwise (none: reached from the palette).
    var defaultKeys: [Key] { get }
    /// Whether the command has a label on the function-key bar.
    var onBar: Bool { get }
    /// False for a command only other commands reach (the dossier's `n` opens the note form
    /// of the Notities tab): it has no key, help text or palette entry of its own.
    var isListed: Bool { get }
}

extension ScreenCommand {
    var onBar: Bool { false }
    var isListed: Bool { true }
    /// "scope.action", as the key map and keys files name it.
    var name: String { Self.scope + "." + action }
    var helpKey: String { "cmd." + name }
    var labelKey: String? { onBar ? helpKey + ".label" : nil }
    /// The key-map entry of a listed command.
    var command: Command { Command(name, helpKey: helpKey, labelKey: labelKey, defaultKeys: defaultKeys) }
    /// The key-map entries of the scope, in case order (the order of the help overlay).
    static var commands: [Command] { allCases.filter(\.isListed).map(\.command) }

    /// The command a key-map name stands for, nil when it is not one of this scope.
    init?(name: String) {
        guard let command = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = command
    }
}

extension ScreenCommand where Self: RawRepresentable, RawValue == String {
    var action: String { rawValue }
}

/// Runs the command called `name` (from the key map or the palette) with `perform` when it is
/// one of `C`, or offers a global command to `intercept`. False: the name is neither, or the
/// global command is left to the shell.
func dispatch<C: ScreenCommand>(_ name: String, _ perform: (C) -> Void,
                                intercept: (GlobalCommand) -> Bool = { _ in false }) -> Bool {
    if let command = C(name: name) {
        perform(command)
        return true
    }
    return GlobalCommand(name: name).map(intercept) ?? false
}

/// A screen whose commands are one `ScreenCommand` enum: its scope is the enum's, and
/// `perform` handles every case.
protocol CommandScreen: Screen {
    associatedtype Commands: ScreenCommand
    func perform(_ command: Commands)
    /// A global command the screen handles itself (Esc in a form asks first); false leaves
    /// it to the shell.
    func intercept(_ command: GlobalCommand) -> Bool
}

extension CommandScreen {
    var scope: String { Commands.scope }
    func intercept(_ command: GlobalCommand) -> Bool { false }
    func perform(_ name: String) -> Bool { dispatch(name, perform, intercept: intercept) }
}
