import TerminalUI

/// The incremental search of a list (`/`), shared by the caseload and the vacancies: while it is
/// active typed keys edit the query, Up/Down/PgUp/PgDn still move the list, Enter keeps the
/// query and returns to the list, Esc clears it. The owner sets `field.onChange` (every edit).
final class SearchLine {
    let field: TextField
    private(set) var isActive = false

    init(glyphs: Glyphs, placeholder: String) {
        field = TextField(glyphs: glyphs)
        field.placeholder = placeholder
    }

    var text: String { field.text }

    func start() {
        isActive = true
        field.isFocused = true
    }

    /// Leaves the search; with `clear` the query is emptied. Returns whether text was cleared
    /// (the owner then queries again).
    @discardableResult
    func end(clear: Bool) -> Bool {
        isActive = false
        field.isFocused = false
        guard clear, !field.isEmpty else { return false }
        field.text = ""
        return true
    }

    /// A key while the search is active; `list` gets the moving keys. Returns whether the search
    /// was cleared by Esc (the owner then queries again).
    func handle(_ key: Key, list: Table) -> (handled: Bool, cleared: Bool) {
        switch key {
        case .enter: end(clear: false)
        case .escape: return (true, end(clear: true))
        case .up, .down, .pageUp, .pageDown: _ = list.handle(.key(key))
        default: return (field.handle(.key(key)), false)
        }
        return (true, false)
    }

    /// "/ zoek: [field]" or "/ zoeken" at `x` on `row`; returns the column after it.
    func render(row: Rect, x: Int, into buffer: inout Buffer) -> Int {
        guard isActive || !field.isEmpty else {
            return buffer.put(appText("caseload.search_hint"), x: x, y: row.y, style: Style(.muted)) + 2
        }
        let labelEnd = buffer.put("/ " + appText("caseload.search_label"), x: x, y: row.y, style: Style(.accent, .bold))
        let width = max(12, min(36, row.width / 3))
        field.render(Rect(x: labelEnd, y: row.y, width: width, height: 1), into: &buffer)
        return labelEnd + width + 2
    }

    var cursorPosition: (x: Int, y: Int)? { isActive ? field.cursorPosition : nil }
}
