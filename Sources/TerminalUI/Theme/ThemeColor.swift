/// A colour in a theme: the terminal's own default colour or an xterm-256 palette index
/// (0-7 are the basic colours, 8-15 their bright variants).
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)

    /// Names accepted in theme files besides numbers 0-255.
    public static let basicNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// "default", a basic name ("red"), "bright-red", or nil when the name is unknown.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" { self = .terminalDefault; return }
        if let i = Self.basicNames.firstIndex(of: lowered) { self = .indexed(UInt8(i)); return }
        if lowered.hasPrefix("bright-"), let i = Self.basicNames.firstIndex(of: String(lowered.dropFirst(7))) {
            self = .indexed(UInt8(i + 8)); return
        }
        return nil
    }

    /// The colour a terminal with only `support` can show: the nearest of the eight basic
    /// colours on an 8-colour terminal, the terminal default on a monochrome one.
    public func downgraded(to support: ColorSupport) -> ThemeColor {
        guard case .indexed(let index) = self else { return self }
        switch support {
        case .indexed256: return self
        case .monochrome: return .terminalDefault
        case .basic8: return .indexed(Self.nearestBasic(index))
        }
    }

    /// Maps an xterm-256 index to 0-7: system colours drop their brightness; cube and grey
    /// colours become black when dark, black or white when nearly grey, else keep the
    /// channels well above the weakest one.
    static func nearestBasic(_ index: UInt8) -> UInt8 {
        if index < 16 { return index % 8 }
        let (r, g, b) = rgb(index)
        let strongest = max(r, g, b), weakest = min(r, g, b)
        if strongest < 100 { return 0 }
        if strongest - weakest < 50 { return strongest >= 128 ? 7 : 0 }
        let threshold = weakest + (strongest - weakest) * 6 / 10
        return (r >= threshold ? 1 : 0) | (g >= threshold ? 2 : 0) | (b >= threshold ? 4 : 0)
    }

    /// The xterm palette's red, green and blue (0-255) for indexes 16-255.
    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        if index >= 232 {
            let level = 8 + 10 * (Int(index) - 232)
            return (level, level, level)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = Int(index) - 16
        return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }
}
