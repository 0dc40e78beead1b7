import TerminalUI
import WerkbankCore

/// F6, the instrumentenkoffer: the catalogue with details, judged (✓/✗ with reasons) for the
/// client being worked on (the open dossier's, else the caseload's selection), and the
/// "loopt af" list: deployments across the caseload ending within 30 days or past their legal
/// maximum. `l` switches between the two; Enter opens the dossier on its Instrumenten tab.
final class InstrumentCaseScreen: CommandScreen {
    private unowned let root: RootView
    let catalogue: InstrumentCatalogueView
    private let tabs: Tabs
    private let expiringTable: Table
    private(set) var expiring: [ExpiringDeployments.Item] = []
    private(set) var clientId: String?
    private var tabRow = 0

    init(root: RootView) {
        self.root = root
        catalogue = InstrumentCatalogueView(glyphs: root.glyphs)
        tabs = Tabs(titles: [appText("koffer.catalogue"), appText("koffer.expiring")], glyphs: root.glyphs)
        expiringTable = Table(columns: [
            TableColumn(appText("koffer.column.date"), width: .fixed(10), sortable: false),
            TableColumn(appText("koffer.column.client"), width: .flex(2), sortable: false),
            TableColumn(appText("koffer.column.instrument"), width: .flex(2), sortable: false),
            TableColumn(appText("koffer.column.reason"), width: .flex(3), sortable: false),
            TableColumn(appText("koffer.column.coach"), width: .flex(1), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        expiringTable.cellStyle = { [unowned self] row, column in
            guard column == 3, self.expiring.indices.contains(row) else { return nil }
            switch self.expiring[row].reason {
            case .pastMaximum: return Style(.error, .bold)
            case .endsSoon(let days): return days <= 7 ? Style(.warning, .bold) : nil
            }
        }
        willAppear()
    }

    var title: String { appText("koffer.title") }
    var showsExpiring: Bool { tabs.activeIndex == 1 }
    var statusHint: String { appText(showsExpiring ? "koffer.hint.expiring" : "koffer.hint.catalogue") }

    func willAppear() {
        let model = root.model
        clientId = root.focusedClientId
        catalogue.load(catalogue: model.data.instruments, client: clientId.flatMap(model.client), today: model.today)
        let scope = root.workingCaseloadQuery.scope
        if case .coach = scope { expiringTable.columns[4].width = .fixed(0) } else { expiringTable.columns[4].width = .flex(1) }
        let clients = model.data.clients.values.lazy.filter { client in
            if case .coach(let coach) = scope { return client.coach == coach }
            return true
        }
        expiring = ExpiringDeployments.items(clients: clients, instruments: model.data.instruments, today: model.today)
        tabs.titles = [appText("koffer.catalogue"), appText("koffer.expiring_count", expiring.count)]
        expiringTable.reload(count: expiring.count) { [unowned self] row in self.cells(self.expiring[row]) }
    }

    private func cells(_ item: ExpiringDeployments.Item) -> [String] {
        let coach = root.model.client(item.clientId)?.coach ?? ""
        return [item.date.dutch, item.clientName, item.instrumentName, item.reason.message,
                coach.isEmpty ? "" : root.model.displayName(of: coach)]
    }

    func perform(_ command: InstrumentsCommand) {
        switch command {
        case .toggleExpiring: tabs.activate(showsExpiring ? 0 : 1)
        case .open: openDossier()
        }
    }

    /// The dossier of the selected "loopt af" line, or of the client the catalogue is judged for.
    private func openDossier() {
        let target: String?
        if showsExpiring {
            target = expiringTable.selectedRow.flatMap { expiring.indices.contains($0) ? expiring[$0].clientId : nil }
        } else {
            target = clientId
        }
        guard let target else {
            root.model.status = StatusMessage(appText(showsExpiring ? "koffer.expiring.empty" : "koffer.no_client"), severity: .warning)
            return
        }
        root.openDossier(target, tabScope: "dossier-instruments")
    }

    func handle(_ event: Event) -> Bool {
        if case .mouse(let mouse) = event, mouse.y == tabRow { return tabs.handle(event) }
        return showsExpiring ? expiringTable.handle(event) : catalogue.handle(event)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard area.height >= 6 else { return }
        let parts = area.inset(horizontal: 1).rows([.length(1), .length(1), .fill])
        tabRow = parts[0].y
        tabs.render(parts[0], into: &buffer)
        buffer.put(clientLine, x: parts[1].x, y: parts[1].y, maxWidth: parts[1].width,
                   style: clientId == nil ? Style(.muted) : Style(.text, .bold))
        if showsExpiring {
            if expiring.isEmpty {
                buffer.put(appText("koffer.expiring.empty"), x: parts[2].x, y: parts[2].y + 1, maxWidth: parts[2].width, style: Style(.muted))
            } else {
                expiringTable.render(parts[2], into: &buffer)
            }
        } else {
            catalogue.render(parts[2], into: &buffer)
        }
    }

    /// "Klant: Jansen, A. (K0001) · trede 3 · 5 van 14 inzetbaar" or why there is no verdict.
    private var clientLine: String {
        if showsExpiring {
            return appText("koffer.expiring.explain", ExpiringDeployments.defaultWindowDays)
        }
        guard let id = clientId, let client = root.model.client(id) else { return appText("koffer.no_client") }
        let rung = client.ladderPosition.current.map { appText("koffer.client_rung", $0.rawValue) } ?? appText("koffer.client_no_rung")
        return appText("koffer.client", client.listName, client.id, rung, catalogue.eligibleSummary ?? "")
    }
}
