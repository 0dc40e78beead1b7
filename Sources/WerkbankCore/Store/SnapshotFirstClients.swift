import Foundation

extension Snapshot {
    /// Reads what a coach's first screen needs, fast, by the index: the blocks holding the clients
    /// of `coaches` (asked once the file's schema is known) whole (every part), with their
    /// meldingen, and every small collection (users, employers, vacancies, placements, drafts,
    /// proposals). Other clients are not read. Nil when the file has no index (then read it whole;
    /// `coaches` is not asked). Every line read is checked as in `decode`.
    static func decodeFirst(fd: Int32, path: String, coaches: (_ schema: Int) throws -> Set<String>) throws -> Contents? {
        guard let headerLine = try LineReader.line(fd: fd, at: 0, path: path) else {
            throw WerkbankError(coreText("store.snapshot_truncated", path))
        }
        let header = try readHeader(JSONLine(number: 1, bytes: headerLine), path: path)
        guard let sections = header.sections, let indexLength = header.index else { return nil }
        // Where each section starts: its byte offset and first line number.
        var starts: [(offset: Int, line: Int)] = []
        var offset = headerLine.count + 1
        var line = 2
        for section in sections {
            starts.append((offset, line))
            offset += section.bytes
            line += section.lines
        }
        guard offset + indexLength == (try LineReader.size(fd: fd, path: path)) else {
            throw WerkbankError(coreText("store.snapshot_truncated", path))
        }
        let index = try SnapshotIndex.read(fd: fd, path: path, at: offset, length: indexLength, line: line, schema: header.schema,
                                           sections: header.sectionsByPart)
        let blocks = index.blocks(of: try coaches(header.schema))
        var reader = SectionReader(fd: fd, path: path, schema: header.schema)
        for (part, (section, start)) in zip(DataPart.allCases, zip(sections, starts)) {
            let lines: [JSONLine]
            switch part.content {
            case .client:
                let lineStarts = index.lineStarts[part.rawValue] ?? []
                lines = try blocks.map { block in
                    let end = block + 1 < lineStarts.count ? lineStarts[block + 1] : section.bytes
                    return try readLines(fd: fd, path: path, from: start.offset + lineStarts[block], to: start.offset + end,
                                         firstNumber: start.line + block, count: 1)[0]
                }
            case .records(.melding):
                lines = try blocks.flatMap { block in
                    try readLines(fd: fd, path: path, from: start.offset + index.meldingStarts[block],
                                  to: start.offset + index.meldingStarts[block + 1], firstNumber: start.line + index.meldingLines[block],
                                  count: index.meldingLines[block + 1] - index.meldingLines[block])
                }
            case .records:
                lines = try readLines(fd: fd, path: path, from: start.offset, to: start.offset + section.bytes,
                                      firstNumber: start.line, count: section.lines)
            }
            _ = try reader.read(lines: lines, part: part)
        }
        return Contents(dataset: reader.dataset, seq: header.seq, schema: header.schema, lastEdit: header.lastEdit,
                        notesLength: header.notes ?? 0)
    }

    /// The `count` lines in bytes `from..<to` of the file; fewer or more is a damaged file.
    private static func readLines(fd: Int32, path: String, from: Int, to: Int, firstNumber: Int, count: Int) throws -> [JSONLine] {
        let data = try LineReader.read(fd: fd, at: from, count: to - from, path: path)
        let split = JSONLines.split(data, firstNumber: firstNumber)
        guard data.count == to - from, split.complete, split.lines.count == count else {
            throw WerkbankError(coreText("store.snapshot_truncated", path))
        }
        return split.lines
    }
}
