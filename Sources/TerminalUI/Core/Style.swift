/// Semantic colour roles (htop's colour elements, Textual's theme variables). Drawing code
/// names a role; a `Theme` decides what colour it is. Never name a colour in a widget.
public enum Role: String, CaseIterable, Sendable, Hashable, Codable {
    case background
    case text
    case muted
    case selection
    case selectionUnfocused = "selection-unfocused"
    case header
    case border
    case accent
    case warning
    case error
    case success
    case match
    case functionKey = "function-key"
    case functionLabel = "function-label"
    case rung0 = "rung-0"
    case rung1 = "rung-1"
    case rung2 = "rung-2"
    case rung3 = "rung-3"
    case rung4 = "rung-4"
    case rung5 = "rung-5"
    case rung6 = "rung-6"

    /// The role for a ladder rung 0…6.
    public static func rung(_ value: Int) -> Role {
        [.rung0, .rung1, .rung2, .rung3, .rung4, .rung5, .rung6][max(0, min(6, value))]
    }
}

/// Text attributes on top of the role's colours.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let underline = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// How a cell is drawn: a role plus attributes.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .text, _ attributes: Attributes = []) {
        self.role = role; self.attributes = attributes
    }

    public static let plain = Style()
}
