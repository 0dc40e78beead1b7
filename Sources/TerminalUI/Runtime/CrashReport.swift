import Foundation
internal import CNCurses

/// What a crash leaves (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT; a failed Swift
/// precondition is a trap): the terminal restored, a crash file (0600: signal, time, pid,
/// backtrace) and one line on standard error naming it, then the process ends at once with
/// 128 + signal. It replaces the Swift runtime's backtracer, which on a terminal waits for a
/// key ("Press space to interact"). The writer lock is a flock, released by the kernel.
public enum CrashReport {
    /// Installs the handlers for the rest of the process. The line on standard error is
    /// `message` + signal number + `messageEnd` + the crash file's path; the file goes to
    /// `directory` (made, with its parent, when missing), else to `fallback`.
    public static func install(directory: String, fallback: String, message: String, messageEnd: String) {
        wb_install_crash_handler(directory, fallback, message, messageEnd)
    }

    /// `$XDG_STATE_HOME/werkbank`, else `~/.local/state/werkbank`.
    public static func directory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/werkbank" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/werkbank"
    }

    /// The temp directory (`TMPDIR`, else /tmp), without a trailing slash.
    public static func fallbackDirectory(environment: [String: String]) -> String {
        let temp = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return temp.count > 1 && temp.hasSuffix("/") ? String(temp.dropLast()) : temp
    }
}
