import TerminalUI

/// Multi-line text input for forms (the toolkit's `TextField` is one line). Lines wrap at the
/// field's width between words; Enter inserts a line
/// break; arrows move (Up/Down by screen row), Home/End go to the start/end of the row,
/// Backspace/Delete remove. The view scrolls to keep the cursor visible.
final class TextArea: FormControl {
    var isFocused = false
    var isDirty = false
    var glyphs: Glyphs
    /// Rows the control asks for in a form.
    var lines: Int
    private(set) var cursor = 0
    private var storage: [Character]
    private var firstRow = 0
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    init(text: String = "", lines: Int = 5, glyphs: Glyphs = .unicode) {
        storage = Array(text)
        self.lines = max(1, lines)
        self.glyphs = glyphs
        cursor = storage.count
    }

    var text: String {
        get { String(storage) }
        set { storage = Array(newValue); cursor = storage.count }
    }

    var isEmpty: Bool { storage.allSatisfy { $0.isWhitespace } }
    var preferredHeight: Int { lines }
    func validationMessage() -> String? { nil }

    // MARK: Layout

    /// Start index of every screen row at `width`: a row ends at a line break, or when full
    /// after its last space (a word longer than the row is broken).
    private func rowStarts(width: Int) -> [Int] {
        var starts = [0]
        var used = 0
        var lastSpace: Int?
        for (index, character) in storage.enumerated() {
            if character == "\n" {
                starts.append(index + 1)
                used = 0
                lastSpace = nil
                continue
            }
            let w = DisplayWidth.of(character)
            if used + w > width {
                let start = lastSpace.map { $0 + 1 } ?? index
                starts.append(start)
                used = storage[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
            }
            if character == " " { lastSpace = index }
            used += w
        }
        return starts
    }

    /// Row of `index` and its column (display width from the row start).
    private func position(of index: Int, starts: [Int]) -> (row: Int, column: Int) {
        let row = (starts.lastIndex { $0 <= index }) ?? 0
        let column = storage[starts[row]..<index].reduce(0) { $0 + ($1 == "\n" ? 0 : DisplayWidth.of($1)) }
        return (row, column)
    }

    /// Index past the last character of `row` (before its line break).
    private func rowEnd(_ row: Int, starts: [Int]) -> Int {
        let next = row + 1 < starts.count ? starts[row + 1] : storage.count
        return next > starts[row] && next - 1 < storage.count && storage[next - 1] == "\n" ? next - 1 : next
    }

    /// The index in `row` nearest to display column `column`.
    private func index(inRow row: Int, column: Int, starts: [Int]) -> Int {
        var index = starts[row], used = 0
        let end = rowEnd(row, starts: starts)
        while index < end {
            let w = DisplayWidth.of(storage[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        return index
    }

    private var width: Int { max(1, lastArea.width - 1) }

    // MARK: Editing

    private func edit(_ change: () -> Void) {
        change()
        isDirty = true
    }

    func handle(_ event: Event) -> Bool {
        guard case .key(let key) = event else {
            if case .mouse(let mouse) = event, lastArea.contains(x: mouse.x, y: mouse.y) { return true }
            return false
        }
        let starts = rowStarts(width: width)
        let here = position(of: cursor, starts: starts)
        switch key {
        case .char(let character): edit { storage.insert(character, at: cursor); cursor += 1 }
        case .enter: edit { storage.insert("\n", at: cursor); cursor += 1 }
        case .backspace:
            guard cursor > 0 else { return true }
            edit { storage.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            guard cursor < storage.count else { return true }
            edit { storage.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(storage.count, cursor + 1)
        case .up:
            guard here.row > 0 else { return false }
            cursor = index(inRow: here.row - 1, column: here.column, starts: starts)
        case .down:
            guard here.row + 1 < starts.count else { return false }
            cursor = index(inRow: here.row + 1, column: here.column, starts: starts)
        case .home, .ctrl("a"): cursor = starts[here.row]
        case .end, .ctrl("e"): cursor = rowEnd(here.row, starts: starts)
        default: return false
        }
        return true
    }

    // MARK: Drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard !area.isEmpty else { return }
        let starts = rowStarts(width: width)
        let cursorRow = position(of: cursor, starts: starts).row
        if cursorRow < firstRow { firstRow = cursorRow }
        if cursorRow >= firstRow + area.height { firstRow = cursorRow - area.height + 1 }
        let style = Style(isFocused ? .accent : .text, .underline)
        buffer.fill(Rect(x: area.x, y: area.y, width: width, height: area.height), with: Cell(" ", style: style))
        for line in 0..<area.height {
            let row = firstRow + line
            guard row < starts.count else { break }
            let text = String(storage[starts[row]..<rowEnd(row, starts: starts)])
            buffer.put(text, x: area.x, y: area.y + line, maxWidth: width, style: style)
        }
        let more = starts.count > firstRow + area.height
        buffer.put(firstRow > 0 ? glyphs.sortAscending : " ", x: area.maxX - 1, y: area.y, style: Style(.muted))
        buffer.put(more ? glyphs.sortDescending : " ", x: area.maxX - 1, y: area.maxY - 1, style: Style(.muted))
    }

    var cursorPosition: (x: Int, y: Int)? {
        guard isFocused, !lastArea.isEmpty else { return nil }
        let here = position(of: cursor, starts: rowStarts(width: width))
        return (lastArea.x + min(here.column, width - 1), lastArea.y + here.row - firstRow)
    }
}
