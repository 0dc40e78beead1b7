import Foundation
import TerminalUI
import WerkbankCore

/// The client dossier: a header (name, age, masked BSN, coach, client group, current rung) and a
/// tab per subject (see `DossierTabs`). Open it with `RootView.openDossier`, which checks the view
/// policy and records the view in the audit log; every reveal of the full BSN (`b`, shown for
/// `bsnRevealSeconds`) is recorded too, and shown only when that record is on disk.
final class DossierScreen: Screen {
    let scope = DossierCommand.scope
    private unowned let root: RootView
    let clientId: String
    let tabs: [DossierTab]
    private let tabBar: Tabs
    /// Until when the full BSN is shown.
    private var bsnRevealedUntil: Date?
    /// The clock for the BSN reveal (replaceable in tests).
    var clock: () -> Date = { Date() }

    static let bsnRevealSeconds = 10.0
    /// Rows above the active tab: two header lines and the tab bar.
    static let headerHeight = 3

    init(root: RootView, clientId: String) {
        self.root = root
        self.clientId = clientId
        tabs = DossierTabs.make(root: root, clientId: clientId)
        tabBar = Tabs(titles: tabs.map(\.title), glyphs: root.glyphs)
    }

    private var active: DossierTab { tabs[tabBar.activeIndex] }
    var activeTabTitle: String { active.title }

    var scopes: [String] { [active.scope, scope] }
    var title: String { root.model.client(clientId)?.fullName ?? clientId }
    var capturesText: Bool { active.capturesText }
    var hasUnsavedChanges: Bool { tabs.contains { $0.hasUnsavedChanges } }
    var statusHint: String { active.statusHint }

    func willAppear() {
        tabs.forEach { $0.reload() }
        shownRevision = root.model.revision
    }

    /// The model revision the tabs last loaded; an edit from any tab reloads them all.
    private var shownRevision = -1

    /// A command of the dossier or of the active tab.
    func perform(_ name: String) -> Bool {
        dispatch(name, perform) || active.perform(name)
    }

    func perform(_ command: DossierCommand) {
        switch command {
        case .note: openTab(NotesTabCommand.new)
        case .rung: openTab(LadderTabCommand.move)
        case .expectedRung: openTab(LadderTabCommand.expect)
        case .instrument: openTab(InstrumentsTabCommand.pick)
        case .action: openTab(PlanTabCommand.new)
        case .nextTab: tabBar.activate((tabBar.activeIndex + 1) % tabs.count)
        case .previousTab: tabBar.activate((tabBar.activeIndex + tabs.count - 1) % tabs.count)
        case .revealBSN: revealBSN()
        case .redo: root.run(GlobalCommand.redo)
        case .tab(let n):
            if tabs.indices.contains(n - 1) { tabBar.activate(n - 1) }
        }
    }

    /// Switches to the tab of `command` and runs it there.
    private func openTab<C: ScreenCommand>(_ command: C) {
        guard let index = tabs.firstIndex(where: { $0.scope == C.scope }) else { return }
        tabBar.activate(index)
        _ = tabs[index].perform(command.name)
    }

    // MARK: BSN

    private func revealBSN() {
        guard let bsn = root.model.client(clientId)?.bsn, !bsn.isEmpty else {
            root.model.status = StatusMessage(appText("dossier.no_bsn"), severity: .warning)
            return
        }
        guard root.model.recordAccess("bsn-getoond", subject: clientId, detail: appText("dossier.bsn_revealed_log"),
                                      shown: appText("access.what.bsn")) else { return }
        bsnRevealedUntil = clock().addingTimeInterval(Self.bsnRevealSeconds)
    }

    /// Seconds the full BSN stays visible, nil when it is masked.
    private var bsnSecondsLeft: Int? {
        guard let until = bsnRevealedUntil else { return nil }
        let left = until.timeIntervalSince(clock())
        guard left > 0 else { bsnRevealedUntil = nil; return nil }
        return Int(left.rounded(.up))
    }

    private func bsnText(_ client: Client) -> String {
        guard let bsn = client.bsn, !bsn.isEmpty else { return appText("dossier.header.bsn", "—") }
        guard let seconds = bsnSecondsLeft else { return appText("dossier.header.bsn", BSN.masked(bsn)) }
        return appText("dossier.header.bsn_shown", bsn, seconds)
    }

    // MARK: Events and drawing

