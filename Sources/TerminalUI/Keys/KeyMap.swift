import Foundation

/// Keys mapped to commands per view scope, with a global fallback (tig's keymaps).
public struct KeyMap: Sendable {
    public static let globalScope = "global"

    /// Every known command, in declaration order (the order of the help overlay).
    public let commands: [Command]
    private let commandsByName: [String: Command]
    private let order: [String: Int]
    /// scope → key → command name.
    private var table: [String: [Key: String]] = [:]

    /// Binds every command's default keys in its own scope. When two commands of one scope
    /// claim the same key, the one declared first keeps it.
    public init(commands: [Command]) {
        self.commands = commands
        var byName: [String: Command] = [:], order: [String: Int] = [:]
        for (i, command) in commands.enumerated() where byName[command.name] == nil {
            byName[command.name] = command; order[command.name] = i
        }
        commandsByName = byName
        self.order = order
        for command in commands {
            for key in command.defaultKeys where table[command.scope]?[key] == nil {
                table[command.scope, default: [:]][key] = command.name
            }
        }
    }

    /// Scopes that have commands (always including the global scope).
    public var scopes: Set<String> { Set(commands.map(\.scope)).union([Self.globalScope]) }

    public func command(named name: String) -> Command? { commandsByName[name] }

    /// The command `key` runs in `scope`: the scope's own binding, else the global one.
    public func command(for key: Key, in scope: String) -> Command? {
        if let name = table[scope]?[key] { return commandsByName[name] }
        if let name = table[Self.globalScope]?[key] { return commandsByName[name] }
        return nil
    }

    /// The command `key` is bound to in `scope` itself (a command of that scope or a global one
    /// bound there), without the global fallback.
    public func ownCommand(for key: Key, in scope: String) -> Command? {
        table[scope]?[key].flatMap { commandsByName[$0] }
    }

    /// The bindings of `scope` in command declaration order (for the help overlay and the
    /// function-key bar). With `includingGlobal`, global bindings the scope does not shadow
    /// follow.
    public func bindings(for scope: String, includingGlobal: Bool = false) -> [(key: Key, command: Command)] {
        var result = sortedBindings(table[scope] ?? [:])
        if includingGlobal, scope != Self.globalScope {
            let own = table[scope] ?? [:]
            result += sortedBindings((table[Self.globalScope] ?? [:]).filter { own[$0.key] == nil })
        }
        return result
    }

    /// The keys that run `commandName` in `scope` (own bindings first, then global ones).
    public func keys(for commandName: String, in scope: String) -> [Key] {
        bindings(for: scope, includingGlobal: true).filter { $0.command.name == commandName }.map(\.key)
    }

    private func sortedBindings(_ keys: [Key: String]) -> [(key: Key, command: Command)] {
        keys.compactMap { key, name in commandsByName[name].map { (key: key, command: $0) } }
            .sorted { a, b in
                let (oa, ob) = (order[a.command.name] ?? 0, order[b.command.name] ?? 0)
                if oa != ob { return oa < ob }
                let (da, db) = (a.command.defaultKeys.firstIndex(of: a.key), b.command.defaultKeys.firstIndex(of: b.key))
                if da != db { return (da ?? Int.max) < (db ?? Int.max) }
                return a.key.displayName < b.key.displayName
            }
    }

    /// Binds `key` in `scope` to a command of that scope or a global command.
    public mutating func bind(_ key: Key, to commandName: String, in scope: String) throws(KeyMapError.Problem) {
        guard scopes.contains(scope) else { throw .unknownScope(scope) }
        guard let command = commandsByName[commandName] else { throw .unknownCommand(commandName) }
        guard command.scope == scope || command.scope == Self.globalScope else {
            throw .commandNotInScope(command: commandName, scope: scope)
        }
        table[scope, default: [:]][key] = commandName
    }

    /// Removes the binding of `key` in `scope` (a global binding of the key then applies).
    public mutating func unbind(_ key: Key, in scope: String) {
        table[scope]?[key] = nil
    }
}

/// A mistake in a keys file, naming the file and line.
public struct KeyMapError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Error, Equatable, Sendable {
        /// A line that is not `scope key command`.
        case malformedLine(String)
        case unknownScope(String)
        case unknownKey(String)
        case unknownCommand(String)
        case commandNotInScope(command: String, scope: String)
        /// The file exists but cannot be read as UTF-8 text (line 0).
        case unreadable(String)
    }

    public var file: String
    public var line: Int
    public var problem: Problem

    public init(file: String, line: Int, problem: Problem) {
        self.file = file; self.line = line; self.problem = problem
    }

    public var description: String {
        let what: String
        switch problem {
        case .malformedLine(let text): what = "expected 'scope key command', found '\(text)'"
        case .unknownScope(let scope): what = "unknown scope '\(scope)'"
        case .unknownKey(let key): what = "unknown key name '\(key)'"
        case .unknownCommand(let command): what = "unknown command '\(command)'"
        case .commandNotInScope(let command, let scope): what = "command '\(command)' cannot be used in scope '\(scope)'"
        case .unreadable(let reason): return "\(file): cannot be read: \(reason)"
        }
        return "\(file):\(line): \(what)"
    }
}

extension KeyMap {
    /// The word in a keys file that removes a binding: `caseload F3 none`.
    public static let unbindWord = "none"

    /// Applies a keys file: lines `scope key command` (or `scope key none`), blank lines and
    /// `#` comments. Every line is checked; the first mistake is thrown and nothing is applied.
    public mutating func apply(keysFile text: String, path: String) throws(KeyMapError) {
        var updated = self
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            func fail(_ problem: KeyMapError.Problem) -> KeyMapError {
                KeyMapError(file: path, line: number + 1, problem: problem)
            }
            guard fields.count == 3 else { throw fail(.malformedLine(line)) }
            guard scopes.contains(fields[0]) else { throw fail(.unknownScope(fields[0])) }
            guard let key = Key(name: fields[1]) else { throw fail(.unknownKey(fields[1])) }
            if fields[2] == Self.unbindWord {
                updated.unbind(key, in: fields[0])
                continue
            }
            do { try updated.bind(key, to: fields[2], in: fields[0]) } catch { throw fail(error) }
        }
        self = updated
    }

    /// `$XDG_CONFIG_HOME/werkbank/keys.conf` (default `~/.config/werkbank/keys.conf`).
    public static func userKeysFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        ConfigDirectory.url(environment: environment).appendingPathComponent("keys.conf")
    }

    /// Applies the user's keys file when there is one.
    public mutating func applyUserKeys(environment: [String: String] = ProcessInfo.processInfo.environment) throws(KeyMapError) {
        let url = Self.userKeysFile(environment: environment)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw KeyMapError(file: url.path, line: 0, problem: .unreadable(error.localizedDescription))
        }
        try apply(keysFile: text, path: url.path)
    }
}
