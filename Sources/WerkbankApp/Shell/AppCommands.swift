import TerminalUI

/// Every command a person can give, in one table (tig's requests): the key map, the help
/// overlay, the command palette and the function-key bar are generated from it. Each scope is
/// a `ScreenCommand` enum kept next to its screen and listed here once, in help order.
enum AppCommands {
    static let scopes: [any ScreenCommand.Type] = [
        GlobalCommand.self, PickerCommand.self, CaseloadCommand.self, DossierCommand.self, OverviewTabCommand.self,
        PlanTabCommand.self, PlacementsTabCommand.self, LadderCommand.self, InstrumentsTabCommand.self,
        InstrumentsCommand.self, TodayCommand.self, VacancyListCommand.self, DashboardCommand.self, DrilldownCommand.self,
        IntakeHomeCommand.self, IntakeFormCommand.self, EmployersCommand.self, DeskCommand.self,
        // Reached only from other commands (no keys of their own).
        LadderTabCommand.self, NotesTabCommand.self,
    ]

    static let all: [Command] = scopes.flatMap { $0.commands }
}

/// The commands of every screen; the shell runs them unless the top screen intercepts one.
enum GlobalCommand: String, ScreenCommand {
    case help, intake, search, filter, ladder, instruments, vacancies, dashboard, today, quit
    case palette, back, undo, redo, caseload, messages

    static let scope = KeyMap.globalScope

    var defaultKeys: [Key] {
        switch self {
        case .help: [.function(1), .char("?")]
        case .intake: [.function(2)]
        case .search: [.function(3)]
        case .filter: [.function(4)]
        case .ladder: [.function(5)]
        case .instruments: [.function(6)]
        case .vacancies: [.function(7)]
        case .dashboard: [.function(8)]
        case .today: [.function(9)]
        case .quit: [.function(10), .char("q")]
        case .palette: [.char(":"), .ctrl("p")]
        case .back: [.escape]
        case .undo: [.char("u")]
        case .redo: [.ctrl("y")]
        case .caseload: [.char("c")]
        case .messages: []
        }
    }

    var onBar: Bool { defaultKeys.contains { if case .function = $0 { true } else { false } } }

    /// The command that goes to `destination`.
    init(_ destination: Destination) {
        switch destination {
        case .caseload: self = .caseload
        case .intake: self = .intake
        case .ladder: self = .ladder
        case .instruments: self = .instruments
        case .vacancies: self = .vacancies
        case .dashboard: self = .dashboard
        case .today: self = .today
        }
    }
}
