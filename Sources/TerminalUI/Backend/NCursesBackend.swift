internal import CNCurses

/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// ncurses does not know the TERM type.
    case unknownTerminalType(String)

    /// English; the application shows its own translation.
    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .unknownTerminalType(let term): return "unknown terminal type '\(term)' (check TERM)"
        }
    }
}

/// The real terminal through ncursesw; the only file that talks to ncurses (htop's CRT).
public final class NCursesBackend: Backend {
    public private(set) var colorSupport: ColorSupport = .monochrome
    private let mouse: Bool
    private var screen: OpaquePointer?
    private var theme = Theme.standaard
    /// Colour pairs allocated on demand per (foreground, background).
    private var pairs: [ColorKey: Int16] = [:]
    private var cursorVisible = false

    private struct ColorKey: Hashable {
        var foreground: ThemeColor
        var background: ThemeColor
    }

    public init(mouse: Bool = true) { self.mouse = mouse }

    /// Whether standard input and output are both a terminal (`start()` needs them).
    public static var stdioIsTerminal: Bool { wb_stdio_is_terminal() != 0 }

    public var size: Size {
        guard screen != nil else { return Size(width: 0, height: 0) }
        return Size(width: Int(wb_cols()), height: Int(wb_lines()))
    }

    public func start() throws {
        guard screen == nil else { return }
        guard wb_stdio_is_terminal() != 0 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        wb_install_terminal_guard()
        guard let created = wb_newterm() else {
            wb_remove_terminal_guard()
            throw TerminalError.unknownTerminalType(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        screen = created
        set_term(created)
        wb_terminal_entered()
        raw()
        noecho()
        nonl()
        intrflush(wb_stdscr(), false)
        keypad(wb_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        cursorVisible = false
        setUpColors()
        if mouse {
            mousemask(wb_button1_pressed() | wb_button2_pressed() | wb_button3_pressed()
                      | wb_button4_pressed() | wb_button5_pressed(), nil)
            mouseinterval(0)
        }
    }

    public func stop() {
        guard let created = screen else { return }
        wb_remove_terminal_guard()
        delscreen(created)
        screen = nil
        pairs = [:]
    }

    private func setUpColors() {
        pairs = [:]
        guard has_colors() else { colorSupport = .monochrome; return }
        start_color()
        use_default_colors()
        let colors = wb_colors()
        colorSupport = colors >= 256 ? .indexed256 : colors >= 8 ? .basic8 : .monochrome
    }

    public func setTheme(_ theme: Theme) { self.theme = theme }

    // MARK: Drawing

    public func draw(_ changes: [CellChange]) {
        guard screen != nil else { return }
        let columns = Int(wb_cols())
        for change in changes {
            let look = theme.resolve(change.cell.style)
            let pair = colorPair(look.foreground, look.background)
            let attributes = cursesAttributes(look.attributes)
            let width = DisplayWidth.of(change.cell.symbol)
            let drawn = put(change.cell.symbol, x: change.x, y: change.y, attributes: attributes, pair: pair)
            // Where libc thinks the glyph is narrower than our table (flags), fill with blanks
            // so the cells we believe covered really are.
            if change.x + drawn < min(change.x + width, columns) {
                for x in (change.x + drawn)..<min(change.x + width, columns) {
                    _ = put(" ", x: x, y: change.y, attributes: attributes, pair: pair)
                }
            }
        }
    }

    /// Draws one grapheme cluster; returns how many columns ncurses advanced.
    private func put(_ symbol: String, x: Int, y: Int, attributes: attr_t, pair: Int16) -> Int {
        var wide = drawableCharacters(symbol)
        wide.append(0)
        var cell = cchar_t()
        let status = wide.withUnsafeBufferPointer { setcchar(&cell, $0.baseAddress, attributes, pair, nil) }
        guard status == OK else { return 0 }
        mvwadd_wch(wb_stdscr(), Int32(y), Int32(x), &cell)
        return max(0, Int(wb_wcwidth(wide[0])))
    }

    /// The spacing character and the zero-width characters ncurses can combine with it
    /// (at most CCHARW_MAX). An emoji ZWJ sequence is drawn as its first emoji: ncurses
    /// cannot hold the joined emoji in one cell and terminals disagree on how wide they are.
    /// A glyph libc cannot print becomes U+FFFD.
    private func drawableCharacters(_ symbol: String) -> [wchar_t] {
        let scalars = symbol.unicodeScalars
        guard let first = scalars.first else { return [0x20] }
        let base = wchar_t(bitPattern: first.value)
        var result: [wchar_t] = [wb_wcwidth(base) < 0 ? 0xFFFD : base]
        guard !scalars.contains(where: { $0.value == 0x200D }) else { return result }
        for scalar in scalars.dropFirst() where result.count < 5 {
            let value = wchar_t(bitPattern: scalar.value)
            if wb_wcwidth(value) == 0 { result.append(value) }
        }
        return result
    }

    private func colorPair(_ foreground: ThemeColor, _ background: ThemeColor) -> Int16 {
        guard colorSupport != .monochrome else { return 0 }
        let key = ColorKey(foreground: foreground.downgraded(to: colorSupport), background: background.downgraded(to: colorSupport))
        if key.foreground == .terminalDefault && key.background == .terminalDefault { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < min(Int(wb_color_pairs()), Int(Int16.max)) else { return 0 }
        init_pair(Int16(next), cursesColor(key.foreground), cursesColor(key.background))
        pairs[key] = Int16(next)
        return Int16(next)
    }

    private func cursesColor(_ color: ThemeColor) -> Int16 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index): return Int16(index)
        }
    }

    private func cursesAttributes(_ attributes: Attributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= wb_a_bold() }
        if attributes.contains(.underline) { result |= wb_a_underline() }
        if attributes.contains(.reverse) { result |= wb_a_reverse() }
        if attributes.contains(.dim) { result |= wb_a_dim() }
        if attributes.contains(.italic) { result |= wb_a_italic() }
        return result
    }

