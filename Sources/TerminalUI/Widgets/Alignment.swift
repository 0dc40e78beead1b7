/// Horizontal placement of text inside a column.
public enum TextAlignment: Hashable, Sendable {
    case left, right, center
}

enum TextFit {
    /// `text` truncated (with `ellipsis`) or padded to exactly `width` columns.
    static func fit(_ text: String, width: Int, alignment: TextAlignment = .left, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let cut = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
        let room = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: room)
        case .right: return String(repeating: " ", count: room) + cut
        case .center:
            let left = room / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: room - left)
        }
    }
}
