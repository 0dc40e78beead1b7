import TerminalUI
import WerkbankCore

/// "Waarom open je dit dossier?": a short list of reasons (↑/↓) and a free text; Enter opens the
/// dossier (the text is required for "anders"), Esc does not open it. Shown when the view
/// policy asks for a reason (a dossier outside one's own caseload).
final class AccessReasonDialog: View {
    let reasons = AccessReason.allCases
    let list: ListView
    let field: TextField
    var onConfirm: (AccessReason, String) -> Void = { _, _ in }
    var onCancel: () -> Void = {}
    private let clientName: String
    private let glyphs: Glyphs

    init(clientName: String, glyphs: Glyphs) {
        self.clientName = clientName
        self.glyphs = glyphs
        list = ListView(items: reasons.map(\.label), glyphs: glyphs)
        field = TextField(glyphs: glyphs)
        field.maxLength = 200
        field.isFocused = true
    }

    func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.escape):
            onCancel()
        case .key(.enter):
            let reason = reasons[list.selectedIndex ?? 0]
            if reason.needsText && field.text.trimmingCharacters(in: .whitespaces).isEmpty {
                field.setError(appText("access.reason_text_needed"))
            } else {
                onConfirm(reason, field.text)
            }
        case .key(.up), .key(.down), .key(.home), .key(.end), .key(.pageUp), .key(.pageDown), .mouse:
            _ = list.handle(event)
        default:
            _ = field.handle(event)
        }
        return true
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let width = min(area.width - 4, 64)
        // Intro, error and hint wrap: who the client is, why a reason is asked and what is
        // wrong must never be cut.
        let wrap = { (text: String) in TextWrap.lines(text, width: max(1, width - 4)) }
        let intro = wrap(appText("access.reason_intro", clientName))
        let error = field.error.map(wrap) ?? []
        let hint = wrap(appText("access.reason_hint"))
        let height = min(area.height - 2, reasons.count + intro.count + 4 + max(1, error.count) + hint.count)
        let frame = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2), width: width, height: height)
        let inner = BorderBox(title: appText("access.reason_title"), glyphs: glyphs).render(frame, into: &buffer)
        for (index, line) in intro.enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 2, style: Style(.text))
        }
        let listY = inner.y + intro.count
        list.render(Rect(x: inner.x + 1, y: listY, width: inner.width - 2, height: reasons.count), into: &buffer)
        let y = listY + reasons.count + 1
        let x = buffer.put(appText("access.reason_text") + " ", x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: Style(.text))
        field.render(Rect(x: x, y: y, width: max(1, inner.maxX - x - 1), height: 1), into: &buffer)
        for (index, line) in error.enumerated() where y + 1 + index < inner.maxY - hint.count {
            buffer.put(line, x: inner.x + 1, y: y + 1 + index, maxWidth: inner.width - 2, style: Style(.error))
        }
        for (index, line) in hint.enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.maxY - hint.count + index, maxWidth: inner.width - 2, style: Style(.muted))
        }
    }

    var cursorPosition: (x: Int, y: Int)? { field.cursorPosition }
}
