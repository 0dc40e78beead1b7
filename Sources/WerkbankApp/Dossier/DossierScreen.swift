import TerminalUI
import WerkbankCore

/// The client dossier: a header with the client's name and a tab per subject.
/// Opening it is recorded in the audit log (who viewed which client).
final class DossierScreen: Screen {
    let scope = "dossier"
    private unowned let root: RootView
    let clientId: String
    private let tabs: [DossierTab]
    private let tabBar: Tabs

    init(root: RootView, clientId: String) {
        self.root = root
        self.clientId = clientId
        tabs = DossierTabs.make(root: root, clientId: clientId)
        tabBar = Tabs(titles: tabs.map(\.title), glyphs: root.glyphs)
        root.model.recordAccess("bekeken", subject: clientId, detail: "dossier")
    }

    /// Nil only while no tab area is built in (the skeleton).
    private var active: DossierTab? { tabs.indices.contains(tabBar.activeIndex) ? tabs[tabBar.activeIndex] : nil }

    var scopes: [String] { (active.map { [$0.scope] } ?? []) + [scope] }
    var title: String { root.model.client(clientId)?.fullName ?? clientId }
    var capturesText: Bool { active?.capturesText ?? false }
    var hasUnsavedChanges: Bool { tabs.contains { $0.hasUnsavedChanges } }

    func willAppear() { tabs.forEach { $0.reload() } }

    func perform(_ command: String) -> Bool {
        if active?.perform(command) == true { return true }
        guard !tabs.isEmpty else { return false }
        switch command {
        case "dossier.nextTab": tabBar.activate((tabBar.activeIndex + 1) % tabs.count)
        case "dossier.previousTab": tabBar.activate((tabBar.activeIndex + tabs.count - 1) % tabs.count)
        default:
            guard command.hasPrefix("dossier.tab"), let n = Int(command.dropFirst("dossier.tab".count)),
                  tabs.indices.contains(n - 1) else { return false }
            tabBar.activate(n - 1)
        }
        return true
    }

    func handle(_ event: Event) -> Bool {
        if case .mouse(let mouse) = event, mouse.y == tabRow { return tabBar.handle(event) }
        return active?.handle(event) ?? false
    }

    private var tabRow = 0

    func render(_ area: Rect, into buffer: inout Buffer) {
        tabRow = area.y
        tabBar.render(area.row(0), into: &buffer)
        active?.render(Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), into: &buffer)
    }

    var cursorPosition: (x: Int, y: Int)? { active?.cursorPosition }
}

extension ScreenCommands {
    static let dossier: [Command] = [
        AppCommands.screen("dossier", "nextTab", [.tab, .right]),
        AppCommands.screen("dossier", "previousTab", [.backTab, .left]),
    ] + (1...7).map { AppCommands.screen("dossier", "tab\($0)", [.char(Character("\($0)"))]) }
}
