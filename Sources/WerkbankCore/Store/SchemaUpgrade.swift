import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Upgrading an older data directory: before a writer rewrites the snapshot in the current schema
/// (and compacts the journal into it), the files it replaces are copied into
/// `backup-schema<N>-<yyyymmdd-hhmmss>/` inside the data directory.
enum SchemaUpgrade {
    /// Copies the snapshot and the journal of `directory` (schema `schema`) into a new backup
    /// folder (0700, files 0600, fsync'ed); returns the message for the user. An upgrade that was
    /// stopped and started again within the same second gets a folder of its own (`-2`, `-3`, …).
    static func backUp(_ directory: String, schema: Int, now: Date = Date()) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let name = "backup-schema\(schema)-" + formatter.string(from: now)
        var backup = directory + "/" + name
        var attempt = 1
        while mkdir(backup, DataFile.directoryMode) != 0 {
            guard errno == EEXIST, attempt < 100 else { throw DataFile.ioError(backup) }
            attempt += 1
            backup = directory + "/" + name + "-\(attempt)"
        }
        guard chmod(backup, DataFile.directoryMode) == 0 else { throw DataFile.ioError(backup) }
        for file in [Snapshot.fileName, Journal.fileName, NotesFile.fileName] {
            guard let data = try DataFile.read(directory + "/" + file) else { continue }
            let target = backup + "/" + file
            let fd = try DataFile.open(target, flags: O_WRONLY | O_TRUNC, create: true)
            defer { Glibc.close(fd) }
            try DataFile.write(fd: fd, data, path: target)
            try DataFile.sync(fd: fd, path: target)
        }
        try DataFile.syncDirectory(backup)
        try DataFile.syncDirectory(directory)
        return coreText("store.schema_upgraded", schema, schemaVersion, backup)
    }
}
