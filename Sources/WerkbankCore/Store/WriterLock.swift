import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The append lock: an exclusive `flock` on `werkbank.lock`, held only for the few milliseconds
/// of one append (catch-up, check, write, fsync, audit line) or a compaction — never for a
/// session, so any number of processes write one data directory. The kernel releases the lock
/// when a process ends, so a crash never leaves it stale. The file's text names the last holder
/// (`{"host":…,"pid":…,"since":…,"user":…}`), only for the message when waiting takes too long.
final class WriterLock {
    static let fileName = "werkbank.lock"

    struct Owner: Codable {
        var pid: Int32
        var user: String
        var host: String
        var since: String
    }

    /// How long an append waits for the lock before giving up with a message.
    static let timeout: Double = 30

    private var fd: Int32
    private let path: String
    private let directory: String
    private let writable: Bool

    /// Opens (creating when missing) the lock file; takes no lock yet. A directory the user can
    /// only read still allows the lock when the file exists (`flock` needs no write access).
    init(directory: String) throws {
        self.directory = directory
        path = directory + "/" + WriterLock.fileName
        if let fd = try? DataFile.open(path, flags: O_RDWR, create: true) {
            self.fd = fd
            writable = true
        } else {
            fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw DataFile.ioError(path) }
            writable = false
        }
    }

    /// Runs `body` holding the lock. Waits (polling, at most 1 ms apart) while another process
    /// holds it; after `timeout` seconds the error names the last holder. The file's text is
    /// set to `user` (nil leaves it: opening a directory writes nothing until it was read).
    func hold<T>(user: String?, _ body: () throws -> T) throws -> T {
        try acquire()
        defer { _ = flock(fd, LOCK_UN) }
        if writable, let user { recordOwner(user: user) }
        return try body()
    }

    private func acquire() throws {
        let deadline = ContinuousClock.now + .milliseconds(Int(Self.timeout * 1000))
        var pause = 50   // microseconds, doubled up to 1 ms: an append holds the lock for about one fsync
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw DataFile.ioError(path) }
            guard ContinuousClock.now < deadline else {
                let owner = (try? DataFile.read(fd: fd, path: path)).flatMap { try? JSONDecoder().decode(Owner.self, from: $0) }
                let unknown = coreText("store.owner_unknown")
                throw WerkbankError(coreText("store.lock_timeout", directory, Int(Self.timeout), owner?.user ?? unknown,
                                             owner?.host ?? unknown, owner.map { String($0.pid) } ?? unknown))
            }
            usleep(useconds_t(pause))
            pause = min(pause * 2, 1_000)
        }
    }

    /// Notes who holds the lock now (best effort: only for the timeout message).
    private func recordOwner(user: String) {
        let owner = Owner(pid: getpid(), user: user, host: WriterLock.host, since: Store.timestamp())
        guard var line = try? JSONLines.encoder().encode(owner) else { return }
        line.append(0x0A)
        guard ftruncate(fd, 0) == 0 else { return }
        _ = line.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    private static let host: String = {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count) == 0 else { return "?" }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    func close() {
        guard fd >= 0 else { return }
        Glibc.close(fd)
        fd = -1
    }

    deinit { close() }
}
