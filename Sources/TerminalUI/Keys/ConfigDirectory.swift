import Foundation

/// The user's werkbank configuration directory: `$XDG_CONFIG_HOME/werkbank`, or
/// `~/.config/werkbank` when XDG_CONFIG_HOME is not set.
enum ConfigDirectory {
    static func url(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("werkbank")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/werkbank")
    }
}
