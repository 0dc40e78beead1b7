/// "[x] label"; Space, Enter or a click toggles.
public final class Checkbox: FormControl {
    public var label: String
    public var isChecked: Bool
    public var isFocused: Bool = false
    public var isDirty: Bool = false
    public var onChange: ((Bool) -> Void)?
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    public init(_ label: String, isChecked: Bool = false) {
        self.label = label; self.isChecked = isChecked
    }

    public var isEmpty: Bool { !isChecked }
    public var preferredHeight: Int { 1 }
    public func validationMessage() -> String? { nil }

    public func toggle() {
        isChecked.toggle()
        isDirty = true
        onChange?(isChecked)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        guard !area.isEmpty else { return }
        let style = Style(isFocused ? .selection : .text)
        buffer.fill(area.row(0), with: Cell(" ", style: Style(.text)))
        buffer.put((isChecked ? "[x] " : "[ ] ") + label, x: area.x, y: area.y, maxWidth: area.width, style: style)
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.char(" ")), .key(.enter):
            toggle()
            return true
        case .mouse(let mouse) where mouse.button == .left && lastArea.contains(x: mouse.x, y: mouse.y):
            toggle()
            return true
        default:
            return false
        }
    }
}
