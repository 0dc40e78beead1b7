/// The dossier's tabs in order. Each tab area adds its tab here once.
enum DossierTabs {
    static func make(root: RootView, clientId: String) -> [DossierTab] {
        [LadderTab(root: root, clientId: clientId), InstrumentsTab(root: root, clientId: clientId)]
    }
}
