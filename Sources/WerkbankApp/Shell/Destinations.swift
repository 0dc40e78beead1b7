import WerkbankCore

/// Which screen each destination opens, and the home screen per role. Each area adds its
/// screen here once.
extension RootView {
    static func screen(for destination: Destination, root: RootView) -> Screen? {
        switch destination {
        case .intake:
            return IntakeHomeScreen(root: root)
        case .caseload, .ladder, .instruments, .vacancies, .dashboard, .today:
            return nil
        }
    }

    /// The first screen after start: a coach's caseload, an intaker's open meldingen, a
    /// supervisor's dashboard.
    var homeDestination: Destination {
        switch model.user.role {
        case .coach, .admin: return .caseload
        case .intaker: return .intake
        case .supervisor: return .dashboard
        }
    }
}
