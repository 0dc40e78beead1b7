import Foundation

/// The snapshot file `snapshot.jsonl` (docs/data-format.md): a header line; from schema 4 on the
/// sections of `DataPart` (the clients by coach, in blocks), then the index line (`SnapshotIndex`);
/// before, one record per line tagged by its collection (`{"client":{...}}`). From schema 2 on every
/// line is framed with its checksum.
enum Snapshot {
    static let fileName = "snapshot.jsonl"
    static let format = "werkbank"

    struct Header: Codable {
        var format: String
        var schema: Int
        /// The journal position the snapshot includes; replay starts after it.
        var seq: Int
        /// Records per collection, checked when loading (a cut-off file is refused).
        var counts: [String: Int]
        /// The id of the last journaled edit the snapshot includes or replaces (schema 2; nil when
        /// there was none). Journal edits at or below `seq` are skipped only when the last of
        /// them is this edit.
        var lastEdit: String?
        /// The length of `notities.jsonl` the snapshot's notes point into (schema 3; nil before).
        var notes: Int?
        /// The sections in `DataPart` order (schema 4; nil before: records of every collection,
        /// each client whole on one line).
        var sections: [Section]?
        /// The length of the index line after the sections (`SnapshotIndex`; nil in a file
        /// written before it existed, which is then read whole).
        var index: Int?

        struct Section: Codable, Equatable {
            var part: String
            var lines: Int
            var bytes: Int
        }

        /// The sections by part (empty before schema 4).
        var sectionsByPart: [DataPart: Section] {
            Dictionary(uniqueKeysWithValues: zip(DataPart.allCases, sections ?? []))
        }
    }

    /// What `decode` reads.
    struct Contents {
        var dataset: Dataset
        var seq: Int
        var schema: Int
        var lastEdit: String?
        var notesLength: Int
    }

    /// One record line. Loading reads it with `init(tape:)` (RecordTapeDecoding.swift); `init(from:)`
    /// is the reference it must equal.
    struct Record: Codable {
        var change: Change

