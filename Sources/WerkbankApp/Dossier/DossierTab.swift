import TerminalUI

/// One tab of the client dossier (Overzicht, Ladder, Instrumenten, Plan & acties, Notities,
/// Plaatsingen, Historie). The dossier screen draws the tab bar and hands the active tab the
/// area below it, its commands (the tab's `scope` comes before "dossier" in the key map) and
/// the keys it does not use itself.
protocol DossierTab: View {
    var title: String { get }
    /// Key-map scope of the tab's commands, e.g. "dossier-ladder".
    var scope: String { get }
    var capturesText: Bool { get }
    var hasUnsavedChanges: Bool { get }
    /// Left part of the status line while the tab is active ("5 acties · 2 open").
    var statusHint: String { get }
    func perform(_ command: String) -> Bool
    /// The client changed (an edit here or elsewhere): re-read it from the model.
    func reload()
}

extension DossierTab {
    var capturesText: Bool { false }
    var hasUnsavedChanges: Bool { false }
    var statusHint: String { "" }
    func perform(_ command: String) -> Bool { false }
    func reload() {}
}

/// A tab whose commands are one `ScreenCommand` enum (its scope is the enum's), each handled
/// in `perform`.
protocol CommandTab: DossierTab {
    associatedtype Commands: ScreenCommand
    func perform(_ command: Commands)
}

extension CommandTab {
    var scope: String { Commands.scope }
    func perform(_ name: String) -> Bool { dispatch(name, perform) }
}