    func handle(_ event: Event) -> Bool {
        if case .mouse(let mouse) = event, mouse.y == tabRow { return tabBar.handle(event) }
        if case .tick = event { return bsnRevealedUntil != nil }
        return active.handle(event)
    }

    private var tabRow = 0

    func render(_ area: Rect, into buffer: inout Buffer) {
        if shownRevision != root.model.revision { willAppear() }
        renderHeader(area, into: &buffer)
        tabRow = area.y + 2
        tabBar.render(area.row(2), into: &buffer)
        let body = Rect(x: area.x, y: area.y + Self.headerHeight, width: area.width, height: area.height - Self.headerHeight)
        active.render(body, into: &buffer)
    }

    private func renderHeader(_ area: Rect, into buffer: inout Buffer) {
        guard let client = root.model.client(clientId) else {
            buffer.put(" " + appText("dossier.unknown_client", clientId), x: area.x, y: area.y, maxWidth: area.width - 1, style: Style(.error))
            return
        }
        let separator = " " + root.glyphs.separator + " "
        var first: [(String, Style)] = [(" " + client.fullName, Style(.accent, .bold))]
        if let birth = client.birthDate { first.append((separator + appText("dossier.header.age", birth.age(on: root.model.today)), Style(.text))) }
        first.append((separator + bsnText(client), Style(bsnSecondsLeft == nil ? .text : .warning, bsnSecondsLeft == nil ? [] : .bold)))
        first.append((separator + client.id, Style(.muted)))
        put(first, y: area.y, area: area, into: &buffer)

        // The rung before the client group: the group follows from the rung and is left out,
        // rather than cut, when the line is too narrow for it.
        let rung = client.ladderPosition.current
        var second: [(String, Style)] = [(" " + appText("dossier.header.coach", root.model.displayName(of: client.coach)), Style(.text))]
        if let rung {
            second.append((separator + appText("dossier.header.rung", rung.rawValue, rung.label), Style(.rung(rung.rawValue), .bold)))
        } else {
            second.append((separator + appText("dossier.header.no_rung"), Style(.muted)))
        }
        let group = separator + (rung?.group ?? .unknown).label
        if second.map({ DisplayWidth.of($0.0) }).reduce(0, +) + DisplayWidth.of(group) <= area.width {
            second.append((group, Style(.text)))
        }
        put(second, y: area.y + 1, area: area, into: &buffer)
    }

    /// Puts the segments one after the other; one that does not fit is cut with "…".
    private func put(_ segments: [(String, Style)], y: Int, area: Rect, into buffer: inout Buffer) {
        var x = area.x
        for (text, style) in segments where x < area.maxX - 1 {
            let shown = DisplayWidth.truncate(text, to: area.maxX - 1 - x, ellipsis: root.glyphs.ellipsis)
            x = buffer.put(shown, x: x, y: y, maxWidth: area.maxX - x, style: style)
        }
    }

    var cursorPosition: (x: Int, y: Int)? { active.cursorPosition }
}

/// The dossier's own commands. The first five act from every tab: each switches to its tab
/// and opens the tab's form there.
enum DossierCommand: ScreenCommand {
    case note, rung, expectedRung, instrument, action, nextTab, previousTab, revealBSN, redo
    /// `1`…`7`: the tab with that number.
    case tab(Int)

    static let scope = "dossier"

    static let allCases: [DossierCommand] = [
        .note, .rung, .expectedRung, .instrument, .action, .nextTab, .previousTab, .revealBSN, .redo,
    ] + (1...DossierTabs.count).map(DossierCommand.tab)

    var action: String {
        switch self {
        case .note: "note"
        case .rung: "rung"
        case .expectedRung: "expectedRung"
        case .instrument: "instrument"
        case .action: "action"
        case .nextTab: "nextTab"
        case .previousTab: "previousTab"
        case .revealBSN: "revealBSN"
        case .redo: "redo"
        case .tab(let n): "tab\(n)"
        }
    }

    var defaultKeys: [Key] {
        switch self {
        case .note: [.char("n")]
        case .rung: [.char("r")]
        case .expectedRung: [.char("v")]
        case .instrument: [.char("i")]
        case .action: [.char("a")]
        case .nextTab: [.tab, .right]
        case .previousTab: [.backTab, .left]
        case .revealBSN: [.char("b")]
        case .redo: [.char("U")]
        case .tab(let n): [.char(Character("\(n)"))]
        }
    }
}
