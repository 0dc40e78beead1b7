import TerminalUI
import WerkbankCore

/// The whole terminal: header line, the current screen, status line and function-key bar, with
/// overlays (help, command palette, confirmation) on top. Routes every event.
final class RootView: View {
    let model: AppModel
    let keyMap: KeyMap
    let glyphs: Glyphs
    /// Makes the screen for a destination; nil when that area is not available for this user.
    /// Makes the screen for a destination.
    var makeScreen: (Destination, RootView) -> Screen
    /// Ends the program (the application's quit).
    var onQuit: () -> Void = {}
    /// The open screens, bottom first; each remembers the destination it was opened for.
    private var entries: [(screen: Screen, destination: Destination?)] = []
    var stack: [Screen] { entries.map(\.screen) }
    private(set) var overlay: View?
    private let functionBar: FunctionBar

    init(model: AppModel, keyMap: KeyMap, glyphs: Glyphs = .unicode, makeScreen: @escaping (Destination, RootView) -> Screen) {
        self.model = model
        self.keyMap = keyMap
        self.glyphs = glyphs
        self.makeScreen = makeScreen
        self.functionBar = FunctionBar(items: RootView.functionItems(keyMap))
        functionBar.onKey = { [unowned self] key in _ = self.handle(.key(key)) }
        model.onConflict = { [unowned self] conflict in self.showConflict(conflict) }
        model.statusLog.currentPlace = { [unowned self] in
            StatusLog.Place(screen: self.top.map(ObjectIdentifier.init), clientId: (self.top as? DossierScreen)?.clientId)
        }
        model.statusLog.clientName = { [unowned model] id in model.client(id)?.listName }
    }

    var top: Screen? { entries.last?.screen }

    // MARK: navigation

    /// Makes `screen` the only screen (a new home).
    func show(_ screen: Screen) {
        entries = [(screen, nil)]
        screen.willAppear()
    }

    /// Clears the stack and opens the user's home screen.
    func goHome() {
        entries = []
        go(to: homeDestination)
    }

    func push(_ screen: Screen) {
        entries.append((screen, nil))
        screen.willAppear()
    }

    /// Leaves the top screen (asking first when it holds unsaved input).
    func pop() {
        guard entries.count > 1, let screen = top else { return }
        confirmLeaving(screen) { [unowned self] in
            self.entries.removeLast()
            self.top?.willAppear()
        }
    }

    /// Goes to a destination: an open screen for it is brought back to the top (the screens
    /// above it close), else a new one is opened; then `command` runs there. Returns whether the
    /// command was carried out (true without a command).
    @discardableResult
    func go(to destination: Destination, then command: (any ScreenCommand)? = nil) -> Bool {
        if let existing = entries.lastIndex(where: { $0.destination == destination }) {
            entries.removeSubrange((existing + 1)...)
            entries[existing].screen.willAppear()
        } else {
            let screen = makeScreen(destination, self)
            entries.append((screen, destination))
            screen.willAppear()
        }
        guard let command else { return true }
        return top?.perform(command.name) ?? false
    }

    // MARK: overlays

    func present(_ view: View) { overlay = view }
    func dismissOverlay() { overlay = nil }
    var hasOverlay: Bool { overlay != nil }
    var overlayView: View? { overlay }

    /// Asks a yes/no question in a dialog ("[J]a / [N]ee"); `onYes` runs only on yes. Enter
    /// takes the default: yes for a question that carries on (`defaultYes`, "Concept
    /// hervatten?"), no for one that throws something away; Esc is no.
    /// `onNo` runs after no.
    func confirm(title: String, message: String, defaultYes: Bool = false, onYes: @escaping () -> Void,
                 onNo: @escaping () -> Void = {}) {
        let dialog = Dialog(title: title, message: message, buttons: [appText("shell.yes"), appText("shell.no")],
                            defaultButton: defaultYes ? 0 : 1, glyphs: glyphs)
        dialog.onAnswer = { [unowned self] answer in
            self.dismissOverlay()
            if answer == 0 { onYes() } else { onNo() }
        }
        present(dialog)
    }

