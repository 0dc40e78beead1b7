import TerminalUI

/// The dossier's tabs in order. Each tab area adds its tab here once. The full order (and the
/// number key of each tab) is:
///   1 Overzicht, 2 Ladder, 3 Instrumenten, 4 Plan & acties, 5 Notities, 6 Plaatsingen, 7 Historie.
enum DossierTabs {
    static func make(root: RootView, clientId: String) -> [DossierTab] {
        let context = DossierContext(root: root, clientId: clientId)
        return [
            OverviewTab(context: context),
            LadderTab(root: root, clientId: clientId),
            InstrumentsTab(root: root, clientId: clientId),
            PlanTab(context: context),
            NotesTab(context: context),
            PlacementsTab(context: context),
            HistoryTab(context: context),
        ]
    }

    /// How many tabs `make` returns (the dossier's number keys).
    static let count = 7
}
