import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Low-level file operations of the data directory, on POSIX descriptors so that permissions,
/// fsync and single-write appends are explicit. Every failure becomes a `WerkbankError` naming the file.
enum DataFile {
    /// A new directory is private to the user (see `DirectoryPermissions` for group-shared ones).
    static let directoryMode: mode_t = DirectoryPermissions.privateDirectoryMode

    /// The failure of the last call (errno) on `path`; a full disk is `.noSpace`.
    static func ioError(_ path: String) -> WerkbankError {
        let code = errno
        return WerkbankError(coreText("store.io_error", path, SystemError.text(code)),
                             kind: SystemError.isNoSpace(code) ? .noSpace : .general)
    }

    /// Opens (creating when asked) and returns the descriptor. A file created here, or one of ours,
    /// gets the directory's file mode with fchmod (0600, or 0660 in a group-shared directory), so
    /// the umask cannot change it; another user's file in a shared directory is left as it is.
    static func open(_ path: String, flags: Int32, create: Bool) throws -> Int32 {
        let mode = DirectoryPermissions.fileMode(inDirectory: (path as NSString).deletingLastPathComponent)
        let fd = Glibc.open(path, flags | O_CLOEXEC | (create ? O_CREAT : 0), mode)
        guard fd >= 0 else { throw ioError(path) }
        var info = stat()
        if create && fstat(fd, &info) == 0 && info.st_uid == geteuid() && info.st_mode & 0o7777 != mode
            && fchmod(fd, mode) != 0 {
            let error = ioError(path)
            Glibc.close(fd)
            throw error
        }
        return fd
    }

    static func exists(_ path: String) -> Bool { size(path) != nil }

    /// The size of the file at `path`, nil when there is none.
    static func size(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw ioError(path)
        }
        defer { Glibc.close(fd) }
        return try read(fd: fd, path: path)
    }

    static func read(fd: Int32, path: String) throws -> Data {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ioError(path) }
        var data = Data(count: max(Int(info.st_size), 0))
        var total = 0
        let capacity = data.count
        try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            while total < capacity {
                let count = Glibc.pread(fd, buffer.baseAddress! + total, capacity - total, off_t(total))
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw ioError(path) }
                if count == 0 { break }
                total += count
            }
        }
        if total < capacity { data.removeSubrange(total...) }
        return data
    }

    /// Writes all of `data` at the descriptor's position (one write call for small data, so an
    /// O_APPEND line is never interleaved with another process's line).
    static func write(fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(fd, base + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw ioError(path) }
                offset += count
            }
        }
    }

    static func sync(fd: Int32, path: String) throws {
        guard fsync(fd) == 0 else { throw ioError(path) }
    }

    /// Makes a rename or a new file in `directory` durable.
    static func syncDirectory(_ directory: String) throws {
        let fd = Glibc.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError(directory) }
        defer { Glibc.close(fd) }
        try sync(fd: fd, path: directory)
    }

    /// Replaces `path` by a file holding `parts`: temp file in the same directory, fsync, rename,
    /// fsync of the directory. A crash leaves either the old or the new file, never a mix.
    static func writeAtomically(_ path: String, parts: [Data]) throws {
        try writeAtomically(path) { fd, temporary in
            for part in parts { try write(fd: fd, part, path: temporary) }
        }
    }

    /// Replaces `path` (as above) by a file whose first line is known only once the rest is
    /// written: `body` writes the rest through the function it is given and returns that head.
    /// The rest goes to a second temporary file (`.body.tmp`), which is copied behind the head a
    /// megabyte at a time, so that neither is ever whole in memory.
    static func writeAtomically(_ path: String, headedBy body: (_ write: (Data) throws -> Void) throws -> Data) throws {
        let bodyPath = path + ".body.tmp"
        let bodyFd = try open(bodyPath, flags: O_RDWR | O_TRUNC, create: true)
        defer {
            Glibc.close(bodyFd)
            unlink(bodyPath)
        }
        let head = try body { try write(fd: bodyFd, $0, path: bodyPath) }
        try writeAtomically(path) { fd, temporary in
            try write(fd: fd, head, path: temporary)
            try copy(from: bodyFd, path: bodyPath, to: fd, path: temporary)
        }
    }

    private static func writeAtomically(_ path: String, _ fill: (_ fd: Int32, _ temporary: String) throws -> Void) throws {
        let temporary = path + ".tmp"
        let fd = try open(temporary, flags: O_WRONLY | O_TRUNC, create: true)
        do {
            try fill(fd, temporary)
            try sync(fd: fd, path: temporary)
        } catch {
            Glibc.close(fd)
            unlink(temporary)
            throw error
        }
        Glibc.close(fd)
        guard rename(temporary, path) == 0 else {
            let error = ioError(path)
            unlink(temporary)
            throw error
        }
        try syncDirectory((path as NSString).deletingLastPathComponent)
    }

    /// Copies all of the file open on `source` (from its start) to `target`'s position.
    private static func copy(from source: Int32, path sourcePath: String, to target: Int32, path targetPath: String) throws {
        var buffer = Data(count: 1 << 20)
        var offset: off_t = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress, $0.count, offset) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw ioError(sourcePath) }
            if count == 0 { return }
            try write(fd: target, buffer.prefix(count), path: targetPath)
            offset += off_t(count)
        }
    }

    /// Creates the directory (and its parents) when missing; a new directory gets 0700.
    static func ensureDirectory(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw WerkbankError(coreText("store.not_a_directory", path))
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path && !exists(parent) {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw WerkbankError(coreText("store.io_error", parent, error.localizedDescription))
            }
        }
        guard mkdir(path, directoryMode) == 0 || errno == EEXIST else { throw ioError(path) }
        guard chmod(path, directoryMode) == 0 else { throw ioError(path) }
    }
}
