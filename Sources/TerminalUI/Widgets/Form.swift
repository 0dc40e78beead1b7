/// One labelled control in a `Form`.
public struct FormField {
    public var label: String
    public var control: any FormControl
    public var isRequired: Bool

    public init(_ label: String, _ control: any FormControl, required: Bool = false) {
        self.label = label; self.control = control; self.isRequired = required
    }
}

/// Labelled controls one under the other. Tab/Shift-Tab move focus (wrapping), Enter moves on
/// when the control does not use it, a click focuses a field. Required labels end in " *".
/// `validate()` checks every field, shows each message under its field and focuses the first
/// invalid one; once shown, a message is re-checked as the person edits that field.
public final class Form: View {
    public private(set) var fields: [FormField]
    public private(set) var focusedIndex: Int = 0
    /// The message per field (nil when fine or not checked yet).
    public private(set) var errors: [String?]
    /// Message for an empty required field.
    public var requiredMessage: String = "verplicht veld"
    public var glyphs: Glyphs
    /// Called when Enter leaves the last field.
    public var onSubmit: (() -> Void)?
    private var firstRow = 0
    private var fieldRects: [Rect?] = []
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(fields: [FormField], glyphs: Glyphs = .unicode) {
        self.fields = fields
        self.errors = Array(repeating: nil, count: fields.count)
        self.glyphs = glyphs
        focus(0)
    }

    public var focusedControl: (any FormControl)? { fields.indices.contains(focusedIndex) ? fields[focusedIndex].control : nil }
    public var isDirty: Bool { fields.contains { $0.control.isDirty } }

    public func markClean() {
        for field in fields { field.control.isDirty = false }
    }

    /// Moves the focus to field `index`. The field being left is checked when it was edited, so
    /// a mistake shows as soon as the person moves on (and is re-checked as they correct it).
    public func focus(_ index: Int) {
        guard fields.indices.contains(index) else { return }
        if index != focusedIndex, fields.indices.contains(focusedIndex), fields[focusedIndex].control.isDirty {
            errors[focusedIndex] = check(focusedIndex)
        }
        for (i, field) in fields.enumerated() { field.control.isFocused = i == index }
        focusedIndex = index
    }

    private func check(_ index: Int) -> String? {
        let field = fields[index]
        if field.isRequired && field.control.isEmpty { return requiredMessage }
        return field.control.validationMessage()
    }

    /// Checks all fields; returns (and focuses) the first invalid one, nil when all are valid.
    @discardableResult
    public func validate() -> Int? {
        errors = fields.indices.map(check)
        guard let first = errors.firstIndex(where: { $0 != nil }) else { return nil }
        focus(first)
        return first
    }

    // MARK: Layout

    private var labelWidth: Int {
        fields.map { DisplayWidth.of($0.label) + ($0.isRequired ? 2 : 0) }.max() ?? 0
    }

    /// The columns a control (and the message under it) gets in an area `width` wide: what is
    /// right of the labels.
    public func controlWidth(in width: Int) -> Int {
        width - min(labelWidth, width / 2) - 2
    }

    /// Lines a field takes: its control plus one for a message.
    private func height(of index: Int) -> Int {
        max(1, fields[index].control.preferredHeight) + (errors[index] == nil ? 0 : 1)
    }

    private func scrollToFocus(height: Int) {
        let top = (0..<focusedIndex).map(self.height(of:)).reduce(0, +)
        let bottom = top + (fields.isEmpty ? 0 : self.height(of: focusedIndex))
        if top < firstRow { firstRow = top }
        if bottom > firstRow + height { firstRow = bottom - height }
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        scrollToFocus(height: area.height)
        let controlWidth = controlWidth(in: area.width)
        let labelWidth = area.width - controlWidth - 2
        let controlX = area.x + labelWidth + 2
        var row = -firstRow
        fieldRects = []
        for (index, field) in fields.enumerated() {
            let controlHeight = max(1, field.control.preferredHeight)
            let total = height(of: index)
            defer { row += total }
            guard row >= 0, row + total <= area.height else { fieldRects.append(nil); continue }
            let y = area.y + row
            let labelStyle = index == focusedIndex ? Style(.accent, .bold) : Style(.text)
            var x = buffer.put(field.label, x: area.x, y: y, maxWidth: labelWidth, style: labelStyle)
            if field.isRequired { x = buffer.put(" *", x: x, y: y, maxWidth: area.x + labelWidth - x, style: Style(.warning, .bold)) }
            let rect = Rect(x: controlX, y: y, width: controlWidth, height: controlHeight)
            field.control.render(rect, into: &buffer)
            fieldRects.append(rect)
            if let error = errors[index] {
                buffer.put(DisplayWidth.truncate(error, to: controlWidth, ellipsis: glyphs.ellipsis),
                           x: controlX, y: y + controlHeight, style: Style(.error))
            }
        }
    }

    public var cursorPosition: (x: Int, y: Int)? { focusedControl?.cursorPosition }

    // MARK: Events

    public func handle(_ event: Event) -> Bool {
        guard !fields.isEmpty else { return false }
        switch event {
        case .key(.tab):
            focus((focusedIndex + 1) % fields.count)
            return true
        case .key(.backTab):
            focus((focusedIndex - 1 + fields.count) % fields.count)
            return true
        case .mouse(let mouse):
            guard let index = fieldRects.firstIndex(where: { $0?.contains(x: mouse.x, y: mouse.y) ?? false }) else {
                return lastArea.contains(x: mouse.x, y: mouse.y)
            }
            focus(index)
            forward(event)
            return true
        case .key(.enter):
            if forward(event) { return true }
            if focusedIndex == fields.count - 1 { onSubmit?() } else { focus(focusedIndex + 1) }
            return true
        default:
            return forward(event)
        }
    }

    /// Passes an event to the focused control and re-checks a field that shows a message.
    @discardableResult
    private func forward(_ event: Event) -> Bool {
        let handled = fields[focusedIndex].control.handle(event)
        if handled && errors[focusedIndex] != nil { errors[focusedIndex] = check(focusedIndex) }
        return handled
    }
}
