/// A modal box centred in the area it is given: a title, a wrapped message and a row of
/// buttons shown with their key letter ("[J]a / [N]ee"). Left/Right/Tab move between buttons,
/// Enter picks the focused one (the default at first), the first letter of a button picks it
/// directly ("j" for Ja), Esc answers nil. While shown it takes every key.
public final class Dialog: View {
    public var title: String
    public var message: String
    public var buttons: [String]
    public private(set) var focusedButton: Int
    /// Called with the chosen button index, or nil for Esc.
    public var onAnswer: ((Int?) -> Void)?
    public var glyphs: Glyphs
    public var maxWidth: Int = 60
    /// Role of the message text (e.g. `.warning` for a destructive question).
    public var messageStyle = Style(.text)
    private var buttonSpans: [(y: Int, range: Range<Int>)] = []

    /// A confirm dialog is `Dialog(title:message:buttons: ["Ja", "Nee"], defaultButton:)`;
    /// a message is one button (`["OK"]`).
    public init(title: String, message: String, buttons: [String], defaultButton: Int = 0, glyphs: Glyphs = .unicode) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.focusedButton = max(0, min(defaultButton, buttons.count - 1))
        self.glyphs = glyphs
    }

    /// "[J]a": the letter that picks the button in brackets, upper case.
    static func buttonLabel(_ text: String) -> String {
        guard let first = text.first else { return "" }
        return "[" + first.uppercased() + "]" + text.dropFirst()
    }

    private func buttonLabel(_ index: Int) -> String { Dialog.buttonLabel(buttons[index]) }

    private static let buttonSeparator = " / "

    private var buttonRowWidth: Int {
        buttons.indices.map { DisplayWidth.of(buttonLabel($0)) }.reduce(0, +)
            + DisplayWidth.of(Dialog.buttonSeparator) * max(0, buttons.count - 1)
    }

    /// The box the dialog occupies inside `area`: as narrow as the wrapped message allows.
    public func frame(in area: Rect) -> Rect {
        let available = min(area.width, maxWidth)
        let lines = TextWrap.lines(message, width: available - 4)
        let widest = max(lines.map(DisplayWidth.of).max() ?? 0, buttonRowWidth, DisplayWidth.of(title) + 4)
        let width = min(available, widest + 4)
        let height = min(area.height, lines.count + 4)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        let box = frame(in: area)
        let inside = BorderBox(title: title, glyphs: glyphs).render(box, into: &buffer)
        guard inside.width > 2, inside.height > 0 else { return }
        let lines = TextWrap.lines(message, width: inside.width - 2)
        for (row, line) in lines.prefix(max(0, inside.height - 2)).enumerated() {
            buffer.put(line, x: inside.x + 1, y: inside.y + row, maxWidth: inside.width - 2, style: messageStyle)
        }
        let y = inside.maxY - 1
        var x = inside.x + max(0, (inside.width - buttonRowWidth) / 2)
        buttonSpans = []
        for index in buttons.indices {
            if index > 0 { x = buffer.put(Dialog.buttonSeparator, x: x, y: y, maxWidth: max(0, inside.maxX - x), style: Style(.muted)) }
            let style = index == focusedButton ? Style(.selection, .bold) : Style(.text)
            let end = buffer.put(buttonLabel(index), x: x, y: y, maxWidth: max(0, inside.maxX - x), style: style)
            buttonSpans.append((y, x..<end))
            x = end
        }
    }

    public func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.left), .key(.backTab):
            focusedButton = (focusedButton - 1 + buttons.count) % max(1, buttons.count)
        case .key(.right), .key(.tab):
            focusedButton = (focusedButton + 1) % max(1, buttons.count)
        case .key(.enter):
            onAnswer?(buttons.isEmpty ? nil : focusedButton)
        case .key(.escape):
            onAnswer?(nil)
        case .key(.char(let character)):
            let typed = character.lowercased()
            if let index = buttons.firstIndex(where: { $0.first.map { $0.lowercased() == typed } ?? false }) {
                focusedButton = index
                onAnswer?(index)
            }
        case .mouse(let mouse) where mouse.button == .left:
            if let index = buttonSpans.firstIndex(where: { $0.y == mouse.y && $0.range.contains(mouse.x) }) {
                focusedButton = index
                onAnswer?(index)
            }
        default:
            break
        }
        return true
    }
}
