import Foundation

/// The line framing of schema 2 (docs/data-format.md): `<crc>\t<json>\n`, where `<crc>` is the
/// CRC-32 of the JSON bytes as 8 lowercase hex digits.
enum ChecksumFraming {
    static let prefixLength = 9

    /// Frames every newline-terminated line of `lines` (as `FastJSONEncoder.encodeLines` writes them).
    /// Works on the raw bytes: a snapshot is hundreds of megabytes, and going through `Data` byte
    /// by byte costs an access check per byte.
    static func frame(_ lines: Data) -> Data {
        lines.withUnsafeBytes { (source: UnsafeRawBufferPointer) -> Data in
            guard let base = source.baseAddress, source.count > 0 else { return Data() }
            var lineCount = 0
            var position = 0
            while position < source.count {
                let end = memchr(base + position, 0x0A, source.count - position).map { base.distance(to: UnsafeRawPointer($0)) } ?? source.count
                lineCount += 1
                position = end + 1
            }
            // Each line gains 8 hex digits and a tab; a last line without its newline gains one.
            let capacity = source.count + lineCount * prefixLength + 1
            var framed = Data(count: capacity)
            let written = framed.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) -> Int in
                var out = 0
                var start = 0
                while start < source.count {
                    let end = memchr(base + start, 0x0A, source.count - start).map { base.distance(to: UnsafeRawPointer($0)) } ?? source.count
                    let json = UnsafeRawBufferPointer(rebasing: source[start ..< end])
                    let crc = CRC32.checksum(json)
                    for digit in 0..<8 {
                        let nibble = UInt8((crc >> UInt32(28 - 4 * digit)) & 0x0F)
                        target[out + digit] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble   // 0-9, a-f
                    }
                    target[out + 8] = 0x09
                    out += prefixLength
                    if let jsonBase = json.baseAddress { (target.baseAddress! + out).copyMemory(from: jsonBase, byteCount: json.count) }
                    out += json.count
                    target[out] = 0x0A
                    out += 1
                    start = end + 1
                }
                return out
            }
            framed.removeSubrange(written...)
            return framed
        }
    }

    /// The JSON bytes of a framed line (without its newline), or the reason it is not valid.
    static func unframe(_ line: Data) -> Result<Data, FramingError> {
        guard line.count > prefixLength, line[line.startIndex + 8] == 0x09,
              let expected = Hex.parse(line[line.startIndex ..< line.startIndex + 8]) else {
            return .failure(.noChecksum)
        }
        let json = line[(line.startIndex + prefixLength)...]
        guard CRC32.checksum(json) == expected else { return .failure(.mismatch) }
        return .success(json)
    }

    enum FramingError: Error {
        case noChecksum, mismatch

        var reason: String {
            switch self {
            case .noChecksum: return coreText("store.no_checksum")
            case .mismatch: return coreText("store.checksum_mismatch")
            }
        }
    }

    /// The JSON bytes of `line` in a file of `schema`, or an error naming the file and line.
    static func json(_ line: JSONLine, schema: Int, path: String) throws -> Data {
        guard schema >= 2 else { return line.bytes }
        switch unframe(line.bytes) {
        case .success(let json): return json
        case .failure(let error): throw WerkbankError(coreText("store.bad_line", path, line.number, error.reason))
        }
    }
}
