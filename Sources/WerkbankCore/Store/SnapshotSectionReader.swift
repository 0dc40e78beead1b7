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
    private var readFirstClientSection = false

    /// A section to read: its part (nil: tagged records of any collection), its lines, and how
    /// many lines and (in a client section) clients it must have (nil: any).
    struct Source {
        var part: DataPart?
        var slices: LineSlices
        var lines: Int? = nil
        var clients: Int? = nil
    }

    /// Reads `sources` one after another; a section without the lines or clients it must have is
    /// refused as cut off. Pipelined, also from one section into the next: while the cores decode
    /// one slice, this thread reads the next and puts the decoded records of the one before into
    /// the dataset.
    mutating func read(_ sources: [Source]) throws {
        var batches = SourceBatches(sources: sources)
        var done = SectionsDone(sources: sources)
        let parts = sources.map(\.part)
        if var batch = try batches.next() {
            let decoder = SnapshotLineDecoder(schema: schema, path: path, counter: counter)
            var decoding = Parallel.Pending { [batch] in decoder.decode(batch.lines, part: parts[batch.source]) }
            while true {
                // A fault reading the next slice is thrown after this batch is taken: a fault met
                // first in the file is named first.
                let next: Result<(source: Int, lines: [JSONLine])?, Error> = Result { try batches.next() }
                let decoded = decoding.wait()
                if case .success(let next?) = next { decoding = Parallel.Pending { decoder.decode(next.lines, part: parts[next.source]) } }
                try end(&done, before: batch.source)
                try take(decoded, of: batch.lines, part: parts[batch.source], into: &done.counts[batch.source])
                guard let following = try next.get() else { break }
                batch = following
            }
        }
        try end(&done, before: sources.count)
    }

    /// The sections read so far, and what was read of each.
    private struct SectionsDone {
        let sources: [Source]
        var counts: [(lines: Int, clients: Int)]
        var ended = 0

        init(sources: [Source]) {
            self.sources = sources
            counts = Array(repeating: (0, 0), count: sources.count)
        }
    }

    /// Ends the sections before `source` not ended yet, each checked against what it must have.
    private mutating func end(_ done: inout SectionsDone, before source: Int) throws {
        while done.ended < source {
            let (expected, read) = (done.sources[done.ended], done.counts[done.ended])
            guard expected.lines.map({ $0 == read.lines }) ?? true, expected.clients.map({ $0 == read.clients }) ?? true else {
                throw WerkbankError(coreText("store.snapshot_truncated", path))
            }
            endSection(expected.part)
            done.ended += 1
        }
    }

    /// Reads `lines` as the whole of section `part` (some lines of it: the blocks of one coach).
    mutating func read(lines: [JSONLine], part: DataPart) throws -> (lines: Int, clients: Int) {
        var read = (lines: 0, clients: 0)
        let decoded = SnapshotLineDecoder(schema: schema, path: path, counter: counter).decode(lines, part: part)
        try take(decoded, of: lines, part: part, into: &read)
        endSection(part)
        return read
    }

    /// Puts the decoded lines of `batch` into the dataset.
    private mutating func take(_ decoded: SnapshotLineDecoder.Decoded, of batch: [JSONLine], part: DataPart?,
                               into read: inout (lines: Int, clients: Int)) throws {
        read.lines += batch.count
        if layout != nil, let part, part.isClientPart || part == .meldingen {
            let lengths = batch.map { $0.bytes.count + 1 }
            if part == .meldingen { layout?.meldingLineLengths += lengths } else { layout?.clientLineLengths[part.rawValue, default: []] += lengths }
        }
        switch decoded {
        case .clientBlocks(let chunks):
            for chunk in chunks {
                for (line, block) in try chunk.get() {
                    for (id, value) in block {
                        try place(value, id: id, position: read.clients, line: line)
                        read.clients += 1
                    }
                }
            }
        case .records(let chunks):
            try insert(chunks, of: part?.kind)
        case .meldingen(let chunks):
            try insert(meldingen: chunks)
        }
        counter?.reportNow()
    }

    private mutating func endSection(_ part: DataPart?) {
        guard case .client(let clientPart) = part?.content, !readFirstClientSection else { return }
        if clientPart == .core && !dataset.clients.isEmpty { counts[.client] = dataset.clients.count }
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
            guard position < dataset.clients.count, dataset.clients.values[position].id == id else {
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
                guard dataset.insertNew(change) else {
                    throw WerkbankError(coreText("store.duplicate_record", path, line, change.kind.rawValue))
                }
                counts[change.kind, default: 0] += 1
            }
        }
    }

    /// Puts the meldingen of the melding section into the dataset.
    private mutating func insert(meldingen chunks: [Result<[(line: Int, value: Melding)], Error>]) throws {
        for chunk in chunks {
            let meldingen = try chunk.get()
            for (line, melding) in meldingen {
                if layout != nil { layout?.meldingClients.append(melding.clientId ?? "") }
                guard dataset.meldingen.updateValue(melding, forKey: melding.id) == nil else {
                    throw WerkbankError(coreText("store.duplicate_record", path, line, Change.Kind.melding.rawValue))
                }
            }
            counts[.melding, default: 0] += meldingen.count
        }
    }
}

/// The slices of several sections, one after another, each with the number of its section.
private struct SourceBatches {
    var sources: [SectionReader.Source]
    var current = 0

    mutating func next() throws -> (source: Int, lines: [JSONLine])? {
        while current < sources.count {
            if let lines = try sources[current].slices.next() { return (current, lines) }
            current += 1
        }
        return nil
    }
}
