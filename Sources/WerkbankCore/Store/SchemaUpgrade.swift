import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Upgrading an older data directory: before a writer rewrites the snapshot in the current schema
/// (and compacts the journal into it), the files it replaces are copied into
/// `backup-schema<N>-<yyyymmdd-hhmmss>/` inside the data directory.
enum SchemaUpgrade {
    /// Copies the snapshot and the journal of `directory` (schema `schema`) into a new backup
    /// folder (0700, files 0600, fsync'ed); returns the message for the user.
    static func backUp(_ directory: String, schema: Int, now: Date = Date()) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let name = "backup-schema\(schema)-" + formatter.string(from: now)
        let backup = directory + "/" + name
        guard mkdir(backup, DataFile.directoryMode) == 0, chmod(backup, DataFile.directoryMode) == 0 else {
            throw DataFile.ioError(backup)
        }
        for file in [Snapshot.fileName, Journal.fileName] {
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
