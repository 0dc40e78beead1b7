/// Keeps what the terminal shows and draws frames (ratatui's `Terminal`): each frame the view
/// renders into a fresh buffer, the difference with the previous frame goes to the backend,
/// the cursor is placed and the output flushed.
public final class Terminal {
    public let backend: Backend
    /// The last frame drawn (nil before the first frame and after `invalidate()`).
    public private(set) var previous: Buffer?
    /// Cells sent to the backend for the last frame.
    public private(set) var lastChangeCount = 0

    public init(backend: Backend) { self.backend = backend }

    /// Makes the next frame a full redraw on a cleared screen (after a resize, a suspend, or
    /// when something else may have written to the terminal).
    public func invalidate() {
        previous = nil
    }

    /// Draws one frame: `render` fills a blank buffer the size of the terminal; then the
    /// cursor is shown where `cursor` says (asked after rendering) when that lies inside the
    /// screen, else hidden.
    public func draw(_ render: (Rect, inout Buffer) -> Void, cursor: () -> (x: Int, y: Int)? = { nil }) {
        let area = Rect(size: backend.size)
        var frame = Buffer(area: area)
        render(area, &frame)
        let base: Buffer
        if let previous, previous.area == area {
            base = previous
        } else {
            backend.clear()
            base = Buffer(area: Rect(x: 0, y: 0, width: 0, height: 0))   // differs: full frame
        }
        let changes = frame.diff(base)
        backend.draw(changes)
        lastChangeCount = changes.count
        if let position = cursor(), area.contains(x: position.x, y: position.y) {
            backend.setCursor(x: position.x, y: position.y)
        } else {
            backend.hideCursor()
        }
        backend.flush()
        previous = frame
    }

    /// Draws `view` filling the screen, with the cursor where the view wants it.
    public func draw(_ view: View) {
        draw({ area, buffer in view.render(area, into: &buffer) }, cursor: { view.cursorPosition })
    }
}
