import TerminalUI

/// A full screen between the header and the status line (caseload, dossier, intake, …).
/// The root view routes keys: a screen that `capturesText` gets every key first (a focused
/// text field); otherwise the key map decides and the screen's `perform` runs its commands.
/// Most screens are a `CommandScreen`: their commands are one `ScreenCommand` enum.
protocol Screen: View {
    /// The key-map scope of the screen's commands ("caseload", "dossier", …).
    var scope: String { get }
    /// Scopes whose key bindings apply, most specific first (a dossier tab's scope, then
    /// "dossier"); the global scope always comes last. Defaults to `[scope]`.
    var scopes: [String] { get }
    /// Shown in the header after "Werkbank · ".
    var title: String { get }
    /// True while typed characters belong to a text field of the screen.
    var capturesText: Bool { get }
    /// True when leaving would lose typed input (a dirty form): the root asks first.
    var hasUnsavedChanges: Bool { get }
    /// Runs the command with key-map name `name` of the screen's scopes (or a global one it
    /// handles itself); false when it is not one of them. A `CommandScreen` decodes the name
    /// into its enum; the vacancy and employer screens still switch on the name.
    func perform(_ command: String) -> Bool
    /// Left part of the status line ("64 klanten · 3 gemarkeerd").
    var statusHint: String { get }
    /// Called when the screen becomes the top screen again (refresh from the model).
    func willAppear()
    /// True when nothing else may be reached while the screen is on top (the user picker):
    /// global keys, the function bar and the palette do nothing, only quitting works.
    var isModal: Bool { get }
}

extension Screen {
    var scopes: [String] { [scope] }
    var capturesText: Bool { false }
    var hasUnsavedChanges: Bool { false }
    func perform(_ command: String) -> Bool { false }
    func willAppear() {}
    var statusHint: String { "" }
    var isModal: Bool { false }
}

/// The places the global keys lead to.
enum Destination: String, CaseIterable {
    case caseload, intake, ladder, instruments, vacancies, dashboard, today
}