        init(_ change: Change) { self.change = change }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Change.Kind.self)
            guard container.allKeys.count == 1, let kind = container.allKeys.first else {
                throw Record.tagError
            }
            change = try Change.decodePut(kind, from: container, forKey: kind)
        }

        /// A line without exactly one member naming a collection.
        static var tagError: DecodingError {
            .dataCorrupted(.init(codingPath: [], debugDescription: coreText("store.record_tag")))
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Change.Kind.self)
            try change.encodeRecord(into: &container, forKey: change.kind)
        }
    }

    /// Writes the snapshot through `write` a batch of lines at a time (each batch encoded on all
    /// cores): every section of `DataPart` in order, then the index line; returns the header line
    /// that goes before them, which names the sections' lengths and so is known last
    /// (`DataFile.writeAtomically(_:headedBy:)`). The file is never whole in memory (282 MB at
    /// 100,000 clients), and the clients and the meldingen are put in the file's order by their
    /// places, not copied into it.
    static func write(_ dataset: Dataset, seq: Int, lastEdit: String?, notesLength: Int, body write: (Data) throws -> Void) throws -> Data {
        let clients = dataset.clients.values
        // The places of `clients` in the file's order.
        let order = clients.indices.sorted { SnapshotIndex.fileOrder(clients[$0], clients[$1]) }
        var counts: [String: Int] = [:]
        var sections: [Header.Section] = []
        var layout = SnapshotIndex.Layout(clientIds: order.map { clients[$0].id }, coaches: order.map { clients[$0].coach },
                                          clientLineLengths: [:], meldingClients: [], meldingLineLengths: [])
        for part in DataPart.allCases {
            let count: Int
            var lengths: [Int] = []
            let emit = { (lines: [Data]) throws in
                lengths += JSONLines.lengths(of: lines)
                for piece in lines { try write(piece) }
            }
            switch part.content {
            case .client(let clientPart):
                let size = Client.clientsPerSectionLine
                count = (clients.count + size - 1) / size
                try encodeLines(count, batch: 128, minimumChunk: 4, into: emit) {
                    Client.PartBlock(clients: order[$0 * size ..< min(($0 + 1) * size, clients.count)].map { clients[$0] }, part: clientPart)
                }
                layout.clientLineLengths[part.rawValue] = lengths
            case .records(.melding):
                // Each melding is made a record as its line is encoded: an array of them as changes
                // (448 bytes each) was 107 MB at 240,000 meldingen.
                let meldingen = dataset.meldingen.values
                let meldingOrder = SnapshotIndex.meldingOrder(dataset.meldingen, clients: dataset.clients, clientOrder: order)
                layout.meldingClients = meldingOrder.map { meldingen[$0].clientId ?? "" }
                count = meldingen.count
                try encodeLines(count, batch: 16_384, into: emit) { Record(.putMelding(meldingen[meldingOrder[$0]])) }
                layout.meldingLineLengths = lengths
            case .records(let kind):
                let records = dataset.sortedRecords(kind)
                count = records.count
                try encodeLines(count, batch: 16_384, into: emit) { Record(records[$0]) }
            }
            if let kind = part.kind {
                let records = part.isClientPart ? clients.count : count
                if records > 0 { counts[kind.rawValue] = records }
            }
            sections.append(Header.Section(part: part.rawValue, lines: count, bytes: lengths.reduce(0, +)))
        }
        // In the order of their clients (`meldingOrder`), the meldingen always have an index.
        let index = try ChecksumFraming.encodeLines([SnapshotIndex(layout)!])
        try write(index)
        return try ChecksumFraming.encodeLines([
            Header(format: format, schema: schemaVersion, seq: seq, counts: counts, lastEdit: lastEdit,
                   notes: notesLength, sections: sections, index: index.count)])
    }

    /// `count` framed lines, `line(i)` encoded on all cores `batch` lines at a time (in chunks of
    /// at least `minimumChunk` lines), each batch's pieces handed to `write` in order before the
    /// next is encoded.
    private static func encodeLines<T: Encodable>(_ count: Int, batch: Int, minimumChunk: Int = 512, into write: ([Data]) throws -> Void,
                                                  _ line: @escaping @Sendable (Int) -> T) throws {
        for start in stride(from: 0, to: count, by: batch) {
            let total = min(batch, count - start)
            let chunks = Parallel.chunkCount(for: total, minimumChunk: minimumChunk)
            try write(Parallel.map(chunks) { index in
                try ChecksumFraming.encodeLines(Parallel.range(index, of: chunks, total: total).lazy.map { line(start + $0) })
            }.map { try $0.get() })
        }
    }

    /// Decodes the snapshot open on `fd`, read a slice at a time (`LineSlices`): each slice's lines
    /// are decoded on all cores while the slice before is put into the dataset (`SectionReader`),
    /// so neither the file nor all decoded records are in memory at once. From schema 4 on only the sections of
    /// `parts` (nil: all) are read (`DataPart.needed`); the others are skipped unread. Any fault
    /// is an error naming the file, line and field. `progress` hears how far it is (0…1), from
    /// any thread. `sliceBytes`: how much is read at a time.
    static func decode(fd: Int32, path: String, parts: Set<DataPart>? = nil, progress: LoadProgress? = nil,
                       sliceBytes: Int = LineSlices.defaultSliceBytes) throws -> Contents {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DataFile.ioError(path) }
        let size = Int(info.st_size)
        guard let headerLine = try LineReader.line(fd: fd, at: 0, path: path) else {
            throw WerkbankError(coreText("store.snapshot_truncated", path))
        }
        let header = try readHeader(JSONLine(number: 1, bytes: headerLine), path: path)
        var reader = SectionReader(fd: fd, path: path, schema: header.schema)
        let needed = header.sections == nil ? Set(DataPart.allCases) : DataPart.needed(for: parts ?? Set(DataPart.allCases))
        // A record line has at least a tag and an id: a damaged count never reserves more.
        reader.dataset.reserveCapacity { kind in
            needed.contains { $0.kind == kind || (kind == .client && $0.isClientPart) } ? min(header.counts[kind.rawValue] ?? 0, size / 16) : 0
        }
        var expected = header.counts.filter { $0.value != 0 }
        if let sections = header.sections {
            let wanted = zip(DataPart.allCases, sections).filter { needed.contains($0.0) }
            reader.counter = progress.map { LoadCounter(total: wanted.reduce(0) { $0 + $1.1.bytes }, report: $0) }
            // A whole read checks the index against what it read.
            if parts == nil && header.index != nil {
                reader.layout = SnapshotIndex.Layout(clientIds: [], coaches: [], clientLineLengths: [:], meldingClients: [],
                                                     meldingLineLengths: [])
            }
            var offset = headerLine.count + 1
            var line = 2
            var sources: [SectionReader.Source] = []
            for (part, section) in zip(DataPart.allCases, sections) {
                if needed.contains(part) {
                    let slices = LineSlices(fd: fd, path: path, start: offset, end: offset + section.bytes, firstNumber: line,
                                            sliceBytes: sliceBytes)
                    // A client section has a part for every client.
                    sources.append(SectionReader.Source(part: part, slices: slices, lines: section.lines,
                                                        clients: part.isClientPart ? header.counts["client"] ?? 0 : nil))
                } else if let kind = part.kind {
                    expected[kind.rawValue] = nil
                }
                offset += section.bytes
                line += section.lines
            }
            try reader.read(sources)
            guard offset + (header.index ?? 0) == size else { throw WerkbankError(coreText("store.snapshot_truncated", path)) }
            if let length = header.index, var layout = reader.layout {
                (layout.clientIds, layout.coaches) = reader.clientsInOrder
                let index = try SnapshotIndex.read(fd: fd, path: path, at: offset, length: length, line: line, schema: header.schema,
                                                   sections: header.sectionsByPart)
                guard SnapshotIndex(layout) == index else { throw WerkbankError(coreText("store.bad_index", path, line)) }
            }
        } else {
            reader.counter = progress.map { LoadCounter(total: size - headerLine.count, report: $0) }
            try reader.read([SectionReader.Source(part: nil, slices: LineSlices(fd: fd, path: path, start: headerLine.count + 1,
                                                                                firstNumber: 2, sliceBytes: sliceBytes))])
        }
        guard Dictionary(uniqueKeysWithValues: reader.counts.map { ($0.key.rawValue, $0.value) }) == expected else {
            throw WerkbankError(coreText("store.snapshot_truncated", path))
        }
        return Contents(dataset: reader.dataset, seq: header.seq, schema: header.schema, lastEdit: header.lastEdit,
                        notesLength: header.notes ?? 0)
    }

    /// The header line. Schema 1 wrote it as plain JSON, schema 2 and later framed: a plain header
    /// claiming schema 2, or a framed one claiming 1, is refused as damaged.
    static func readHeader(_ line: JSONLine, path: String) throws -> Header {
        let framed = line.bytes.first != UInt8(ascii: "{")
        let json = try ChecksumFraming.json(line, schema: framed ? 2 : 1, path: path)
        let header: Header
        do {
            header = try FastJSONDecoder().decode(Header.self, from: json)
        } catch {
            throw WerkbankError(coreText("store.bad_line", path, line.number, JSONLines.reason(error)))
        }
        guard header.format == format else { throw WerkbankError(coreText("store.not_werkbank", path)) }
        guard header.schema <= schemaVersion else {
            throw WerkbankError(coreText("store.newer_schema", path, header.schema, schemaVersion))
        }
        guard header.schema >= 1, header.seq >= 0, framed == (header.schema >= 2), (header.notes ?? 0) >= 0 else {
            throw WerkbankError(coreText("store.bad_line", path, line.number, "schema/seq"))
        }
        if header.schema >= 4 {
            guard let sections = header.sections, sections.map(\.part) == DataPart.allCases.map(\.rawValue),
                  sections.allSatisfy({ $0.lines >= 0 && $0.bytes >= 0 }) else {
                throw WerkbankError(coreText("store.bad_line", path, line.number, "sections"))
            }
        } else if header.sections != nil {
            throw WerkbankError(coreText("store.bad_line", path, line.number, "sections"))
        }
        return header
    }

    /// The header of the snapshot at `path`, read from the file's first line only.
    static func readHeader(path: String) throws -> Header {
        guard let data = try LineReader.firstLine(path: path) else { throw WerkbankError(coreText("store.snapshot_truncated", path)) }
        return try readHeader(JSONLine(number: 1, bytes: data), path: path)
    }
}

