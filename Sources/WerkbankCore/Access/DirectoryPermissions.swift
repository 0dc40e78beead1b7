import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The permissions of a data directory (docs/multi-user.md). A directory is private (0700, files
/// 0600) or group-shared: setgid with group rwx (02770), files 0660 for the group. Nothing in it
/// may be readable or writable by others: such a directory or file is refused with the fix.
enum DirectoryPermissions {
    static let privateFileMode: mode_t = 0o600
    static let sharedFileMode: mode_t = 0o660
    static let privateDirectoryMode: mode_t = 0o700

    /// Setgid with read, write and search for the group.
    static func isGroupShared(_ directory: String) -> Bool {
        var info = stat()
        guard stat(directory, &info) == 0 else { return false }
        return info.st_mode & S_ISGID != 0 && info.st_mode & 0o070 == 0o070
    }

    /// The mode of a file werkbank writes in `directory`: 0660 when it is group-shared, else 0600.
    static func fileMode(inDirectory directory: String) -> mode_t {
        isGroupShared(directory) ? sharedFileMode : privateFileMode
    }

    /// Refuses `directory` when it, or a file in it, can be read or written by others.
    static func checkClosedToOthers(_ directory: String) throws {
        try checkClosedToOthers(path: directory, fix: directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() {
            try checkClosedToOthers(path: directory + "/" + name, fix: directory)
        }
    }

    /// A directory werkbank is about to fill (it holds no data yet) is made private, unless it
    /// is group-shared: then only the rights of others are taken away.
    static func prepareNewDirectory(_ directory: String) throws {
        var info = stat()
        guard stat(directory, &info) == 0 else { throw DataFile.ioError(directory) }
        let mode = isGroupShared(directory) ? info.st_mode & 0o7770 : privateDirectoryMode
        guard info.st_mode & 0o7777 != mode else { return }
        guard chmod(directory, mode) == 0 else { throw DataFile.ioError(directory) }
    }

    /// Regular files and directories only: a device such as /dev/null is not data.
    private static func checkClosedToOthers(path: String, fix: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR, info.st_mode & 0o006 != 0 else { return }
        throw WerkbankError(coreText("access.open_to_others", path, String(info.st_mode & 0o7777, radix: 8), fix))
    }
}
