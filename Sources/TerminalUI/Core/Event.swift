/// A decoded key press.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case alt(Character)
    case up, down, left, right
    /// Ctrl-← and Ctrl-→ (word jumps in text fields).
    case ctrlLeft, ctrlRight
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, tab, backTab, escape
    case function(Int)
}

public enum MouseButton: Hashable, Sendable {
    case left, middle, right, wheelUp, wheelDown
}

public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var button: MouseButton
    public init(x: Int, y: Int, button: MouseButton) { self.x = x; self.y = y; self.button = button }
}

/// Everything the event loop hands to the screens.
public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    case tick
}
