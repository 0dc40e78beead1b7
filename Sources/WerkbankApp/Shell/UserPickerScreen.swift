import TerminalUI
import WerkbankCore

extension ScreenCommands {
    static let picker: [Command] = [
        AppCommands.screen("picker", "choose", [.enter]),
    ]
}

/// Shown at start when the user name is unknown in the data directory: pick who you are.
final class UserPickerScreen: Screen {
    let scope = "picker"
    private unowned let root: RootView
    private let requestedName: String
    private let users: [User]
    private let list: ListView

    init(root: RootView, requestedName: String) {
        self.root = root
        self.requestedName = requestedName
        users = root.model.data.users.values.sorted { (a: User, b: User) in
            (a.role.sortOrder, a.displayName) < (b.role.sortOrder, b.displayName)
        }
        list = ListView(items: users.map { "\($0.displayName)  (\($0.name), \($0.role.label))" }, glyphs: root.glyphs)
        list.isFocused = true
        list.onActivate = { [unowned self] index in self.choose(index) }
    }

    var title: String { appText("shell.pick_user_title") }

    func perform(_ command: String) -> Bool {
        guard command == "picker.choose", let index = list.selectedIndex else { return false }
        choose(index)
        return true
    }

    private func choose(_ index: Int) {
        guard users.indices.contains(index) else { return }
        root.model.switchUser(to: users[index])
        root.goHome()
    }

    func handle(_ event: Event) -> Bool { list.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let intro = users.isEmpty ? appText("shell.no_users") : appText("shell.pick_user_intro", requestedName)
        buffer.put(" " + intro, x: area.x, y: area.y + 1, maxWidth: area.width - 1, style: Style(.text))
        list.render(Rect(x: area.x + 2, y: area.y + 3, width: area.width - 4, height: area.height - 4), into: &buffer)
    }
}

extension UserRole {
    /// Order in the user picker: coaches first.
    var sortOrder: Int { UserRole.allCases.firstIndex(of: self) ?? 0 }
}
