import Foundation

/// What is wrong with a theme file, naming the file.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case notFound(name: String)
        case unreadable(String)
        case invalidJSON(String)
        /// The top level is not an object with a "roles" object.
        case missingRoles
        case unknownField(String)
        case unknownRole(String)
        /// A role's value is not an object with "fg", "bg" and/or "attributes".
        case malformedRole(role: String)
        case badColor(role: String, field: String, value: String)
        case badAttribute(role: String, value: String)
    }

    public var file: String
    public var problem: Problem

    public init(file: String, problem: Problem) { self.file = file; self.problem = problem }

    public var description: String {
        let what: String
        switch problem {
        case .notFound(let name): what = "no theme named '\(name)'"
        case .unreadable(let reason): what = "cannot be read: \(reason)"
        case .invalidJSON(let reason): what = "not valid JSON: \(reason)"
        case .missingRoles: what = "expected an object with a \"roles\" object"
        case .unknownField(let field): what = "unknown field '\(field)' (expected \"description\", \"roles\")"
        case .unknownRole(let role): what = "unknown role '\(role)'"
        case .malformedRole(let role): what = "role '\(role)': expected an object with \"fg\", \"bg\", \"attributes\""
        case .badColor(let role, let field, let value):
            what = "role '\(role)', \(field): '\(value)' is not a colour (0-255, \"default\", a basic name like \"red\", or \"bright-red\")"
        case .badAttribute(let role, let value):
            what = "role '\(role)': unknown attribute '\(value)' (bold, underline, reverse, dim, italic)"
        }
        return "\(file): \(what)"
    }
}

/// Reads and writes the theme file format:
///
///     { "description": "…",
///       "roles": { "selection": { "fg": 231, "bg": "blue", "attributes": ["bold"] }, … } }
///
/// Colours are 0-255, "default", a basic name or "bright-" plus a basic name. Roles left out
/// look like "text".
public enum ThemeFile {
    static let attributeNames: [(String, Attributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("italic", .italic),
    ]

    /// Parses theme JSON; the theme is named after the file (without ".json").
    public static func parse(_ data: Data, file: String) throws(ThemeError) -> Theme {
        func fail(_ problem: ThemeError.Problem) -> ThemeError { ThemeError(file: file, problem: problem) }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw fail(.invalidJSON(detail ?? error.localizedDescription))
        }
        guard let top = json as? [String: Any], let roles = top["roles"] as? [String: Any] else { throw fail(.missingRoles) }
        if let field = top.keys.sorted().first(where: { $0 != "roles" && $0 != "description" }) { throw fail(.unknownField(field)) }
        var styles: [Role: RoleStyle] = [:]
        for roleName in roles.keys.sorted() {
            guard let role = Role(rawValue: roleName) else { throw fail(.unknownRole(roleName)) }
            guard let fields = roles[roleName] as? [String: Any] else { throw fail(.malformedRole(role: roleName)) }
            if fields.keys.contains(where: { !["fg", "bg", "attributes"].contains($0) }) { throw fail(.malformedRole(role: roleName)) }
            var style = RoleStyle()
            for (field, keyPath) in [("fg", \RoleStyle.foreground), ("bg", \RoleStyle.background)] {
                guard let value = fields[field] else { continue }
                guard let color = color(from: value) else {
                    throw fail(.badColor(role: roleName, field: field, value: "\(value)"))
                }
                style[keyPath: keyPath] = color
            }
            if let value = fields["attributes"] {
                guard let names = value as? [String] else { throw fail(.badAttribute(role: roleName, value: "\(value)")) }
                for name in names {
                    guard let attribute = attributeNames.first(where: { $0.0 == name.lowercased() })?.1 else {
                        throw fail(.badAttribute(role: roleName, value: name))
                    }
                    style.attributes.insert(attribute)
                }
            }
            styles[role] = style
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return Theme(name: name, styles: styles)
    }

    private static func color(from value: Any) -> ThemeColor? {
        if let name = value as? String { return ThemeColor(name: name) }
        // JSONSerialization gives NSNumber; booleans have type "c" and are rejected, as are fractions.
        if let number = value as? NSNumber, String(cString: number.objCType) != "c",
           number.doubleValue == Double(number.intValue), (0...255).contains(number.intValue) {
            return .indexed(UInt8(number.intValue))
        }
        return nil
    }

    public static func load(_ url: URL) throws(ThemeError) -> Theme {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ThemeError(file: url.path, problem: .unreadable(error.localizedDescription))
        }
        return try parse(data, file: url.path)
    }
}
