import TerminalUI
import WerkbankCore

/// At start: when the user left forms unfinished (a kill, a closed terminal, a crash), offer
/// "concept hervatten" with "Ja" preselected. Modal forms kept at SIGTERM/SIGHUP come first,
/// the newest one reopening with what was typed (the others are offered at later starts);
/// then intake forms: one draft opens directly, several open the intake overview, where the
/// drafts are listed first.
enum IntakeDraftOffer {
    static func offer(in root: RootView) {
        let user = root.model.user.name
        let formDrafts = root.model.data.drafts.values
            .filter { $0.user == user && FormOrigin(draft: $0) != nil }
            .sorted { ($0.updated, $0.id) > ($1.updated, $1.id) }
        if let newest = formDrafts.first {
            root.confirm(title: appText("intake.resume.title"),
                         message: appText("draft.resume.form", newest.fields[FormOrigin.titleKey] ?? newest.kind),
                         defaultYes: true, onYes: { [unowned root] in
                if !root.reopen(newest) { root.goHome() }
            }, onNo: { [unowned root] in
                offerIntake(in: root)
            })
        } else {
            offerIntake(in: root)
        }
    }

    private static func offerIntake(in root: RootView) {
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
