import TerminalUI
import WerkbankCore

/// The Instrumenten tab's commands; `pick` comes from the dossier's `i` on any tab.
enum InstrumentsTabCommand: String, ScreenCommand {
    case deploy, end, switchList, pick

    static let scope = "dossier-instruments"

    var defaultKeys: [Key] {
        switch self {
        case .deploy: [.enter]
        case .end: [.char("x")]
        case .switchList: [.char("w")]
        case .pick: []
        }
    }

    var isListed: Bool { self != .pick }
}

/// The instrumentenkoffer's (F6) commands.
enum InstrumentsCommand: String, ScreenCommand {
    case toggleExpiring, open

    static let scope = "instruments"

    var defaultKeys: [Key] {
        switch self {
        case .toggleExpiring: [.char("l")]
        case .open: [.enter]
        }
    }
}

/// The dossier's Instrumenten tab: the client's deployments (active and planned first, ended
/// and cancelled muted) above the koffer with ✓/✗ and reasons. `i` (from any tab) puts the
/// cursor in the koffer to pick an instrument by typing its name (type-to-jump); Enter deploys
/// the selected instrument — refused with the reason when the client is not eligible — `x`
/// ends or cancels the selected deployment, `w` moves the cursor between the two lists.
final class InstrumentsTab: CommandTab {
    private unowned let root: RootView
    let clientId: String
    private(set) var deployments: [(deployment: InstrumentDeployment, state: InstrumentText.State)] = []
    private let deploymentTable: Table
    let catalogue: InstrumentCatalogueView
    private var deploymentArea = Rect(x: 0, y: 0, width: 0, height: 0)
    /// True while typed letters pick an instrument in the koffer (after `i`).
    private(set) var isPicking = false

