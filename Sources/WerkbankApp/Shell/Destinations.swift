import WerkbankCore

/// Which screen each destination opens, and the home screen per role. Each area adds its
/// screen here once.
extension RootView {
    static func screen(for destination: Destination, root: RootView) -> Screen {
        switch destination {
        case .caseload: return CaseloadScreen(root: root)
        case .today: return TodayScreen(root: root)
        case .vacancies: return VacanciesScreen(root: root)
        case .ladder: return LadderScreen(root: root)
        case .instruments: return InstrumentCaseScreen(root: root)
        case .dashboard: return DashboardScreen(root: root)
        case .intake: return IntakeHomeScreen(root: root)
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
