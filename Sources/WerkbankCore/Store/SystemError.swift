#if canImport(Glibc)
import Glibc
#endif

/// The operating system's error texts in the person's language ("Permission denied" →
/// "geen toegang"); codes without a translation keep the C library's text.
public enum SystemError {
    private static let keys: [Int32: String] = [
        EACCES: "os.access", EPERM: "os.permission", ENOENT: "os.not_found", EEXIST: "os.exists",
        ENOSPC: "os.no_space", EDQUOT: "os.quota", EROFS: "os.read_only", EIO: "os.io",
        EISDIR: "os.is_directory", ENOTDIR: "os.not_directory", EMFILE: "os.too_many_files",
        ENAMETOOLONG: "os.name_too_long", EBUSY: "os.busy", ENOTEMPTY: "os.not_empty", EXDEV: "os.cross_device",
    ]

    public static func text(_ code: Int32) -> String {
        keys[code].map { coreText($0) } ?? String(cString: strerror(code))
    }

    /// A full disk or quota: the data can still be read.
    public static func isNoSpace(_ code: Int32) -> Bool { code == ENOSPC || code == EDQUOT }
}
