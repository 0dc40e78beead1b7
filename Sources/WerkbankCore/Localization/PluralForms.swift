/// Plural forms in string tables: `{0|klant|klanten}` is "klant" when argument 0 is "1" and
/// "klanten" otherwise, so "{0} {0|klant|klanten}" reads "1 klant" and "2 klanten" (Dutch and
/// English both use the singular for one only). Resolved in the template, before the
/// arguments are put in, so a typed text holding `{0|…}` is never rewritten.
enum PluralForms {
    static func resolve(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("|") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            if parts.count == 3, let index = Int(parts[0]), arguments.indices.contains(index) {
                result += arguments[index] == "1" ? parts[1] : parts[2]
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
