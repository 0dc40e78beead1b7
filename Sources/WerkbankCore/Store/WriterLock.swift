import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The writer lock: an exclusive `flock` on `werkbank.lock`, which holds who has it
/// (`{"host":…,"pid":…,"since":…,"user":…}`). The kernel releases the lock when the process ends,
/// so a crash never leaves a stale lock; the file's text is only used for the message.
final class WriterLock {
    static let fileName = "werkbank.lock"

    struct Owner: Codable {
        var pid: Int32
        var user: String
        var host: String
        var since: String
    }

    private var fd: Int32
    private let path: String

    /// Takes the lock without waiting; another holder gives an error naming them.
    init(directory: String) throws {
        path = directory + "/" + WriterLock.fileName
        fd = try DataFile.open(path, flags: O_RDWR, create: true)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            let owner = (try? DataFile.read(fd: fd, path: path)).flatMap { try? JSONDecoder().decode(Owner.self, from: $0) }
            Glibc.close(fd)
            guard reason == EWOULDBLOCK else { errno = reason; throw DataFile.ioError(path) }
            let unknown = coreText("store.owner_unknown")
            throw WerkbankError(coreText("store.locked", directory, owner?.user ?? unknown, owner?.host ?? unknown,
                                         owner.map { String($0.pid) } ?? unknown))
        }
    }

    /// Writes who holds the lock (after the directory has been read successfully).
    func recordOwner(user: String, at: String) throws {
        let owner = Owner(pid: getpid(), user: user, host: ProcessInfo.processInfo.hostName, since: at)
        var line = try JSONLines.encoder().encode(owner)
        line.append(0x0A)
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else { throw DataFile.ioError(path) }
        try DataFile.write(fd: fd, line, path: path)
    }

    /// Empties the owner text and releases the lock.
    func release(clearOwner: Bool) {
        guard fd >= 0 else { return }
        if clearOwner { _ = ftruncate(fd, 0) }
        Glibc.close(fd)
        fd = -1
    }

    deinit { release(clearOwner: false) }
}
