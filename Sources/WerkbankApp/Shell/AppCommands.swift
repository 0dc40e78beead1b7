import TerminalUI

/// Every command a person can give, in one table (tig's requests): the key map, the help
/// overlay, the command palette and the function-key bar are generated from it. Help texts are
/// `cmd.<name>` in `appStrings`, bar labels `cmd.<name>.label`. Each screen area adds its own
/// commands (scope = the screen's `scope`) in its own block.
enum AppCommands {
    static func global(_ action: String, _ keys: [Key], onBar: Bool = false) -> Command {
        Command("global.\(action)", helpKey: "cmd.global.\(action)",
                labelKey: onBar ? "cmd.global.\(action).label" : nil, defaultKeys: keys)
    }

    static func screen(_ scope: String, _ action: String, _ keys: [Key]) -> Command {
        Command("\(scope).\(action)", helpKey: "cmd.\(scope).\(action)", defaultKeys: keys)
    }

    static let all: [Command] = shell + ScreenCommands.all + desk

    static let shell: [Command] = [
        global("help", [.function(1), .char("?")], onBar: true),
        global("intake", [.function(2)], onBar: true),
        global("search", [.function(3)], onBar: true),
        global("filter", [.function(4)], onBar: true),
        global("ladder", [.function(5)], onBar: true),
        global("instruments", [.function(6)], onBar: true),
        global("vacancies", [.function(7)], onBar: true),
        global("dashboard", [.function(8)], onBar: true),
        global("today", [.function(9)], onBar: true),
        global("quit", [.function(10), .char("q")], onBar: true),
        global("palette", [.char(":"), .ctrl("p")]),
        global("back", [.escape]),
        global("undo", [.char("u")]),
        global("redo", [.ctrl("y")]),
        global("caseload", [.char("c")]),
        global("messages", []),
    ]
}

/// The employer desk (Sources/WerkbankApp/Employers): its entries from the vacancy list (F7),
/// the employers, and the candidates of one vacancy across all caseloads.
extension AppCommands {
    static let desk: [Command] = [
        screen("vacancies", "employers", [.char("w")]),
        screen("vacancies", "new", [.char("n")]),
        screen("vacancies", "edit", [.char("e")]),
        screen("vacancies", "desk", [.char("d")]),
        screen("employers", "open", [.enter, .right]),
        screen("employers", "back", [.left]),
        screen("employers", "new", [.char("n")]),
        screen("employers", "edit", [.char("e")]),
        screen("employers", "vacancy", [.char("v")]),
        screen("desk", "open", [.enter]),
        screen("desk", "back", [.left]),
        screen("desk", "propose", [.char("p")]),
        screen("desk", "answer", [.char("a")]),
        screen("desk", "confirm", [.char("b")]),
        screen("desk", "export", [.char("x")]),
        screen("desk", "search", [.char("/")]),
        screen("desk", "sortNext", [.char("s")]),
        screen("desk", "sortReverse", [.char("S")]),
        screen("desk", "filter", [.char("f")]),
    ]
}
