import Foundation

/// Reads the record lines of a snapshot into a dataset, a slice at a time, each slice's lines
/// decoded on all cores: a section of schema 4 (its part named), or before schema 4 the records of
/// every collection after the header.
struct SectionReader {
    let fd: Int32
    let path: String
    let schema: Int
    var counter: LoadCounter?
    var dataset = Dataset()
    /// Records read per collection (client parts other than the core are not counted).
    var counts: [Change.Kind: Int] = [:]
    /// When set, the line lengths and the meldingen's clients are gathered here, to check the
    /// snapshot's index against what was read.
    var layout: SnapshotIndex.Layout?

    init(fd: Int32, path: String, schema: Int) {
        self.fd = fd
        self.path = path
        self.schema = schema
    }

    /// Line k of every client section after the first belongs to the k-th client of the first,
    /// which is the k-th of `dataset.clients.values` (they are only added to).
    private var clientCount = 0
    private var readFirstClientSection = false

    /// Reads the lines of `slices` as section `part` (nil: tagged records of any collection);
    /// returns how many lines there were, and in a client section how many clients.
    mutating func read(_ slices: inout LineSlices, part: DataPart?) throws -> (lines: Int, clients: Int) {
        var read = (lines: 0, clients: 0)
        while let batch = try slices.next() { try self.read(batch, part: part, into: &read) }
        endSection(part)
        return read
    }

    /// Reads `lines` as the whole of section `part` (some lines of it: the blocks of one coach).
    mutating func read(lines: [JSONLine], part: DataPart) throws -> (lines: Int, clients: Int) {
        var read = (lines: 0, clients: 0)
        try self.read(lines, part: part, into: &read)
        endSection(part)
        return read
    }

    private mutating func read(_ batch: [JSONLine], part: DataPart?, into read: inout (lines: Int, clients: Int)) throws {
        read.lines += batch.count
        if layout != nil, let part, part.isClientPart || part == .meldingen {
            let lengths = batch.map { $0.bytes.count + 1 }
            if part == .meldingen { layout?.meldingLineLengths += lengths } else { layout?.clientLineLengths[part.rawValue, default: []] += lengths }
        }
        if case .client(let clientPart) = part?.content {
            for chunk in decode(batch, minimumChunk: 4, { try Client.readPartBlock(clientPart, from: $0) }) {
                for (line, block) in try chunk.get() {
                    for (id, value) in block {
                        try place(value, id: id, position: read.clients, line: line)
                        read.clients += 1
                    }
                }
            }
        } else {
            try insert(decode(batch) { try Snapshot.Record(tape: $0).change }, of: part?.kind)
        }
        counter?.reportNow()
    }

    private mutating func endSection(_ part: DataPart?) {
        guard case .client(let clientPart) = part?.content, !readFirstClientSection else { return }
        clientCount = dataset.clients.count
        if clientPart == .core && clientCount > 0 { counts[.client] = clientCount }
        readFirstClientSection = true
    }

    /// The clients in file order, with their coaches, for checking the index (after the core).
    var clientsInOrder: (ids: [String], coaches: [String]) {
        (dataset.clients.values.map(\.id), dataset.clients.values.map(\.coach))
    }

    /// The first client section read makes the clients (each once); the others give
    /// the k-th client its part, matched by position and checked by id.
    private mutating func place(_ value: ClientPartValue, id: String, position: Int, line: Int) throws {
        guard !readFirstClientSection else {
            guard position < clientCount, dataset.clients.values[position].id == id else {
                throw WerkbankError(coreText("store.part_out_of_place", path, line, id))
            }
            dataset.clients.modify(at: position) { $0.take(value) }
            return
        }
        var client: Client
        if case .core(let core) = value {
            client = core
        } else {
            client = Client(id: id)
            client.take(value)
        }
        guard dataset.clients.updateValue(client, forKey: id) == nil else {
            throw WerkbankError(coreText("store.client_twice", path, line, id))
        }
    }

    /// Puts decoded records into the dataset; each of collection `kind` when given.
    private mutating func insert(_ chunks: [Result<[(line: Int, value: Change)], Error>], of kind: Change.Kind?) throws {
        for chunk in chunks {
            for (line, change) in try chunk.get() {
                guard kind == nil || change.kind == kind else {
                    throw WerkbankError(coreText("store.wrong_section", path, line, change.kind.rawValue))
                }
                if case .putMelding(let melding) = change, layout != nil { layout?.meldingClients.append(melding.clientId ?? "") }
                guard dataset.insertNew(change) else {
                    throw WerkbankError(coreText("store.duplicate_record", path, line, change.kind.rawValue))
                }
                counts[change.kind, default: 0] += 1
            }
        }
    }

    /// `read` applied to the JSON of every line, on all cores, in chunks (of at least
    /// `minimumChunk` lines) in line order.
    private func decode<T: Sendable>(_ lines: [JSONLine], minimumChunk: Int = 512,
                                     _ read: @escaping @Sendable (TapeObject) throws -> T) -> [Result<[(line: Int, value: T)], Error>] {
        let chunks = Parallel.chunkCount(for: lines.count, minimumChunk: minimumChunk)
        let (schema, path, counter) = (schema, path, counter)
        return Parallel.map(chunks) { index in
            let decoder = FastJSONDecoder()
            var values: [(line: Int, value: T)] = []
            for position in Parallel.range(index, of: chunks, total: lines.count) {
                let line = lines[position]
                counter?.tick(bytes: line.bytes.count + 1)
                let json = try ChecksumFraming.json(line, schema: schema, path: path)
                do {
                    values.append((line.number, try decoder.withTapeObject(json, read)))
                } catch {
                    throw WerkbankError(coreText("store.bad_line", path, line.number, JSONLines.reason(error)))
                }
            }
            return values
        }
    }
}