    public func setCursor(x: Int, y: Int) {
        guard screen != nil else { return }
        wmove(wb_stdscr(), Int32(y), Int32(x))
        if !cursorVisible { curs_set(1); cursorVisible = true }
    }

    public func hideCursor() {
        guard screen != nil, cursorVisible else { return }
        curs_set(0)
        cursorVisible = false
    }

    public func flush() {
        guard screen != nil else { return }
        wrefresh(wb_stdscr())
    }

    public func clear() {
        guard screen != nil else { return }
        wclear(wb_stdscr())
    }

    public var terminationSignal: Int32? {
        let signal = wb_pending_termination()
        return signal == 0 ? nil : signal
    }

    public func suspend() {
        guard screen != nil, wb_suspend() == 1 else { return }
        cursorVisible = true   // unknown after the shell had the terminal; set again next frame
        hideCursor()
    }

    // MARK: Input

    public func readEvent(timeout: Double?) -> Event? {
        guard screen != nil else { return nil }
        wtimeout(wb_stdscr(), timeout.map { Int32(min(max(0, $0 * 1000), 86_400_000)) } ?? -1)
        var code: wint_t = 0
        let status = wget_wch(wb_stdscr(), &code)
        switch status {
        case OK:
            guard let key = KeyDecoder.key(forCode: UInt32(code)) else { return nil }
            return key == .escape ? escapeOrAlt() : .key(key)
        case KEY_CODE_YES:
            return functionKeyEvent(Int32(code))
        default:
            return nil
        }
    }

    /// After Esc: a character already waiting means Alt plus that character (the terminal
    /// sent both at once); otherwise it was Esc alone and the next input stays queued.
    private func escapeOrAlt() -> Event {
        wtimeout(wb_stdscr(), 0)
        var code: wint_t = 0
        let status = wget_wch(wb_stdscr(), &code)
        if status == OK, let next = KeyDecoder.key(forCode: UInt32(code)) {
            if let alt = KeyDecoder.alt(next) { return .key(alt) }
            unget_wch(wchar_t(bitPattern: UInt32(code)))
        } else if status == KEY_CODE_YES {
            ungetch(Int32(code))
        }
        return .key(.escape)
    }

    /// The codes ncurses gives Ctrl-← and Ctrl-→ (terminfo's extended kLFT5/kRIT5, xterm's
    /// `ESC [1;5D` / `ESC [1;5C`); 0 where the terminal does not describe them.
    private lazy var ctrlArrowCodes: (left: Int32, right: Int32) = (
        max(0, key_defined("\u{1b}[1;5D")), max(0, key_defined("\u{1b}[1;5C"))
    )

    private func functionKeyEvent(_ code: Int32) -> Event? {
        switch code {
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_IC: return .key(.insert)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        default:
            if code == ctrlArrowCodes.left { return .key(.ctrlLeft) }
            if code == ctrlArrowCodes.right { return .key(.ctrlRight) }
            for n in 1...12 where code == wb_key_f(Int32(n)) { return .key(.function(n)) }
            // Shift-F1…F12 arrive as F13…F24 on most terminals.
            for n in 13...24 where code == wb_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    private func mouseEvent() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let button: MouseButton
        if state & wb_button1_pressed() != 0 { button = .left }
        else if state & wb_button2_pressed() != 0 { button = .middle }
        else if state & wb_button3_pressed() != 0 { button = .right }
        else if state & wb_button4_pressed() != 0 { button = .wheelUp }
        else if state & wb_button5_pressed() != 0 { button = .wheelDown }
        else { return nil }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), button: button))
    }
}
