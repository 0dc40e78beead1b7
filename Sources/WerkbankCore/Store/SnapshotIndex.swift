import Foundation

/// The index line that follows the sections of a schema-4 snapshot (docs/data-format.md). The
/// clients are written in the order of their coach, so each coach's caseload is a run of block
/// lines; the meldingen in the order of their clients. The index says where each block line of a
/// client section starts, which blocks hold each coach's clients, and which melding lines belong
/// to each block's clients. With it the workbench reads one coach's clients first
/// (`Snapshot.decodeFirst`) and the rest afterwards. A file without it (written before it
/// existed) is read whole.
struct SnapshotIndex: Codable, Equatable {
    /// Per client section (its part name): where each block line starts, in bytes from the
    /// section's start.
    var lineStarts: [String: [Int]]
    /// Per coach (user name; "" for none): the blocks holding their clients, ascending.
    var coaches: [String: [Int]]
    /// The meldingen of block k's clients are lines `meldingLines[k] ..< meldingLines[k + 1]` of the
    /// melding section (counted from its first line), starting at byte `meldingStarts[k]` of it;
    /// one more entry than there are blocks. Meldingen of no known client come before block 0.
    var meldingLines: [Int]
    var meldingStarts: [Int]

    /// What the index is built from: the clients in file order, and the lengths of the lines
    /// (with their newlines) of the client sections and the melding section.
    struct Layout {
        var clientIds: [String]
        var coaches: [String]
        var clientLineLengths: [String: [Int]]
        /// The client of each melding line, in file order ("" for none).
        var meldingClients: [String]
        var meldingLineLengths: [Int]
    }

    /// The index of `layout`; nil when the meldingen are not in the order of their clients (then
    /// no index can say where a client's meldingen are).
    init?(_ layout: Layout) {
        let size = Client.clientsPerSectionLine
        let blockOf = Dictionary(layout.clientIds.enumerated().map { ($1, $0 / size) }, uniquingKeysWith: min)
        let meldingBlocks = layout.meldingClients.map { blockOf[$0] ?? -1 }
        guard zip(meldingBlocks, meldingBlocks.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        lineStarts = Dictionary(uniqueKeysWithValues: DataPart.allCases.filter(\.isClientPart).map {
            ($0.rawValue, Self.starts(layout.clientLineLengths[$0.rawValue] ?? []))
        })
        var coaches: [String: [Int]] = [:]
        for (position, coach) in layout.coaches.enumerated() where coaches[coach]?.last != position / size {
            coaches[coach, default: []].append(position / size)
        }
        self.coaches = coaches
        let blocks = (layout.clientIds.count + size - 1) / size
        var lines: [Int] = []
        var line = 0
        for block in 0...blocks {
            while line < meldingBlocks.count && meldingBlocks[line] < block { line += 1 }
            lines.append(line)
        }
        meldingLines = lines
        let byteStarts = Self.starts(layout.meldingLineLengths)
        let total = layout.meldingLineLengths.reduce(0, +)
        meldingStarts = lines.map { $0 < byteStarts.count ? byteStarts[$0] : total }
    }

    /// The order of the clients in the file: by coach, then id.
    static func fileOrder(_ first: Client, _ second: Client) -> Bool {
        (first.coach, first.id) < (second.coach, second.id)
    }

    /// The places of the meldingen (in `meldingen.values`) in the file's order: by the position of
    /// their client in the file (none first), then id. `clientOrder`: the places of `clients` in
    /// the file's order.
    static func meldingOrder(_ meldingen: RecordTable<Melding>, clients: RecordTable<Client>, clientOrder: [Int]) -> [Int] {
        var filePosition = [Int](repeating: 0, count: clientOrder.count)
        for (position, place) in clientOrder.enumerated() { filePosition[place] = position }
        let values = meldingen.values
        let clientPositions = values.map { melding in melding.clientId.flatMap { clients.place(of: $0) }.map { filePosition[$0] } ?? -1 }
        return values.indices.sorted { (clientPositions[$0], values[$0].id) < (clientPositions[$1], values[$1].id) }
    }

    /// Where each line starts, given the lengths.
    private static func starts(_ lengths: [Int]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(lengths.count)
        var offset = 0
        for length in lengths {
            starts.append(offset)
            offset += length
        }
        return starts
    }

    /// The blocks holding the clients of `coaches`, ascending.
    func blocks(of coaches: Set<String>) -> [Int] {
        Set(coaches.flatMap { self.coaches[$0] ?? [] }).sorted()
    }

    /// Whether the index fits a header's sections: every client section has a start per line,
    /// each inside the section, and the melding ranges stay inside the melding section.
    func fits(_ sections: [DataPart: Snapshot.Header.Section]) -> Bool {
        let blocks = sections[.clients]?.lines ?? 0
        for (part, section) in sections where part.isClientPart {
            guard let starts = lineStarts[part.rawValue], starts.count == blocks, section.lines == blocks,
                  starts.allSatisfy({ $0 >= 0 && $0 < section.bytes }) else { return false }
        }
        guard let meldingen = sections[.meldingen], meldingLines.count == blocks + 1, meldingStarts.count == blocks + 1,
              zip(meldingLines, meldingLines.dropFirst()).allSatisfy({ $0 <= $1 }),
              zip(meldingStarts, meldingStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
              (meldingLines.last ?? 0) <= meldingen.lines, (meldingStarts.last ?? 0) <= meldingen.bytes else { return false }
        return coaches.values.allSatisfy { $0.allSatisfy { $0 >= 0 && $0 < blocks } }
    }

    /// The index line of `length` bytes at `offset` (line number `line`), checked against the
    /// header's sections.
    static func read(fd: Int32, path: String, at offset: Int, length: Int, line: Int, schema: Int,
                     sections: [DataPart: Snapshot.Header.Section]) throws -> SnapshotIndex {
        let data = try LineReader.read(fd: fd, at: offset, count: length, path: path)
        guard data.count == length, data.last == 0x0A else { throw WerkbankError(coreText("store.snapshot_truncated", path)) }
        let json = try ChecksumFraming.json(JSONLine(number: line, bytes: data.dropLast()), schema: schema, path: path)
        let index: SnapshotIndex
        do {
            index = try FastJSONDecoder().decode(SnapshotIndex.self, from: json)
        } catch {
            throw WerkbankError(coreText("store.bad_line", path, line, JSONLines.reason(error)))
        }
        guard index.fits(sections) else { throw WerkbankError(coreText("store.bad_index", path, line)) }
        return index
    }
}
