/// The dossier's tabs in order. Each tab area adds its tab here once.
enum DossierTabs {
    static func make(root: RootView, clientId: String) -> [DossierTab] {
        []
    }
}
