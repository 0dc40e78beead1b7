/// How one role looks: colours plus attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Attributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, attributes: Attributes = []) {
        self.foreground = foreground; self.background = background; self.attributes = attributes
    }
}

/// Maps every semantic `Role` to colours and attributes (htop's colour schemes). Drawing code
/// names roles; only the backend asks a theme what they look like.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// Roles a theme file leaves out look like `.text`.
    public var styles: [Role: RoleStyle]

    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name; self.styles = styles
    }

    public subscript(role: Role) -> RoleStyle {
        styles[role] ?? styles[.text] ?? RoleStyle()
    }

    /// What a cell with `style` looks like: its role's colours, the role's attributes plus the
    /// cell's own.
    public func resolve(_ style: Style) -> RoleStyle {
        var resolved = self[style.role]
        resolved.attributes.formUnion(style.attributes)
        return resolved
    }

    /// Whether any role uses a colour (false for a monochrome theme).
    public var usesColor: Bool {
        styles.values.contains { $0.foreground != .terminalDefault || $0.background != .terminalDefault }
    }
}
