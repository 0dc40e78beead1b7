import TerminalUI

/// The dossier's tabs in order. Each tab area adds its tab here once. The full order (and the
/// number key of each tab) is:
///   1 Overzicht, 2 Ladder, 3 Instrumenten, 4 Plan & acties, 5 Notities, 6 Plaatsingen, 7 Historie.
/// Ladder and Instrumenten come from the ladder/koffer area (branch `ladderkoffer`) and are
/// inserted at positions 2 and 3 when that branch is merged; until then the keys 1-5 select the
/// tabs present, in this order.
enum DossierTabs {
    static func make(root: RootView, clientId: String) -> [DossierTab] {
        let context = DossierContext(root: root, clientId: clientId)
        return [
            OverviewTab(context: context),
            PlanTab(context: context),
            NotesTab(context: context),
            PlacementsTab(context: context),
            HistoryTab(context: context),
        ]
    }

    /// The key bindings of the tabs above (added to `ScreenCommands.dossier`).
    static let commands: [Command] = OverviewTab.commands + PlanTab.commands + NotesTab.commands
        + PlacementsTab.commands
}
