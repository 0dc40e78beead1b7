/// The two themes compiled in, so the program looks right when no themes directory is found.
/// `themes/standaard.json` and `themes/zwart-wit.json` hold the same values (a test checks it).
extension Theme {
    public static let defaultName = "standaard"
    public static let monochromeName = "zwart-wit"

    /// Dark: light text on the terminal's own background, 256 colours.
    public static let standaard = Theme(name: defaultName, styles: [
        .background: RoleStyle(),
        .text: RoleStyle(foreground: .indexed(252)),
        .muted: RoleStyle(foreground: .indexed(244)),
        .selection: RoleStyle(foreground: .indexed(231), background: .indexed(25), attributes: .bold),
        .selectionUnfocused: RoleStyle(foreground: .indexed(252), background: .indexed(238)),
        .header: RoleStyle(foreground: .indexed(231), background: .indexed(24), attributes: .bold),
        .border: RoleStyle(foreground: .indexed(240)),
        .accent: RoleStyle(foreground: .indexed(75), attributes: .bold),
        .warning: RoleStyle(foreground: .indexed(214)),
        .error: RoleStyle(foreground: .indexed(203), attributes: .bold),
        .success: RoleStyle(foreground: .indexed(114)),
        .match: RoleStyle(foreground: .indexed(16), background: .indexed(220)),
        .functionKey: RoleStyle(foreground: .indexed(252), attributes: .bold),
        .functionLabel: RoleStyle(foreground: .indexed(16), background: .indexed(37)),
        .rung0: RoleStyle(foreground: .indexed(244)),
        .rung1: RoleStyle(foreground: .indexed(203)),
        .rung2: RoleStyle(foreground: .indexed(209)),
        .rung3: RoleStyle(foreground: .indexed(221)),
        .rung4: RoleStyle(foreground: .indexed(185)),
        .rung5: RoleStyle(foreground: .indexed(114)),
        .rung6: RoleStyle(foreground: .indexed(78)),
    ])

    /// Monochrome (NO_COLOR, terminals without colours): roles differ by attributes only.
    public static let zwartWit = Theme(name: monochromeName, styles: [
        .background: RoleStyle(),
        .text: RoleStyle(),
        .muted: RoleStyle(attributes: .dim),
        .selection: RoleStyle(attributes: [.reverse, .bold]),
        .selectionUnfocused: RoleStyle(attributes: .reverse),
        .header: RoleStyle(attributes: [.bold, .underline]),
        .border: RoleStyle(),
        .accent: RoleStyle(attributes: .bold),
        .warning: RoleStyle(attributes: .bold),
        .error: RoleStyle(attributes: [.reverse, .underline]),
        .success: RoleStyle(),
        .match: RoleStyle(attributes: [.bold, .underline]),
        .functionKey: RoleStyle(attributes: .bold),
        .functionLabel: RoleStyle(attributes: .reverse),
        .rung0: RoleStyle(attributes: .dim),
        .rung1: RoleStyle(),
        .rung2: RoleStyle(),
        .rung3: RoleStyle(),
        .rung4: RoleStyle(),
        .rung5: RoleStyle(),
        .rung6: RoleStyle(attributes: .bold),
    ])

    static let builtins: [Theme] = [.standaard, .zwartWit]
}