    init(root: RootView, clientId: String) {
        self.root = root
        self.clientId = clientId
        deploymentTable = Table(columns: [
            TableColumn(appText("koffer.column.instrument"), width: .flex(3), sortable: false),
            TableColumn(appText("koffer.column.start"), width: .fixed(10), sortable: false),
            TableColumn(appText("koffer.column.end"), width: .fixed(10), sortable: false),
            TableColumn(appText("koffer.column.hours"), width: .fixed(8), alignment: .right, sortable: false),
            TableColumn(appText("koffer.column.amount"), width: .fixed(9), alignment: .right, sortable: false),
            TableColumn(appText("koffer.column.employer"), width: .flex(2), sortable: false),
            TableColumn(appText("koffer.column.state"), width: .fixed(11), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        catalogue = InstrumentCatalogueView(glyphs: root.glyphs)
        deploymentTable.isFocused = false
        deploymentTable.cellStyle = { [unowned self] row, _ in
            guard self.deployments.indices.contains(row) else { return nil }
            return self.deployments[row].state.isOver ? Style(.muted) : nil
        }
        reload()
    }

    var title: String { appText("koffer.tab") }
    var capturesText: Bool { isPicking }
    var statusHint: String { isPicking ? appText("koffer.picking") : "" }

    func reload() {
        let model = root.model
        let client = model.client(clientId)
        deployments = (client?.deployments ?? [])
            .map { ($0, InstrumentText.State($0, today: model.today)) }
            .sorted { ($0.state, $1.deployment.start, $0.deployment.id) < ($1.state, $0.deployment.start, $1.deployment.id) }
        deploymentTable.reload(count: deployments.count) { [unowned self] row in self.cells(self.deployments[row]) }
        catalogue.load(catalogue: model.data.instruments, client: client, today: model.today)
    }

    private func cells(_ item: (deployment: InstrumentDeployment, state: InstrumentText.State)) -> [String] {
        let deployment = item.deployment
        let data = root.model.data
        return [data.instruments[deployment.instrumentId]?.name ?? deployment.instrumentId, deployment.start.dutch,
                deployment.end?.dutch ?? "—", deployment.hoursPerMonth.map(DutchDecimal.text) ?? "",
                deployment.amount.map { "€ " + DutchDecimal.text($0) } ?? "",
                deployment.employerId.flatMap { data.employers[$0]?.name } ?? "", item.state.label]
    }

    // MARK: commands

    func perform(_ command: InstrumentsTabCommand) {
        switch command {
        case .pick: startPicking()
        case .deploy:
            if catalogue.table.isFocused { deploySelected() }
        case .end: endSelected()
        case .switchList:
            isPicking = false
            deploymentTable.isFocused.toggle()
            catalogue.table.isFocused = !deploymentTable.isFocused
        }
    }

    /// Focuses the koffer, where typed letters now jump to an instrument.
    private func startPicking() {
        deploymentTable.isFocused = false
        catalogue.table.isFocused = true
        catalogue.jump.reset()
        isPicking = true
    }

    /// Keys while picking: letters jump, Enter deploys, Esc stops; the rest moves the cursor.
    private func handlePicking(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            catalogue.type(character)
        case .backspace:
            catalogue.jump.deleteBackward()
        case .enter:
            isPicking = false
            deploySelected()
        case .escape:
            isPicking = false
        case .function:
            return false
        default:
            catalogue.jump.reset()
            return catalogue.handle(.key(key))
        }
        return true
    }

    /// Opens the deploy form for the catalogue's selection, or says on the status line why not.
    func deploySelected() {
        let model = root.model
        guard let client = model.client(clientId), let entry = catalogue.selected else { return }
        let eligibility = InstrumentEligibility.evaluate(entry.instrument, for: client, on: model.today)
        guard eligibility.isEligible else {
            model.status = StatusMessage(appText("koffer.refused", entry.instrument.name, eligibility.messages.joined(separator: "; ")),
                                         severity: .error)
            return
        }
        model.status = nil
        root.presentForm(DeploymentEdit.form(entry.instrument, client: client, model: model, glyphs: root.glyphs))
    }

    private func endSelected() {
        let model = root.model
        guard let client = model.client(clientId), let row = deploymentTable.selectedRow, deployments.indices.contains(row) else {
            model.status = StatusMessage(appText("koffer.nothing_to_end"), severity: .warning)
            return
        }
        let item = deployments[row]
        guard !item.state.isOver else {
            model.status = StatusMessage(appText("koffer.already_over", item.state.label), severity: .warning)
            return
        }
        model.status = nil
        root.presentForm(DeploymentEndEdit.form(item.deployment, client: client, model: model, glyphs: root.glyphs))
    }

    // MARK: events and drawing

    func handle(_ event: Event) -> Bool {
        if isPicking, case .key(let key) = event { return handlePicking(key) }
        if case .mouse(let mouse) = event {
            let inDeployments = deploymentArea.contains(x: mouse.x, y: mouse.y)
            if mouse.button == .left {
                deploymentTable.isFocused = inDeployments
                catalogue.table.isFocused = !inDeployments
            }
            return inDeployments ? deploymentTable.handle(event) : catalogue.handle(event)
        }
        return deploymentTable.isFocused ? deploymentTable.handle(event) : catalogue.handle(event)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard area.height >= 8 else { return }
        let listHeight = min(max(deployments.count, 1), max(2, area.height / 3))
        let parts = area.inset(horizontal: 1).rows([.length(1), .length(listHeight + 1), .length(1), .fill, .length(1)])
        let active = deployments.filter { !$0.state.isOver }.count
        buffer.put(appText("koffer.deployments", active, deployments.count), x: parts[0].x, y: parts[0].y,
                   maxWidth: parts[0].width, style: Style(.header, .bold))
        deploymentArea = parts[1]
        if deployments.isEmpty {
            buffer.put(appText("koffer.no_deployments"), x: parts[1].x, y: parts[1].y, maxWidth: parts[1].width, style: Style(.muted))
        } else {
            deploymentTable.render(parts[1], into: &buffer)
        }
        let heading = appText("koffer.catalogue") + (catalogue.eligibleSummary.map { " · " + $0 } ?? "")
        buffer.put(heading, x: parts[2].x, y: parts[2].y, maxWidth: parts[2].width, style: Style(.header, .bold))
        catalogue.render(parts[3], into: &buffer)
        buffer.put(appText("koffer.tab.hint"), x: parts[4].x, y: parts[4].y, maxWidth: parts[4].width, style: Style(.muted))
    }
}
