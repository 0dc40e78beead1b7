/// Measures the drawing pipeline on a full table-like screen: render a frame into a fresh
/// buffer, diff it against the previous one and hand the changes to a headless backend.
/// The table scrolls one row per frame and its rows are striped, so nearly every cell changes
/// every frame (close to the worst case: almost the whole screen is sent each frame).
/// A benchmark to report, not a timed test.
public enum RenderBenchmark {
    public struct Result: Sendable {
        public var frames: Int
        public var size: Size
        public var microsecondsPerFrame: Double
        /// Cells sent to the backend per frame, on average.
        public var changedCellsPerFrame: Int
    }

    /// Microseconds per frame for a 200×60 screen.
    public static func run(frames: Int = 300) -> Double {
        measure(frames: frames).microsecondsPerFrame
    }

    public static func measure(frames: Int = 300, size: Size = Size(width: 200, height: 60)) -> Result {
        let backend = HeadlessBackend(size: size)
        let terminal = Terminal(backend: backend)
        let table = BenchmarkTable(rowCount: 10_000)
        terminal.draw(table)   // first frame (full) is not counted
        var changed = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, frames) {
                table.scroll += 1
                terminal.draw(table)
                changed += terminal.lastChangeCount
            }
        }
        let count = max(1, frames)
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        return Result(frames: count, size: size, microsecondsPerFrame: micros / Double(count),
                      changedCellsPerFrame: changed / count)
    }
}

/// A caseload-like table: header, rows of names with diacritics, masked numbers, dates,
/// a status and a ladder rung, a selected row, and a status line.
private final class BenchmarkTable: View {
    var scroll = 0
    private let names = ["Jansen, Eline", "Öztürk, Şeyma", "Yılmaz, İbrahim", "de Vries, Noël",
                         "Bakker, Anaïs", "محمد العلي", "Nguyễn Thị Hương", "Kowalczyk, Łukasz"]
    private let statuses = ["actief", "wacht op intake", "traject", "uitgestroomd"]
    private let rowCount: Int

    init(rowCount: Int) { self.rowCount = rowCount }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let rows = area.rows([.length(1), .fill, .length(1)])
        let columns = [28, 12, 12, 18, 6]
        var x = area.x
        for (title, width) in zip(["Naam", "BSN", "Sinds", "Status", "Trede"], columns) {
            buffer.put(DisplayWidth.pad(title, to: width), x: x, y: rows[0].y, style: Style(.header))
            x += width + 1
        }
        buffer.setStyle(rows[0], Style(.header))
        for line in 0..<rows[1].height {
            let index = (scroll + line) % rowCount
            let y = rows[1].y + line
            let style = line == 5 ? Style(.selection) : Style(index % 2 == 0 ? .text : .selectionUnfocused)
            let cells = [
                names[index % names.count], "*****\(1000 + index % 9000)",
                "\(10 + index % 18)-0\(1 + index % 9)-2024", statuses[index % statuses.count], "\(index % 7)",
            ]
            x = area.x
            for (text, width) in zip(cells, columns) {
                buffer.put(DisplayWidth.pad(text, to: width), x: x, y: y, style: style)
                x += width + 1
            }
            buffer.put(String(repeating: "·", count: max(0, area.maxX - x)), x: x, y: y, style: style)
        }
        buffer.put("\(scroll + 1)/\(rowCount)", x: area.x, y: rows[2].y, style: Style(.functionLabel))
    }
}
