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

    init(fd: Int32, path: String, schema: Int) {
        self.fd = fd
        self.path = path
        self.schema = schema
    }

    /// The ids of the first client section read, in order (sorted); after it, where each of those
    /// clients is in `dataset.clients`: line k of every other client section belongs to the k-th.
    private var order: [String] = []
    private var places: [Dictionary<String, Client>.Index] = []
    private var readFirstClientSection = false

    /// Reads the lines of `slices` as section `part` (nil: tagged records of any collection);
    /// returns how many lines there were, and in a client section how many clients.
    mutating func read(_ slices: inout LineSlices, part: DataPart?) throws -> (lines: Int, clients: Int) {
        var lines = 0
        var clients = 0
        while let batch = try slices.next() {
            lines += batch.count
            if case .client(let clientPart) = part?.content {
                for chunk in decode(batch, minimumChunk: 4, { try Client.readPartBlock(clientPart, from: $0) }) {
                    for (line, block) in try chunk.get() {
                        for (id, value) in block {
                            try place(value, id: id, position: clients, line: line)
                            clients += 1
                        }
                    }
                }
            } else {
                try insert(decode(batch) { try Snapshot.Record(tape: $0).change }, of: part?.kind)
            }
            counter?.reportNow()
        }
        if case .client(let clientPart) = part?.content {
            if !readFirstClientSection {
                if clientPart == .core && !order.isEmpty { counts[.client] = order.count }
                // Looked up once: the other sections reach a client by its place, without hashing.
                places = order.compactMap { dataset.clients.index(forKey: $0) }
                order = []
                readFirstClientSection = true
            }
        }
        return (lines, clients)
    }

    /// The first client section read makes the clients (sorted by id, each once); the others give
    /// the k-th client its part, matched by position and checked by id.
    private mutating func place(_ value: ClientPartValue, id: String, position: Int, line: Int) throws {
        guard !readFirstClientSection else {
            guard position < places.count, dataset.clients.keys[places[position]] == id else {
                throw WerkbankError(coreText("store.part_out_of_place", path, line, id))
            }
            dataset.clients.values[places[position]].take(value)
            return
        }
        if let previous = order.last, id <= previous {
            throw WerkbankError(coreText("store.clients_unsorted", path, line, id))
        }
        order.append(id)
        if case .core(let client) = value {
            dataset.clients[id] = client
        } else {
            var client = Client(id: id)
            client.take(value)
            dataset.clients[id] = client
        }
    }

    /// Puts decoded records into the dataset; each of collection `kind` when given.
    private mutating func insert(_ chunks: [Result<[(line: Int, value: Change)], Error>], of kind: Change.Kind?) throws {
        for chunk in chunks {
            for (line, change) in try chunk.get() {
                guard kind == nil || change.kind == kind else {
                    throw WerkbankError(coreText("store.wrong_section", path, line, change.kind.rawValue))
                }
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
