import Foundation

/// Reads a file of lines a slice at a time, so that a large snapshot is never in memory whole:
/// each `next()` gives the next complete lines (numbered on), nil at the end. A last line without
/// its newline (a cut-off file) is an error.
struct LineSlices {
    let fd: Int32
    let path: String
    let sliceBytes: Int
    private var offset = 0
    private var nextNumber = 1
    /// The start of a line read but not yet ended.
    private var carry = Data()

    init(fd: Int32, path: String, sliceBytes: Int = 16 << 20) {
        self.fd = fd
        self.path = path
        self.sliceBytes = sliceBytes
    }

    mutating func next() throws -> [JSONLine]? {
        var buffer = carry
        while true {
            let slice = try LineReader.read(fd: fd, at: offset, count: sliceBytes, path: path)
            offset += slice.count
            if slice.isEmpty {
                guard buffer.isEmpty else { throw WerkbankError(coreText("store.snapshot_truncated", path)) }
                return nil
            }
            buffer.append(slice)
            guard let last = buffer.lastIndex(of: 0x0A) else { continue }   // a line longer than a slice
            carry = Data(buffer[(last + 1)...])
            let lines = JSONLines.split(buffer[...last], firstNumber: nextNumber).lines
            nextNumber += lines.count
            return lines
        }
    }
}