    private func confirmLeaving(_ screen: Screen, then action: @escaping () -> Void) {
        if screen.hasUnsavedChanges {
            confirm(title: appText("shell.discard_title"), message: appText("shell.discard_dirty"), onYes: action)
        } else {
            action()
        }
    }

    func showHelp() {
        var sections: [HelpSection] = []
        for scope in top?.scopes ?? [] {
            let own = keyMap.bindings(for: scope).filter { $0.command.scope == scope }
            if !own.isEmpty { sections.append(HelpSection(title: appText(RootView.titleKey(scope)), entries: RootView.helpEntries(own))) }
        }
        sections.append(HelpSection(title: appText("shell.help_global"),
                                    entries: RootView.helpEntries(keyMap.bindings(for: KeyMap.globalScope))))
        let help = HelpOverlay(title: appText("shell.help_title"), sections: sections, glyphs: glyphs)
        help.onClose = { [unowned self] in self.dismissOverlay() }
        present(help)
    }

    func showPalette() {
        let scopes = (top?.scopes ?? []) + [KeyMap.globalScope]
        let commands = keyMap.commands.filter { scopes.contains($0.scope) }
        let entries = commands.map { command -> PaletteEntry in
            let keys = keyMap.keys(for: command.name, in: command.scope).map(\.displayName).joined(separator: " ")
            return PaletteEntry(appText(command.helpKey), description: keys)
        }
        let palette = CommandPalette(entries: entries, title: appText("shell.palette_title"), glyphs: glyphs)
        palette.onPick = { [unowned self] index in
            self.dismissOverlay()
            self.run(commands[index].name)
        }
        palette.onCancel = { [unowned self] in self.dismissOverlay() }
        present(palette)
    }

    /// String-table key of a scope's section title in the help overlay (not the global one's).
    static func titleKey(_ scope: String) -> String { "scope." + scope }

    static func helpEntries(_ bindings: [(key: Key, command: Command)]) -> [HelpEntry] {
        var order: [String] = []
        var keys: [String: [String]] = [:]
        for binding in bindings {
            if keys[binding.command.name] == nil { order.append(binding.command.name) }
            keys[binding.command.name, default: []].append(binding.key.displayName)
        }
        let byName = Dictionary(bindings.map { ($0.command.name, $0.command) }, uniquingKeysWith: { a, _ in a })
        return order.map { HelpEntry(keys: keys[$0]!.joined(separator: " "), description: appText(byName[$0]!.helpKey)) }
    }

    static func functionItems(_ keyMap: KeyMap) -> [FunctionKeyItem] {
        keyMap.bindings(for: KeyMap.globalScope).compactMap { binding in
            guard case .function(let n) = binding.key, let label = binding.command.labelKey else { return nil }
            return FunctionKeyItem("F\(n)", appText(label), key: binding.key)
        }
    }

    // MARK: events

    /// Routes the event; then a status message given on another screen or for another client
    /// is cleared (see `StatusLog`).
    func handle(_ event: Event) -> Bool {
        let messagesBefore = model.statusLog.serial
        let handled = route(event)
        if model.statusLog.settle(messagesBefore: messagesBefore) { model.status = nil }
        return handled
    }

    private func route(_ event: Event) -> Bool {
        if case .tick = event { followOthers() }
        if let overlay {
            _ = overlay.handle(event)
            return true
        }
        switch event {
        case .key(let key):
            return handleKey(key, event: event)
        case .mouse(let mouse):
            if mouse.y == lastArea.maxY - 1 { return top?.isModal == true || functionBar.handle(event) }
            return top?.handle(event) ?? false
        case .resize, .tick:
            return top?.handle(event) ?? false
        }
    }

    private func handleKey(_ key: Key, event: Event) -> Bool {
        if let screen = top, screen.capturesText, screen.handle(event) { return true }
        if let command = command(for: key) {
            run(command.name)
            return true
        }
        return top?.handle(event) ?? false
    }

