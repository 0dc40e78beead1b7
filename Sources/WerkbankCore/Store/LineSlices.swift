import Foundation

/// Reads the lines of a file, or of the byte range `start..<end` of it, a slice at a time, so that
/// a large snapshot is never in memory whole: each `next()` gives the next complete lines
/// (numbered on from `firstNumber`), nil at the end. A last line without its newline (a cut-off
/// file or range) is an error.
struct LineSlices {
    let fd: Int32
    let path: String
    let sliceBytes: Int
    /// Where reading stops (nil: at the end of the file).
    let end: Int?
    private var offset: Int
    private var nextNumber: Int
    /// The start of a line read but not yet ended.
    private var carry = Data()

    /// 4 MB: small enough that the reading thread puts one slice's records into the dataset while
    /// the cores decode the next (see `SectionReader`), and that two in flight cost little memory.
    static let defaultSliceBytes = 4 << 20

    init(fd: Int32, path: String, start: Int = 0, end: Int? = nil, firstNumber: Int = 1, sliceBytes: Int = defaultSliceBytes) {
        self.fd = fd
        self.path = path
        self.end = end
        self.offset = start
        self.nextNumber = firstNumber
        self.sliceBytes = sliceBytes
    }

    mutating func next() throws -> [JSONLine]? {
        var buffer = carry
        while true {
            let count = end.map { min(sliceBytes, $0 - offset) } ?? sliceBytes
            let before = buffer.count
            if count > 0 { buffer = try LineReader.read(fd: fd, at: offset, count: count, path: path, after: buffer) }
            offset += buffer.count - before
            if buffer.count == before {
                guard buffer.isEmpty else { throw WerkbankError(coreText("store.snapshot_truncated", path)) }
                return nil
            }
            guard let last = buffer.lastIndex(of: 0x0A) else { continue }   // a line longer than a slice
            carry = Data(buffer[(last + 1)...])
            let lines = JSONLines.split(buffer[...last], firstNumber: nextNumber).lines
            nextNumber += lines.count
            return lines
        }
    }
}
