import TerminalUI
import WerkbankCore

/// At start: when the user left intake forms unfinished (a crash, a kill, a closed terminal),
/// offer "concept hervatten". One draft opens directly; several open the intake overview,
/// where the drafts are listed first.
enum IntakeDraftOffer {
    static func offer(in root: RootView) {
        let drafts = IntakeHomeScreen.drafts(of: root.model.user.name, in: root.model.data)
        guard let newest = drafts.first else { return }
        let message = drafts.count == 1
            ? appText("intake.resume.one", appText("intake.kind.\(newest.1.kind.rawValue)"),
                      IntakeHomeScreen.name(of: newest.1, in: root.model.data))
            : appText("intake.resume.many", drafts.count)
        root.confirm(title: appText("intake.resume.title"), message: message, defaultYes: true) { [unowned root] in
            guard root.go(to: .intake), let home = root.top as? IntakeHomeScreen, drafts.count == 1 else { return }
            home.resume(newest.0, newest.1)
        }
    }
}