    /// The command `key` runs on the top screen: its scopes in order, then the global scope
    /// (of which a modal screen allows only quitting).
    func command(for key: Key) -> Command? {
        for scope in top?.scopes ?? [] {
            if let command = keyMap.ownCommand(for: key, in: scope) { return command }
        }
        let global = keyMap.command(for: key, in: KeyMap.globalScope)
        if top?.isModal == true && global?.name != GlobalCommand.quit.name { return nil }
        return global
    }

    /// Runs a command by name (from the key map or the palette): the top screen first, then
    /// the shell's own global commands. False when nothing knows the name.
    @discardableResult
    func run(_ name: String) -> Bool {
        if let screen = top, screen.perform(name) { return true }
        guard let command = GlobalCommand(name: name) else { return false }
        run(command)
        return true
    }

    /// Runs a global command in the shell (the top screen is not asked).
    func run(_ command: GlobalCommand) {
        switch command {
        case .help: showHelp()
        case .palette: showPalette()
        case .quit: requestQuit()
        case .back: pop()
        case .undo, .redo:
            let client = (top as? DossierScreen)?.clientId
            if command == .undo { model.undo(client: client) } else { model.redo(client: client) }
            top?.willAppear()
        case .caseload: go(to: .caseload)
        case .search: go(to: .caseload, then: CaseloadCommand.search)
        case .filter: go(to: .caseload, then: CaseloadCommand.filter)
        case .intake: go(to: .intake)
        case .ladder: go(to: .ladder)
        case .instruments: go(to: .instruments)
        case .vacancies: go(to: .vacancies)
        case .dashboard: go(to: .dashboard)
        case .today: go(to: .today)
        case .messages: push(MessageLogScreen(log: model.statusLog, glyphs: glyphs))
        }
    }

    func requestQuit() {
        if stack.contains(where: { $0.hasUnsavedChanges }) {
            confirm(title: appText("shell.quit_title"), message: appText("shell.quit_dirty"), onYes: { [unowned self] in self.onQuit() })
        } else {
            onQuit()
        }
    }

    // MARK: drawing

    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard area.height >= 4 else { return }
        buffer.fill(area, with: Cell(" ", style: Style(.background)))
        renderHeader(area.row(0), into: &buffer)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 3)
        top?.render(body, into: &buffer)
        StatusBar(left: " " + (top?.statusHint ?? ""), right: model.readOnlyReason.map { appText("shell.read_only", $0) + " " } ?? "",
                  message: model.statusLog.shown, glyphs: glyphs)
            .render(area.row(area.height - 2), into: &buffer)
        functionBar.items = functionBar.items.map { item in
            var item = item
            item.isEnabled = doesSomething(item.key)
            return item
        }
        functionBar.render(area.row(area.height - 1), into: &buffer)
        overlay?.render(area, into: &buffer)
    }

    /// Whether a function key does something on the top screen: on a modal screen only quitting
    /// does, and the key of the place you are on (F7 on the vacancies) does nothing. The bar
    /// greys the others.
    func doesSomething(_ key: Key) -> Bool {
        guard let command = command(for: key) else { return false }
        if let destination = entries.last?.destination, command.name == GlobalCommand(destination).name { return false }
        return true
    }

    private func renderHeader(_ row: Rect, into buffer: inout Buffer) {
        buffer.fill(row, with: Cell(" ", style: Style(.header)))
        let title = appText("shell.app") + (top.map { " · " + $0.title } ?? "")
        let right = model.todayText + "  " + model.user.name
        let rightWidth = DisplayWidth.of(right)
        buffer.put(" " + title, x: row.x, y: row.y, maxWidth: max(0, row.width - rightWidth - 2), style: Style(.header, .bold))
        buffer.put(right + " ", x: row.maxX - rightWidth - 1, y: row.y, style: Style(.header))
    }

    var cursorPosition: (x: Int, y: Int)? {
        if let overlay { return overlay.cursorPosition }
        return top?.cursorPosition
    }
}
