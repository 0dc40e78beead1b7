import Foundation
import WerkbankCore

/// One `werkbank NAME …` command. Each lives in its own file and is listed in `CLI.commands`.
public protocol Subcommand {
    /// The word after `werkbank`.
    static var name: String { get }
    /// Key in `cliStrings` of the one-line summary shown by `werkbank --help`.
    static var summaryKey: String { get }
    /// Key in `cliStrings` of the full `--help` text (usage line first).
    static var helpKey: String { get }
    /// Options (without `--`) that take a value, besides the global `data`, `user` and `lang`.
    static var valuedOptions: Set<String> { get }
    /// Flags (without `--`) the command accepts besides `--help`.
    static var flags: Set<String> { get }
    /// Runs the command; returns the exit code (0 ok, 1 failure). Throws `UsageError` (exit 2)
    /// or `WerkbankError` (exit 1, message printed).
    static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32
}

extension Subcommand {
    public static var flags: Set<String> { [] }
}

/// What every command gets: where the data is, who is working, where to write.
public struct CLIContext {
    public var explicitDataDirectory: String?
    public var environment: [String: String]
    /// The name asked for (`--user`, else `$WERKBANK_USER`), else the OS login.
    public var user: String { requestedUser ?? osLogin }
    /// The user named with `--user` or `$WERKBANK_USER`; nil when none was named.
    public var requestedUser: String?
    /// The OS login running werkbank (what a user record's `login` is compared with).
    public var osLogin: String
    public var output: TextOutput
    public var errors: TextOutput
    /// True when standard output is a terminal (progress bars, colours).
    public var isTerminal: Bool

    /// The data directory to work on; the built-in demo directory is created on first use.
    public func preparedDataDirectory() throws -> URL {
        if usesDemoDirectory { try DemoData.ensureDirectory(at: dataDirectory, today: Day.today(environment: environment)) }
        return dataDirectory
    }

    /// Opens a data directory as `user` (default: the person working), with a loading bar.
    func openStore(_ directory: URL, user: String? = nil, readOnly: Bool = false, parts: Set<DataPart>? = nil) throws -> Store {
        try withLoadingBar { try Store.open(directory, user: user ?? self.user, readOnly: readOnly, parts: parts, progress: $0) }
    }

    /// Runs `body` with a bar on standard error that shows once reading the data takes longer
    /// than half a second, and is cleared afterwards.
    func withLoadingBar<T>(_ body: (@escaping LoadProgress) throws -> T) rethrows -> T {
        let progress = ProgressLine(output: errors, enabled: isTerminal)
        defer { progress.finish() }
        let label = cliText("cli.loading")
        return try body { progress.bar(label, $0) }
    }

    /// `--data DIR`, else `$WERKBANK_DATA`, else the demo directory.
    public var dataDirectory: URL {
        if let explicit = explicitDataDirectory { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment["WERKBANK_DATA"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        return CLIContext.demoDirectory(environment: environment)
    }

    /// True when no data directory was named, so the built-in demo directory is used.
    public var usesDemoDirectory: Bool {
        explicitDataDirectory == nil && (environment["WERKBANK_DATA"] ?? "").isEmpty
    }

    /// `$XDG_DATA_HOME/werkbank/demo`, else `~/.local/share/werkbank/demo`.
    public static func demoDirectory(environment: [String: String]) -> URL {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            base = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return URL(fileURLWithPath: base).appendingPathComponent("werkbank/demo")
    }
}

/// A place to write text (standard output, standard error, or a string in tests).
public final class TextOutput: Sendable {
    private let write: @Sendable (String) -> Void
    public init(_ write: @escaping @Sendable (String) -> Void) { self.write = write }
    public func line(_ text: String = "") { write(text + "\n") }
    public func raw(_ text: String) { write(text) }

    public static let standardOutput = TextOutput { FileHandle.standardOutput.write(Data($0.utf8)) }
    public static let standardError = TextOutput { FileHandle.standardError.write(Data($0.utf8)) }
}
