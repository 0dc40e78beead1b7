import Foundation
import TerminalUI

/// A small framed field over the screen ("Exporteren naar", "Periode"): Enter hands the text
/// to `onSubmit`, which returns an error message to show under the field (the prompt stays)
/// or nil (the owner dismisses it); Esc cancels.
final class DashboardPrompt: View {
    let title: String
    let label: String
    let hint: String
    let field: TextField
    var onSubmit: (String) -> String? = { _ in nil }
    var onCancel: () -> Void = {}
    private let glyphs: Glyphs

    init(title: String, label: String, text: String, hint: String, glyphs: Glyphs) {
        self.title = title
        self.label = label
        self.hint = hint
        self.glyphs = glyphs
        field = TextField(text: text, glyphs: glyphs)
        field.isFocused = true
    }

    func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.escape):
            onCancel()
        case .key(.enter):
            field.setError(onSubmit(field.text))
        default:
            return field.handle(event)
        }
        return true
    }

    func frame(in area: Rect) -> Rect {
        let width = min(area.width - 4, max(60, DisplayWidth.of(field.text) + DisplayWidth.of(label) + 6))
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - 6) / 2), width: width, height: 6)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let inner = BorderBox(title: title, glyphs: glyphs).render(frame(in: area), into: &buffer)
        let x = buffer.put(label + " ", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: Style(.text))
        field.render(Rect(x: x, y: inner.y, width: max(1, inner.maxX - x - 1), height: 1), into: &buffer)
        if let error = field.error {
            // The message may be long (a path and the system's reason): two lines under the field.
            let width = max(1, inner.width - 2)
            let first = DisplayWidth.truncate(error, to: width, ellipsis: "")
            buffer.put(first, x: inner.x + 1, y: inner.y + 1, style: Style(.error))
            let rest = String(error.dropFirst(first.count)).trimmingCharacters(in: .whitespaces)
            buffer.put(DisplayWidth.truncate(rest, to: width, ellipsis: glyphs.ellipsis), x: inner.x + 1, y: inner.y + 2, style: Style(.error))
        }
        buffer.put(hint, x: inner.x + 1, y: inner.y + 3, maxWidth: inner.width - 2, style: Style(.muted))
    }

    var cursorPosition: (x: Int, y: Int)? { field.cursorPosition }
}

/// A framed list over the screen to pick one line from (the coach filter); Enter picks, Esc
/// cancels.
final class DashboardPicker: View {
    let title: String
    let list: ListView
    var onPick: (Int) -> Void = { _ in }
    var onCancel: () -> Void = {}
    private let glyphs: Glyphs

    init(title: String, items: [String], selected: Int, glyphs: Glyphs) {
        self.title = title
        self.glyphs = glyphs
        list = ListView(items: items, glyphs: glyphs)
        list.select(selected)
        list.onActivate = { [unowned self] index in self.onPick(index) }
    }

    func handle(_ event: Event) -> Bool {
        if case .key(.escape) = event { onCancel(); return true }
        _ = list.handle(event)
        return true
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let width = min(area.width - 4, max(40, (list.items.map(DisplayWidth.of).max() ?? 0) + 6))
        let height = min(area.height - 2, list.items.count + 2)
        let frame = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2), width: width, height: height)
        let inner = BorderBox(title: title, glyphs: glyphs).render(frame, into: &buffer)
        list.render(Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), into: &buffer)
    }
}
