/// A one-line text input. Editing: arrows, Home/End (Ctrl-A/Ctrl-E), word jumps Alt-b/Alt-f,
/// Backspace/Delete, Ctrl-U (to start), Ctrl-K (to end), Ctrl-W (word before the cursor).
/// With an `InputMask` separators appear by themselves and characters the slot refuses are
/// rejected. The text scrolls sideways when wider than the field. An error message (from
/// `validate()`) shows on the line below when the field is given two lines.
public final class TextField: FormControl {
    public var mask: InputMask? {
        didSet {
            let previous = oldValue.map { $0.format(storage, trailingLiterals: false) } ?? String(storage)
            setStorage(Array(previous))
        }
    }
    /// Checks a non-empty value; returns a message for the person, nil when fine.
    public var validator: ((String) -> String?)?
    /// Shown (muted) when empty and unmasked.
    public var placeholder: String = ""
    public var maxLength: Int?
    /// Message when a mask is only partly filled; the mask's placeholder is appended.
    public var incompleteMessage: String = "onvolledig"
    public var isFocused: Bool = false
    public var isDirty: Bool = false
    public var glyphs: Glyphs
    public var onChange: ((String) -> Void)?
    /// Enter; the field validates first.
    public var onSubmit: ((String) -> Void)?
    /// The message shown under the field; set by `validate()`, re-checked on every edit after.
    public private(set) var error: String?
    /// True when the last typed character was refused (the owner may beep).
    public private(set) var lastInputRejected = false
    /// Cursor index in the stored characters (the typed slots when masked).
    public private(set) var cursor: Int = 0
    /// Stored characters: the whole text, or only the typed slots when masked.
    private var storage: [Character] = []
    private var scrollColumn = 0
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(text: String = "", mask: InputMask? = nil, glyphs: Glyphs = .unicode) {
        self.mask = mask
        self.glyphs = glyphs
        setStorage(Array(text))
    }

    /// The value: with a mask, the formatted typed part without trailing separators.
    public var text: String {
        get { mask.map { $0.format(storage, trailingLiterals: false) } ?? String(storage) }
        set { setStorage(Array(newValue)) }
    }

    private func setStorage(_ characters: [Character]) {
        if let mask {
            storage = mask.slots(of: String(characters))
        } else {
            storage = maxLength.map { Array(characters.prefix($0)) } ?? characters
        }
        cursor = storage.count
    }

    public var isEmpty: Bool { storage.isEmpty }
    public var preferredHeight: Int { 1 }

    public func validationMessage() -> String? {
        if let mask, !storage.isEmpty, storage.count < mask.slotCount {
            return mask.placeholder.isEmpty ? incompleteMessage : "\(incompleteMessage) (\(String(mask.placeholder)))"
        }
        return storage.isEmpty ? nil : validator?(text)
    }

    @discardableResult
    public func validate() -> String? {
        error = validationMessage()
        return error
    }

    /// Shows an error from elsewhere (a form's required check); nil clears it.
    public func setError(_ message: String?) { error = message }

    // MARK: Editing

    private func edit(_ newStorage: [Character], cursor newCursor: Int) {
        storage = newStorage
        cursor = max(0, min(newCursor, storage.count))
        isDirty = true
        if error != nil { error = validationMessage() }
        onChange?(text)
    }

    public func insert(_ character: Character) {
        var candidate = storage
        candidate.insert(character, at: cursor)
        if let mask {
            guard let conformed = mask.conform(candidate) else {
                lastInputRejected = !mask.isLiteral(character)
                return
            }
            candidate = conformed
        } else if let maxLength, candidate.count > maxLength {
            lastInputRejected = true
            return
        }
        edit(candidate, cursor: cursor + 1)
    }

