import TerminalUI
import WerkbankCore

extension ScreenCommands {
    static let caseload: [Command] = [
        AppCommands.screen("caseload", "open", [.enter]),
        AppCommands.screen("caseload", "search", [.char("/")]),
        AppCommands.screen("caseload", "filter", [.char("f")]),
        AppCommands.screen("caseload", "sortNext", [.char("s")]),
        AppCommands.screen("caseload", "sortReverse", [.char("S")]),
        AppCommands.screen("caseload", "mark", [.char(" ")]),
        AppCommands.screen("caseload", "markAll", [.char("*")]),
        AppCommands.screen("caseload", "clearMarks", [.char("-")]),
        AppCommands.screen("caseload", "assign", [.char("t")]),
        AppCommands.screen("caseload", "addAction", [.char("a")]),
        AppCommands.screen("caseload", "scope", [.char("C")]),
        AppCommands.screen("caseload", "overdue", [.char("!")]),
        AppCommands.screen("caseload", "outOfView", [.char("U")]),
        AppCommands.screen("caseload", "decision", []),
        AppCommands.screen("caseload", "reassessment", []),
        AppCommands.screen("caseload", "exemption", []),
        AppCommands.screen("caseload", "clearFilters", []),
    ]

    /// The working lists one command away (`!`, `U`, the palette): each a facet and the values
    /// it keeps.
    static let caseloadWorklists: [String: [FacetValue]] = [
        "caseload.overdue": [.overdue(true)],
        "caseload.outOfView": [.outOfView(true)],
        "caseload.decision": [.worklist(.decision, .overdue), .worklist(.decision, .soon)],
        "caseload.reassessment": [.worklist(.reassessment, .overdue), .worklist(.reassessment, .soon)],
        "caseload.exemption": [.worklist(.exemption, .overdue), .worklist(.exemption, .soon)],
    ]

    static let today: [Command] = [
        AppCommands.screen("today", "open", [.enter]),
        AppCommands.screen("today", "done", [.char("d")]),
    ]

    static let vacancies: [Command] = [
        AppCommands.screen("vacancies", "open", [.enter, .right]),
        AppCommands.screen("vacancies", "back", [.left]),
        AppCommands.screen("vacancies", "propose", [.char("p")]),
        AppCommands.screen("vacancies", "search", [.char("/")]),
        AppCommands.screen("vacancies", "sortNext", [.char("s")]),
        AppCommands.screen("vacancies", "sortReverse", [.char("S")]),
        AppCommands.screen("vacancies", "filter", [.char("f")]),
    ]
}
