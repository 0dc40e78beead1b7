import TerminalUI

// The commands of the screens that still dispatch on the command's name (`perform(_: String)`
// in Sources/WerkbankApp/Vacancies and Sources/WerkbankApp/Employers). Their names are the
// same as before, so those screens' string `switch`es keep working; converting one means
// making it a `CommandScreen` and switching over the enum below.

/// The vacancy list (F7) and, with a vacancy open, its candidates; the last four lead to the
/// employer desk.
enum VacancyListCommand: String, ScreenCommand {
    case open, back, propose, search, sortNext, sortReverse, filter
    case employers, new, edit, desk

    static let scope = "vacancies"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter, .right]
        case .back: [.left]
        case .propose: [.char("p")]
        case .search: [.char("/")]
        case .sortNext: [.char("s")]
        case .sortReverse: [.char("S")]
        case .filter: [.char("f")]
        case .employers: [.char("w")]
        case .new: [.char("n")]
        case .edit: [.char("e")]
        case .desk: [.char("d")]
        }
    }
}

/// The employers and their vacancies.
enum EmployersCommand: String, ScreenCommand {
    case open, back, new, edit, vacancy

    static let scope = "employers"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter, .right]
        case .back: [.left]
        case .new: [.char("n")]
        case .edit: [.char("e")]
        case .vacancy: [.char("v")]
        }
    }
}

/// The candidates of one vacancy across all caseloads (werkgeversdesk).
enum DeskCommand: String, ScreenCommand {
    case open, back, propose, answer, confirm, export, search, sortNext, sortReverse, filter

    static let scope = "desk"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter]
        case .back: [.left]
        case .propose: [.char("p")]
        case .answer: [.char("a")]
        case .confirm: [.char("b")]
        case .export: [.char("x")]
        case .search: [.char("/")]
        case .sortNext: [.char("s")]
        case .sortReverse: [.char("S")]
        case .filter: [.char("f")]
        }
    }
}
