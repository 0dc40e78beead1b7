import TerminalUI

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
    ]

    static let today: [Command] = [
        AppCommands.screen("today", "open", [.enter]),
        AppCommands.screen("today", "done", [.char("d")]),
    ]

    static let vacancies: [Command] = [
        AppCommands.screen("vacancies", "open", [.enter, .right]),
        AppCommands.screen("vacancies", "back", [.left]),
        AppCommands.screen("vacancies", "propose", [.char("p")]),
    ]
}