extension Dataset {
    /// Adds the record of a put (a snapshot line) with one hash lookup; false when its id was
    /// already present — a duplicate id, which the caller refuses. Other changes are no snapshot
    /// records: false.
    mutating func insertNew(_ change: Change) -> Bool {
        switch change {
        case .putUser(let user): return users.updateValue(user, forKey: user.name) == nil
        case .putClient(let client): return clients.updateValue(client, forKey: client.id) == nil
        case .putEmployer(let employer): return employers.updateValue(employer, forKey: employer.id) == nil
        case .putVacancy(let vacancy): return vacancies.updateValue(vacancy, forKey: vacancy.id) == nil
        case .putPlacement(let placement): return placements.updateValue(placement, forKey: placement.id) == nil
        case .putMelding(let melding): return meldingen.updateValue(melding, forKey: melding.id) == nil
        case .putDraft(let draft): return drafts.updateValue(draft, forKey: draft.id) == nil
        case .putProposal(let proposal): return proposals.updateValue(proposal, forKey: proposal.id) == nil
        default: return false
        }
    }

    /// Makes room for `count(kind)` records of each collection.
    mutating func reserveCapacity(_ count: (Change.Kind) -> Int) {
        users.reserveCapacity(count(.user))
        clients.reserveCapacity(count(.client))
        employers.reserveCapacity(count(.employer))
        vacancies.reserveCapacity(count(.vacancy))
        placements.reserveCapacity(count(.placement))
        meldingen.reserveCapacity(count(.melding))
        drafts.reserveCapacity(count(.draft))
        proposals.reserveCapacity(count(.proposal))
    }
}
