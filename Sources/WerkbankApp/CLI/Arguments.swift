/// Parsed command-line arguments: positional words, `--name value` options and `--flag` flags.
public struct Arguments: Equatable, Sendable {
    public var positional: [String] = []
    public var options: [String: String] = [:]
    public var flags: Set<String> = []

    /// Parses `words`. `valued` names the options that take a value, `allowedFlags` the flags
    /// (both without dashes; `help` is always allowed). `--name=value` is accepted too.
    public init(_ words: [String], valued: Set<String>, allowedFlags: Set<String> = []) throws {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--"), word.count > 2 else {
                if word.hasPrefix("-"), word.count > 1, word != "-h" {
                    throw UsageError(cliText("cli.unknown_option", word))
                }
                if word == "-h" { flags.insert("help") } else { positional.append(word) }
                continue
            }
            var name = String(word.dropFirst(2))
            if let eq = name.firstIndex(of: "=") {
                let value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
                guard valued.contains(name) else { throw UsageError(cliText("cli.unknown_option", "--" + name)) }
                options[name] = value
            } else if valued.contains(name) {
                guard index < words.count else { throw UsageError(cliText("cli.missing_value", "--" + name)) }
                options[name] = words[index]
                index += 1
            } else if allowedFlags.contains(name) || name == "help" {
                flags.insert(name)
            } else {
                throw UsageError(cliText("cli.unknown_option", word))
            }
        }
    }

    public init() {}
}

/// A wrong command line: printed with the usage, exit code 2.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