    private func isWordCharacter(_ index: Int) -> Bool { storage[index].isLetter || storage[index].isNumber }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && !isWordCharacter(i - 1) { i -= 1 }
        while i > 0 && isWordCharacter(i - 1) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < storage.count && !isWordCharacter(i) { i += 1 }
        while i < storage.count && isWordCharacter(i) { i += 1 }
        return i
    }

    /// To the start of the word before the cursor (Alt-b; bind Ctrl-Left here too).
    public func moveWordLeft() { cursor = wordStart(before: cursor) }
    /// To the end of the word after the cursor (Alt-f; bind Ctrl-Right here too).
    public func moveWordRight() { cursor = wordEnd(after: cursor) }

    private func apply(_ key: Key) -> Bool {
        switch key {
        case .char(let character): insert(character)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(storage.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = storage.count
        case .alt("b"), .ctrlLeft: moveWordLeft()
        case .alt("f"), .ctrlRight: moveWordRight()
        case .backspace:
            guard cursor > 0 else { return true }
            var next = storage; next.remove(at: cursor - 1)
            edit(next, cursor: cursor - 1)
        case .delete, .ctrl("d"):
            guard cursor < storage.count else { return true }
            var next = storage; next.remove(at: cursor)
            edit(next, cursor: cursor)
        case .ctrl("u"): edit(Array(storage[cursor...]), cursor: 0)
        case .ctrl("k"): edit(Array(storage[..<cursor]), cursor: cursor)
        case .ctrl("w"):
            let start = wordStart(before: cursor)
            edit(Array(storage[..<start] + storage[cursor...]), cursor: start)
        case .enter:
            validate()
            guard let onSubmit else { return false }
            onSubmit(text)
        default:
            return false
        }
        return true
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(let key):
            lastInputRejected = false
            return apply(key)
        case .mouse(let mouse) where mouse.button == .left && lastArea.row(0).contains(x: mouse.x, y: mouse.y):
            cursor = storageIndex(atColumn: mouse.x - lastArea.x + scrollColumn)
            return true
        default:
            return false
        }
    }

    // MARK: Display

    /// What the field shows: with a mask the separators after the typed part are included.
    private var shownText: String {
        mask.map { $0.format(storage, trailingLiterals: true) } ?? String(storage)
    }

    /// Display column of the cursor within the whole shown text.
    private var cursorColumn: Int {
        if let mask { return mask.column(ofSlot: cursor) }
        return DisplayWidth.of(String(storage[..<cursor]))
    }

    private func storageIndex(atColumn column: Int) -> Int {
        if let mask { return min(storage.count, mask.slot(atColumn: column)) }
        var used = 0
        for (index, character) in storage.enumerated() {
            let width = DisplayWidth.of(character)
            if used + width > column { return index }
            used += width
        }
        return storage.count
    }

    public var cursorPosition: (x: Int, y: Int)? {
        guard isFocused, !lastArea.isEmpty else { return nil }
        return (lastArea.x + cursorColumn - scrollColumn, lastArea.y)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard !area.isEmpty else { return }
        let width = area.width
        if cursorColumn < scrollColumn { scrollColumn = cursorColumn }
        if cursorColumn >= scrollColumn + width { scrollColumn = cursorColumn - width + 1 }
        let fieldStyle = Style(isFocused ? .accent : .text, .underline)
        buffer.fill(area.row(0), with: Cell(" ", style: fieldStyle))

        let shown = shownText
        var segments: [(String, Style)] = [(shown, fieldStyle)]
        if let mask, !mask.placeholder.isEmpty {
            segments.append((String(mask.placeholder.dropFirst(shown.count)), Style(.muted, .underline)))
        } else if storage.isEmpty && !placeholder.isEmpty {
            segments.append((placeholder, Style(.muted, .underline)))
        }
        var column = 0
        for (text, style) in segments {
            for character in text {
                let w = DisplayWidth.of(character)
                if column >= scrollColumn && column + w <= scrollColumn + width {
                    buffer.put(String(character), x: area.x + column - scrollColumn, y: area.y, style: style)
                }
                column += w
            }
        }
        if area.height >= 2 {
            buffer.fill(area.row(1), with: Cell(" ", style: Style(.text)))
            if let error {
                buffer.put(DisplayWidth.truncate(error, to: width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y + 1, style: Style(.error))
            }
        }
    }
}
