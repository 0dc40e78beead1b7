import TerminalUI
import WerkbankCore

/// The user picker's one command.
enum PickerCommand: String, ScreenCommand {
    case choose

    static let scope = "picker"
    var defaultKeys: [Key] { [.enter] }
}

/// Shown at start when it is not settled who works: pick who you are. It offers only the users
/// of the current OS login (`WhoIsWorking.usersOf`) and is modal: until a choice is made no
/// other screen, function key or the palette can be reached (only quitting).
final class UserPickerScreen: CommandScreen {
    private unowned let root: RootView
    private let login: String
    private let problem: String?
    private let users: [User]
    private let list: ListView
    /// Runs after the choice, on the new home screen (the start destination, draft offers).
    private let then: () -> Void

    init(root: RootView, choices: [User], login: String, problem: String?, then: @escaping () -> Void = {}) {
        self.root = root
        self.login = login
        self.problem = problem
        self.then = then
        users = choices.sorted { (a: User, b: User) in
            (a.role.sortOrder, a.displayName) < (b.role.sortOrder, b.displayName)
        }
        list = ListView(items: users.map { "\($0.displayName)  (\($0.name), \($0.role.label))" }, glyphs: root.glyphs)
        list.isFocused = true
        list.onActivate = { [unowned self] index in self.choose(index) }
    }

    var title: String { appText("shell.pick_user_title") }
    var isModal: Bool { true }

    func perform(_ command: PickerCommand) {
        switch command {
        case .choose: list.selectedIndex.map(choose)
        }
    }

    private func choose(_ index: Int) {
        guard users.indices.contains(index) else { return }
        root.model.switchUser(to: users[index])
        root.goHome()
        then()
    }

    func handle(_ event: Event) -> Bool { list.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        var y = area.y + 1
        let intro = users.isEmpty ? appText("shell.no_users", login) : appText("shell.pick_user_intro", login)
        // The problem and the instruction wrap: on a narrow terminal nothing of them is cut.
        for (text, style) in [(problem, Style(.warning)), (intro, Style(.text))] {
            guard let text else { continue }
            for line in TextWrap.lines(text, width: max(1, area.width - 2)) where y < area.maxY {
                buffer.put(" " + line, x: area.x, y: y, maxWidth: area.width - 1, style: style)
                y += 1
            }
        }
        list.render(Rect(x: area.x + 2, y: y + 1, width: area.width - 4, height: max(0, area.maxY - y - 2)), into: &buffer)
    }
}

extension UserRole {
    /// Order in the user picker: coaches first.
    var sortOrder: Int { UserRole.allCases.firstIndex(of: self) ?? 0 }
}
