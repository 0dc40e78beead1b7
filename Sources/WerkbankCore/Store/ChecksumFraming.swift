import Foundation

/// The line framing of schema 2 (docs/data-format.md): `<crc>\t<json>\n`, where `<crc>` is the
/// CRC-32 of the JSON bytes as 8 lowercase hex digits.
enum ChecksumFraming {
    static let prefixLength = 9

    /// Frames every newline-terminated line of `lines` (as `FastJSONEncoder.encodeLines` writes them).
    /// Records are framed as they are encoded (`encodeLines`); this frames lines already made, and
    /// is what `encodeLines` is checked against.
    /// Lines are found with `JSONLines.split` (memchr): a snapshot is hundreds of megabytes, and
    /// walking `Data` byte by byte costs an access check per byte.
    static func frame(_ lines: Data) -> Data {
        let split = JSONLines.split(lines).lines
        var framed = Data(capacity: lines.count + split.count * prefixLength + 1)
        for line in split {
            framed.append(contentsOf: Hex.fixed(CRC32.checksum(line.bytes)))
            framed.append(0x09)
            framed.append(line.bytes)
            framed.append(0x0A)
        }
        return framed
    }

    /// Every value as a framed line: the JSON is written behind room for its checksum, which is
    /// filled in when the line is done (`frame` of the encoded lines gives the same bytes, through
    /// a copy of them all).
    static func encodeLines<S: Sequence>(_ values: S) throws -> Data where S.Element: Encodable {
        try FastJSONEncoder().encodeLines(values, prefix: prefixLength) { line in
            let checksum = CRC32.checksum(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: line[prefixLength...])))
            for (position, digit) in Hex.fixed(checksum).enumerated() { line[position] = digit }
            line[prefixLength - 1] = 0x09
        }
    }

    /// The JSON bytes of a framed line (without its newline), or the reason it is not valid.
    /// Checked in the line's own bytes: hundreds of thousands of lines are read at a time, and going
    /// through `Data`'s index checks and iterator cost more than the checksum of a short line.
    static func unframe(_ line: Data) -> Result<Data, FramingError> {
        let problem = line.withUnsafeBytes { bytes -> FramingError? in
            guard bytes.count > prefixLength, bytes[8] == 0x09, let expected = Hex.parse(UnsafeRawBufferPointer(rebasing: bytes[..<8])) else {
                return .noChecksum
            }
            return CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[prefixLength...])) == expected ? nil : .mismatch
        }
        if let problem { return .failure(problem) }
        return .success(line[(line.startIndex + prefixLength)...])
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
