import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An index of `audit.jsonl` by client and by user, so that a client's history is found without
/// reading the whole log (docs/data-format.md). `audit-index/` holds 256 bucket files `00`…`ff`,
/// each an append-only list of 16-byte records (key hash, byte offset of the line; little
/// endian), and `state.json`: how far into the log the index reaches, the SHA-256 of the last
/// line it covers and the record count of every bucket. It is derived data: caught up from the
/// log whenever it is behind, rebuilt when missing or when it does not match the log.
enum AuditIndex {
    static let directoryName = "audit-index"
    static let bucketCount = 256
    static let recordSize = 16
    private static let version = 1

    struct State: Codable, Equatable {
        var version: Int
        /// Bytes of the log covered (always the end of a complete line).
        var covered: Int
        /// SHA-256 of the last covered line ("" when nothing is covered).
        var lastLine: String
        /// Records per bucket.
        var counts: [Int]

        static let empty = State(version: AuditIndex.version, covered: 0, lastLine: "", counts: Array(repeating: 0, count: bucketCount))
    }

    struct Record: Equatable {
        var key: UInt64
        var offset: Int
        var bucket: Int { Int(key >> 56) }
    }

    static func key(subject: String) -> UInt64 { fnv1a("s\u{0}" + subject) }
    static func key(user: String) -> UInt64 { fnv1a("u\u{0}" + user) }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The bytes of every log line whose key hash is `key`, oldest first (the caller checks the
    /// line really is about its subject: two keys can share a hash). The index is caught up first;
    /// when it cannot be written (a directory the user may only read) the part of the log it does
    /// not cover is read instead.
    static func lines(matching key: UInt64, directory: String) throws -> [Data] {
        let logPath = directory + "/" + AuditLog.fileName
        let logFd = Glibc.open(logPath, O_RDONLY | O_CLOEXEC)
        guard logFd >= 0 else {
            if errno == ENOENT { return [] }
            throw DataFile.ioError(logPath)
        }
        defer { Glibc.close(logFd) }
        let logSize = try LineReader.size(fd: logFd, path: logPath)
        let index = Files(directory: directory)
        let lockFd = index.lock()
        defer { if lockFd >= 0 { Glibc.close(lockFd) } }
        var state = try index.validState(logFd: logFd, logPath: logPath, buckets: [Int(key >> 56)]) ?? .empty
        if lockFd >= 0 && state.covered < logSize {
            do {
                state = try catchUp(index, from: state, logFd: logFd, logPath: logPath, logSize: logSize)
            } catch is Damage {
                state = try catchUp(index, from: .empty, logFd: logFd, logPath: logPath, logSize: logSize)
            }
        }
        var offsets = try index.records(in: key >> 56, upTo: state).filter { $0.key == key }.map(\.offset)
        if state.covered < logSize {
            let tail = try LineReader.read(fd: logFd, at: state.covered, count: logSize - state.covered, path: logPath)
            offsets += records(in: tail, startingAt: state.covered).filter { $0.key == key }.map(\.offset)
        }
        return try offsets.compactMap { try LineReader.line(fd: logFd, at: $0, path: logPath) }
    }

    /// The records of the complete lines of `data`, which starts at byte `start` of the log.
    static func records(in data: Data, startingAt start: Int) -> [Record] {
        struct Keys: Decodable { var subject: String?; var user: String? }
        let decoder = FastJSONDecoder()
        var records: [Record] = []
        var offset = start
        let (lines, complete, _) = JSONLines.split(data)
        for line in complete ? lines : lines.dropLast() {
            defer { offset += line.bytes.count + 1 }
            guard let keys = try? decoder.decode(Keys.self, from: line.bytes) else { continue }
            if let subject = keys.subject { records.append(Record(key: key(subject: subject), offset: offset)) }
            if let user = keys.user { records.append(Record(key: key(user: user), offset: offset)) }
        }
        return records
    }

    /// A bucket shorter than its state says: the index is rebuilt.
    struct Damage: Error {}

    /// Adds the records of the log lines after `state.covered` (read in blocks) and writes the new state.
    private static func catchUp(_ index: Files, from state: State, logFd: Int32, logPath: String, logSize: Int) throws -> State {
        var state = state
        var blockSize = 8 << 20
        while state.covered < logSize {
            let block = try LineReader.read(fd: logFd, at: state.covered, count: min(blockSize, logSize - state.covered), path: logPath)
            guard let lastNewline = block.lastIndex(of: 0x0A) else {
                guard block.count == blockSize else { break }   // only a line without its newline is left
                blockSize *= 2
                continue
            }
            let lines = block[...lastNewline]
            var buckets: [Int: Data] = [:]
            for record in records(in: lines, startingAt: state.covered) {
                withUnsafeBytes(of: record.key.littleEndian) { buckets[record.bucket, default: Data()].append(contentsOf: $0) }
                withUnsafeBytes(of: UInt64(record.offset).littleEndian) { buckets[record.bucket, default: Data()].append(contentsOf: $0) }
            }
            for (bucket, data) in buckets {
                try index.append(data, to: bucket, after: state.counts[bucket])
                state.counts[bucket] += data.count / recordSize
            }
            // `covered` is always the start of a line, so the block's last line starts inside it.
            let lastLineStart = lines[..<lastNewline].lastIndex(of: 0x0A).map { $0 + 1 } ?? lines.startIndex
            state.lastLine = SHA256.hexHash(lines[lastLineStart ..< lastNewline])
            state.covered += lines.count
        }
        try index.write(state)
        return state
    }

    /// The index's files.
    struct Files {
        let path: String
        init(directory: String) { path = directory + "/" + AuditIndex.directoryName }

        var statePath: String { path + "/state.json" }
        func bucketPath(_ bucket: Int) -> String { path + "/" + String(format: "%02x", bucket) }

        /// Takes the index's exclusive lock (blocking); -1 when the index cannot be written.
        func lock() -> Int32 {
            guard (try? DataFile.ensureDirectory(path)) != nil,
                  let fd = try? DataFile.open(path + "/lock", flags: O_RDWR, create: true) else { return -1 }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { Glibc.close(fd); return -1 }
            }
            return fd
        }

        /// The stored state when it matches the log (it ends on a line whose hash it records, and
        /// `buckets` hold their records); nil when missing or damaged.
        func validState(logFd: Int32, logPath: String, buckets: [Int]) throws -> State? {
            guard let data = try DataFile.read(statePath),
                  let state = try? JSONDecoder().decode(State.self, from: data) else { return nil }
            return try problem(with: state, logFd: logFd, logPath: logPath, buckets: buckets) == nil ? state : nil
        }

        /// What is wrong with `state`, or nil.
        func problem(with state: State, logFd: Int32, logPath: String, buckets: [Int] = Array(0..<bucketCount)) throws -> String? {
            guard state.version == AuditIndex.version, state.counts.count == bucketCount, state.covered >= 0,
                  state.counts.allSatisfy({ $0 >= 0 }) else { return "state.json" }
            guard state.covered <= (try LineReader.size(fd: logFd, path: logPath)) else { return "audit.jsonl < \(state.covered)" }
            if state.covered > 0 {
                guard let last = try LineReader.lastLine(fd: logFd, length: state.covered, path: logPath), last.terminated,
                      SHA256.hexHash(last.bytes) == state.lastLine else { return "audit.jsonl @\(state.covered)" }
            }
            for bucket in buckets where size(of: bucket) < state.counts[bucket] * recordSize {
                return String(format: "%02x", bucket)
            }
            return nil
        }

        /// The first `state.counts[bucket]` records of a bucket.
        func records(in bucket: UInt64, upTo state: State) throws -> [Record] {
            let count = state.counts[Int(bucket)]
            guard count > 0 else { return [] }
            let path = bucketPath(Int(bucket))
            let fd = try DataFile.open(path, flags: O_RDONLY, create: false)
            defer { Glibc.close(fd) }
            let data = try LineReader.read(fd: fd, at: 0, count: count * recordSize, path: path)
            return data.withUnsafeBytes { raw in
                (0 ..< data.count / recordSize).map { position in
                    Record(key: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position * recordSize, as: UInt64.self)),
                           offset: Int(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position * recordSize + 8, as: UInt64.self))))
                }
            }
        }

        func size(of bucket: Int) -> Int {
            var info = stat()
            return stat(bucketPath(bucket), &info) == 0 ? Int(info.st_size) : 0
        }

        /// Writes `data` after the first `count` records (anything beyond them was never recorded in
        /// the state); throws `Damage` when the bucket holds fewer.
        func append(_ data: Data, to bucket: Int, after count: Int) throws {
            guard size(of: bucket) >= count * recordSize else { throw Damage() }
            let path = bucketPath(bucket)
            let fd = try DataFile.open(path, flags: O_WRONLY, create: true)
            defer { Glibc.close(fd) }
            guard ftruncate(fd, off_t(count * recordSize)) == 0, lseek(fd, 0, SEEK_END) >= 0 else { throw DataFile.ioError(path) }
            try DataFile.write(fd: fd, data, path: path)
        }

        func write(_ state: State) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try DataFile.writeAtomically(statePath, parts: [try encoder.encode(state)])
        }

        /// Removes the state, so the next use rebuilds the index from the log.
        func invalidate() { unlink(statePath) }
    }

    /// What is wrong with the index of `directory` (nil when it matches the log or does not exist
    /// yet): the state must match the log, and the buckets must hold exactly the records of the
    /// log lines the state covers.
    static func verify(directory: String, log: Data) throws -> String? {
        let index = Files(directory: directory)
        guard let data = try DataFile.read(index.statePath) else { return nil }
        guard let state = try? JSONDecoder().decode(State.self, from: data) else { return "state.json" }
        let logPath = directory + "/" + AuditLog.fileName
        let logFd = Glibc.open(logPath, O_RDONLY | O_CLOEXEC)
        guard logFd >= 0 else { return state.covered == 0 ? nil : "audit.jsonl" }
        defer { Glibc.close(logFd) }
        if let problem = try index.problem(with: state, logFd: logFd, logPath: logPath) { return problem }
        var expected = Array(repeating: [Record](), count: bucketCount)
        for record in records(in: log.prefix(state.covered), startingAt: 0) { expected[record.bucket].append(record) }
        for bucket in 0..<bucketCount where try index.records(in: UInt64(bucket), upTo: state) != expected[bucket] {
            return String(format: "%02x", bucket)
        }
        return nil
    }
}
