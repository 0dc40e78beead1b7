import Foundation
import TerminalUI
import WerkbankCore

/// The command-line entry: global options, dispatch to a subcommand, exit codes
/// (0 ok, 1 failure, 2 usage).
public enum CLI {
    /// The built-in subcommands, in the order `werkbank --help` lists them; `main` gets these
    /// plus any added by the executable (`werkbank bench`).
    public static var commands: [any Subcommand.Type] { [
        VersionCommand.self,
        DemoCommand.self,
        ReportCommand.self,
        ImportCommand.self,
        ExportCommand.self,
        CheckCommand.self,
        AuditCommand.self,
        IntakeCommand.self,
        UserCommand.self,
        NoteCommand.self,
        VacanciesCommand.self,
        MatchCommand.self,
        CardCommand.self,
    ] }

    static let globalOptions: Set<String> = ["data", "user", "lang"]

    /// Runs `werkbank` with `arguments` (without the program name). With no subcommand it starts
    /// the terminal workbench through `startWorkbench`. `reportsCrashes` (the real program, not
    /// tests) installs `CrashReport` in the chosen language.
    public static func main(_ arguments: [String], commands: [any Subcommand.Type] = CLI.commands,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            output: TextOutput = .standardOutput, errors: TextOutput = .standardError,
                            isTerminal: Bool = isatty(STDOUT_FILENO) == 1, reportsCrashes: Bool = false,
                            startWorkbench: (Arguments, CLIContext) throws -> Int32 = Workbench.run) -> Int32 {
        let commandIndex = arguments.firstIndex { !$0.hasPrefix("-") && !isValueOfGlobalOption($0, in: arguments, commands: commands) }
        let commandName = commandIndex.map { arguments[$0] }
        let command = commandName.flatMap { name in commands.first { $0.name == name } }
        if let commandName, command == nil {
            errors.line(cliText("cli.unknown_command", commandName))
            errors.line(cliText("cli.see_help"))
            return 2
        }
        var words = arguments
        if let commandIndex { words.remove(at: commandIndex) }
        let language = Language.current
        defer { Language.current = language }
        do {
            let valued = globalOptions.union(command?.valuedOptions ?? ["theme"])
            let parsed = try Arguments(words, valued: valued, allowedFlags: command?.flags ?? ["version", "toolkit-demo"])
            if let lang = parsed.options["lang"] {
                guard let language = Language(rawValue: lang) else { throw UsageError(cliText("cli.bad_language", lang)) }
                Language.current = language
            }
            if reportsCrashes {
                CrashReport.install(directory: CrashReport.directory(environment: environment),
                                    fallback: CrashReport.fallbackDirectory(environment: environment),
                                    message: cliText("cli.crash"), messageEnd: cliText("cli.crash_file"))
            }
            let context = CLIContext(
                explicitDataDirectory: parsed.options["data"],
                environment: environment,
                requestedUser: parsed.options["user"] ?? environment["WERKBANK_USER"].flatMap { $0.isEmpty ? nil : $0 },
                osLogin: osUserName(environment),
                output: output, errors: errors, isTerminal: isTerminal)
            if parsed.flags.contains("help") {
                output.line(command.map { cliText($0.helpKey) } ?? generalHelp(commands))
                return 0
            }
            if parsed.flags.contains("version") && command == nil {
                return try VersionCommand.run(parsed, context: context)
            }
            guard let command else { return try startWorkbench(parsed, context) }
            return try command.run(parsed, context: context)
        } catch let error as UsageError {
            errors.line(error.message)
            errors.line(command.map { cliText($0.helpKey) }.map { String($0.prefix { $0 != "\n" }) } ?? cliText("cli.see_help"))
            return 2
        } catch let error as TerminalError {
            errors.line(Workbench.describe(error))
            return 2
        } catch let error as WerkbankError {
            errors.line(error.description)
            return 1
        } catch {
            errors.line(cliText("cli.unexpected", String(describing: error)))
            return 1
        }
    }

    static func isValueOfGlobalOption(_ word: String, in arguments: [String], commands: [any Subcommand.Type]) -> Bool {
        guard let index = arguments.firstIndex(of: word), index > 0 else { return false }
        let previous = arguments[index - 1]
        return previous.hasPrefix("--") && !previous.contains("=")
            && (globalOptions.contains(String(previous.dropFirst(2))) || commands.contains { $0.valuedOptions.contains(String(previous.dropFirst(2))) })
    }

    static func generalHelp(_ commands: [any Subcommand.Type]) -> String {
        var lines = [cliText("cli.help_header"), ""]
        for command in commands {
            lines.append("  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + cliText(command.summaryKey))
        }
        lines += ["", cliText("cli.help_global")]
        return lines.joined(separator: "\n")
    }

    static func osUserName(_ environment: [String: String]) -> String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "gebruiker"
    }
}

/// `werkbank version`
public enum VersionCommand: Subcommand {
    public static let name = "version"
    public static let summaryKey = "cli.version.summary"
    public static let helpKey = "cli.version.help"
    public static let valuedOptions: Set<String> = []
    public static let version = "0.1.0"

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        context.output.line("werkbank \(version) (schema \(schemaVersion))")
        return 0
    }
}
