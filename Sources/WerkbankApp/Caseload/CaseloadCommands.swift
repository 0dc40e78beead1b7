import TerminalUI

/// The caseload's commands.
enum CaseloadCommand: String, ScreenCommand {
    case open, search, filter, sortNext, sortReverse, mark, markAll, clearMarks, assign, addAction
    /// `C`: whose clients the list shows.
    case chooseScope = "scope"
    case overdue, outOfView, decision, reassessment, exemption, clearFilters

    static let scope = "caseload"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter]
        case .search: [.char("/")]
        case .filter: [.char("f")]
        case .sortNext: [.char("s")]
        case .sortReverse: [.char("S")]
        case .mark: [.char(" ")]
        case .markAll: [.char("*")]
        case .clearMarks: [.char("-")]
        case .assign: [.char("t")]
        case .addAction: [.char("a")]
        case .chooseScope: [.char("C")]
        case .overdue: [.char("!")]
        case .outOfView: [.char("U")]
        case .decision, .reassessment, .exemption, .clearFilters: []
        }
    }
}
