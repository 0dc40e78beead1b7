import TerminalUI

/// "Berichten" (palette): the last status messages of this session, newest first, each with
/// its time and the client it was about. Esc goes back.
final class MessageLogScreen: Screen {
    private let log: StatusLog
    private let list: ListView

    init(log: StatusLog, glyphs: Glyphs) {
        self.log = log
        list = ListView(items: [], glyphs: glyphs)
        willAppear()
    }

    var scope: String { "messages" }
    var title: String { appText("messages.title") }
    var statusHint: String { appText("messages.hint", log.entries.count, StatusLog.capacity) }

    func willAppear() {
        list.items = log.entries.reversed().map { $0.time + "  " + $0.shown.text }
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard !area.isEmpty else { return }
        if list.items.isEmpty {
            buffer.put(" " + appText("messages.empty"), x: area.x, y: area.y, maxWidth: area.width, style: Style(.muted))
            return
        }
        list.render(area, into: &buffer)
    }

    func handle(_ event: Event) -> Bool { list.handle(event) }
}
