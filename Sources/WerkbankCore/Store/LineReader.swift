import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads single lines of a file with `pread`, without reading the whole file: the first line,
/// the line at a byte offset, the last line.
enum LineReader {
    private static let blockSize = 1 << 14

    /// `count` bytes at `offset` (fewer at the end of the file), after `prefix`: read straight into
    /// one buffer, not read and then copied behind it.
    static func read(fd: Int32, at offset: Int, count: Int, path: String, after prefix: Data = Data()) throws -> Data {
        var data = Data(count: prefix.count + count)
        data.replaceSubrange(0 ..< prefix.count, with: prefix)
        var total = 0
        try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            let start = buffer.baseAddress! + prefix.count
            while total < count {
                let got = pread(fd, start + total, count - total, off_t(offset + total))
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else { throw DataFile.ioError(path) }
                if got == 0 { break }
                total += got
            }
        }
        if total < count { data.removeSubrange((prefix.count + total)...) }
        return data
    }

    /// The line starting at `offset`, without its newline; nil when it has none (the file ends first).
    static func line(fd: Int32, at offset: Int, path: String) throws -> Data? {
        var line = Data()
        var position = offset
        var count = 1024
        while true {
            let block = try read(fd: fd, at: position, count: count, path: path)
            if let newline = block.firstIndex(of: 0x0A) {
                line.append(block[..<newline])
                return line
            }
            guard block.count == count else { return nil }
            line.append(block)
            position += block.count
            count = min(count * 4, blockSize)
        }
    }

    /// The first line of the file at `path` (nil when the file does not exist or has no newline).
    static func firstLine(path: String) throws -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw DataFile.ioError(path)
        }
        defer { Glibc.close(fd) }
        return try line(fd: fd, at: 0, path: path)
    }

    /// The last line of the first `length` bytes of the file: its bytes (without a newline) and
    /// whether it ends with a newline. Nil for an empty file.
    static func lastLine(fd: Int32, length: Int, path: String) throws -> (bytes: Data, terminated: Bool)? {
        guard length > 0 else { return nil }
        let terminated = try read(fd: fd, at: length - 1, count: 1, path: path).first == 0x0A
        let end = terminated ? length - 1 : length
        var line = Data()
        var start = end
        while start > 0 {
            let blockStart = max(0, start - blockSize)
            let block = try read(fd: fd, at: blockStart, count: start - blockStart, path: path)
            if let newline = block.lastIndex(of: 0x0A) {
                return (block[(newline + 1)...] + line, terminated)
            }
            line = block + line
            start = blockStart
        }
        return (line, terminated)
    }

    /// The size of the file open as `fd`.
    static func size(fd: Int32, path: String) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DataFile.ioError(path) }
        return Int(info.st_size)
    }
}
