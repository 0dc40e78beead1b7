import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file without a moment where it is half written: the bytes go to a temporary file
/// next to it (mode 0600), are fsync'ed, and the temporary file is renamed over the target.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        func failure() -> WerkbankError {
            WerkbankError(coreText("exchange.cannot_write", url.path, SystemError.text(errno)))
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw failure() }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 { if errno == EINTR { continue }; return false }
                written += result
            }
            return fsync(descriptor) == 0
        }
        let error = ok ? nil : failure()
        close(descriptor)
        guard error == nil, rename(temporary, url.path) == 0 else {
            let thrown = error ?? failure()
            unlink(temporary)
            throw thrown
        }
    }
}
