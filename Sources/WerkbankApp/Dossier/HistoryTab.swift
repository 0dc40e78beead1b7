import TerminalUI
import WerkbankCore

/// Historie: every journaled change about the client (from the audit log, so compaction loses
/// nothing), newest first: when (dd-mm-jjjj hh:mm), who (display name), what (the journaled
/// changes in the reader's language, field by field `oud → nieuw`; older edits their summary).
/// The selected edit's changes are shown one per line, wrapped, under the list.
final class HistoryTab: DossierTab {
    let title = appText("dossier.tab.history")
    let scope = "dossier-historie"
    private let context: DossierContext
    private(set) var entries: [HistoryEntry] = []
    private var loadError: String?
    let table: Table

    init(context: DossierContext) {
        self.context = context
        table = Table(columns: [
            TableColumn(appText("dossier.history.when"), width: .fixed(16), sortable: false),
            TableColumn(appText("dossier.history.who"), width: .fixed(18), sortable: false),
            TableColumn(appText("dossier.history.what"), width: .flex(1), sortable: false),
        ], count: 0, glyphs: context.glyphs) { _ in [] }
        reload()
    }

    func reload() {
        do {
            entries = try context.model.store.history(of: context.clientId).reversed()
            loadError = nil
        } catch {
            entries = []
            loadError = (error as? WerkbankError)?.message ?? String(describing: error)
        }
        table.reload(count: entries.count) { [unowned self] row in
            let entry = self.entries[row]
            return [HistoryTab.when(entry.at), self.context.displayName(of: entry.user),
                    ChangeText.describe(entry, data: self.context.model.data)]
        }
    }

    var statusHint: String { appText("dossier.history.count", entries.count) }

    /// "2026-11-23T14:05:09+01:00" → "23-11-2026 14:05" (the time as recorded, in its own zone).
    static func when(_ timestamp: String) -> String {
        let characters = Array(timestamp)
        guard characters.count >= 16, let day = Day(parsing: String(characters[0..<10])) else { return timestamp }
        return day.dutch + " " + String(characters[11..<16])
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        if let loadError {
            buffer.put(" " + appText("dossier.history.unreadable", loadError), x: area.x, y: area.y + 1, maxWidth: area.width - 1, style: Style(.error))
            return
        }
        guard !entries.isEmpty else {
            table.render(area.row(0), into: &buffer)
            buffer.put(" " + appText("dossier.history.empty"), x: area.x, y: area.y + 2, maxWidth: area.width - 1, style: Style(.muted))
            return
        }
        let detailHeight = area.height >= 10 ? min(6, area.height / 3) : 0
        let parts = area.rows([.fill, .length(detailHeight)])
        table.render(parts[0], into: &buffer)
        guard detailHeight > 0, let row = table.selectedRow else { return }
        let detail = parts[1]
        buffer.put(String(repeating: context.glyphs.isASCII ? "-" : "─", count: detail.width), x: detail.x, y: detail.y, style: Style(.border))
        let lines = ChangeText.lines(entries[row], data: context.model.data).flatMap { TextWrap.lines($0, width: detail.width - 2) }
        for (index, line) in lines.prefix(detail.height - 1).enumerated() {
            buffer.put(" " + line, x: detail.x, y: detail.y + 1 + index, maxWidth: detail.width - 1, style: Style(.text))
        }
    }
}
