/// Fills a string table template in one pass: `{N}` becomes argument N and `{N|one|other}` the
/// form that fits argument N ("1" takes `one`, any other value `other`: "1 klant", "2 klanten").
/// What an argument holds is never read again, so a name typed as "{1}" stays as it is.
enum Placeholders {
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }   // bytes: no Foundation search per text
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            if let index = Int(parts[0]), arguments.indices.contains(index), parts.count == 1 || parts.count == 3 {
                result += parts.count == 1 ? arguments[index] : String(arguments[index] == "1" ? parts[1] : parts[2])
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
