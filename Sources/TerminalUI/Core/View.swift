/// Anything that draws itself into a rectangle of a buffer and may react to events.
/// Views never talk to the terminal; only a `Backend` does.
public protocol View: AnyObject {
    /// Draws into `area` of `buffer`. Called for every frame; the diff decides what reaches the terminal.
    func render(_ area: Rect, into buffer: inout Buffer)
    /// Handles an event; returns true when it was consumed.
    func handle(_ event: Event) -> Bool
    /// Where the terminal cursor should stand (in a text field), in buffer coordinates.
    var cursorPosition: (x: Int, y: Int)? { get }
}

extension View {
    public func handle(_ event: Event) -> Bool { false }
    public var cursorPosition: (x: Int, y: Int)? { nil }
}
