import Foundation

/// Finds theme files and picks the theme to use: the user's themes directory first
/// (`$XDG_CONFIG_HOME/werkbank/themes`), then the package's `themes/` directory (found next to
/// the executable or its parents, or relative to this source file), then the built-in copies.
public struct ThemeLibrary: Sendable {
    /// Where theme files are looked for, most important first.
    public let directories: [URL]

    public init(directories: [URL]) { self.directories = directories }

    /// The standard search path for `environment`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLibrary {
        var directories = [ConfigDirectory.url(environment: environment).appendingPathComponent("themes")]
        if let packaged = packagedThemesDirectory() { directories.append(packaged) }
        return ThemeLibrary(directories: directories)
    }

    /// The package's `themes/` directory: beside the executable or in one of its parents
    /// (covers `.build/<triple>/debug/werkbank`), else relative to this source file.
    static func packagedThemesDirectory() -> URL? {
        let marker = "\(Theme.defaultName).json"
        func hasThemes(_ dir: URL) -> Bool {
            FileManager.default.fileExists(atPath: dir.appendingPathComponent("themes/\(marker)").path)
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir)
            dir = dir.deletingLastPathComponent()
        }
        // Sources/TerminalUI/Theme/ThemeLibrary.swift → package root.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        return candidates.first(where: hasThemes).map { $0.appendingPathComponent("themes") }
    }

    /// Names of every theme available (files and built-ins), sorted.
    public func availableNames() -> [String] {
        var names = Set(Theme.builtins.map(\.name))
        for dir in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for file in files where file.hasSuffix(".json") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Loads the theme `name`: the first file found, else the built-in copy.
    public func load(_ name: String) throws(ThemeError) -> Theme {
        for dir in directories {
            let url = dir.appendingPathComponent("\(name).json")
            if FileManager.default.fileExists(atPath: url.path) { return try ThemeFile.load(url) }
        }
        if let builtin = Theme.builtins.first(where: { $0.name == name }) { return builtin }
        throw ThemeError(file: "\(name).json", problem: .notFound(name: name))
    }

    /// True when NO_COLOR is set (and not empty) or the terminal has no colours.
    public static func prefersMonochrome(_ colorSupport: ColorSupport, environment: [String: String]) -> Bool {
        colorSupport == .monochrome || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The theme to use and what went wrong on the way (to show as warnings):
    /// monochrome (`zwart-wit`) when NO_COLOR is set or the terminal has no colours, else
    /// `requested` (default `standaard`), falling back to `standaard` when it cannot be loaded.
    public func select(_ requested: String?, colorSupport: ColorSupport,
                       environment: [String: String] = ProcessInfo.processInfo.environment) -> (theme: Theme, problems: [ThemeError]) {
        let name = Self.prefersMonochrome(colorSupport, environment: environment) ? Theme.monochromeName : requested ?? Theme.defaultName
        var problems: [ThemeError] = []
        do { return (try load(name), problems) } catch { problems.append(error) }
        let fallback = name == Theme.monochromeName ? Theme.zwartWit : Theme.standaard
        do { return (try load(fallback.name), problems) } catch { problems.append(error) }
        return (fallback, problems)
    }
}
