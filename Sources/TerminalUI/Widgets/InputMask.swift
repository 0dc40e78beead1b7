/// A fixed input format for a `TextField`. Pattern characters: `9` a digit, `A` a letter (made
/// upper case), `*` any character; everything else is a literal that the field inserts by
/// itself. The field stores only what was typed into the slots; the mask formats it.
public struct InputMask: Hashable, Sendable {
    public let pattern: [Character]
    /// Shown (muted) for the part not typed yet; same length as the pattern, or empty.
    public let placeholder: [Character]
    /// Pattern positions of the slots, in order.
    let slotPositions: [Int]

    public init(_ pattern: String, placeholder: String = "") {
        let symbols = Array(pattern)
        let hint = Array(placeholder)
        self.pattern = symbols
        self.placeholder = hint.count == symbols.count ? hint : []
        self.slotPositions = symbols.indices.filter { Self.isSlot(symbols[$0]) }
    }

    /// `dd-mm-jjjj`.
    public static let date = InputMask("99-99-9999", placeholder: "dd-mm-jjjj")
    /// Nine digits.
    public static let bsn = InputMask("999999999", placeholder: "_________")
    /// Dutch postcode `1234 AB`.
    public static let postcode = InputMask("9999 AA", placeholder: "____ __")

    public var slotCount: Int { slotPositions.count }

    private static func isSlot(_ character: Character) -> Bool { character == "9" || character == "A" || character == "*" }

    /// Whether `character` is a literal of this mask (typing it is harmless).
    func isLiteral(_ character: Character) -> Bool { !Self.isSlot(character) && pattern.contains(character) }

    /// `character` as stored in `slot`, or nil when that slot does not take it.
    func accept(_ character: Character, slot: Int) -> Character? {
        guard slot < slotCount else { return nil }
        switch pattern[slotPositions[slot]] {
        case "9": return character.isASCII && character.isNumber ? character : nil
        case "A": return character.isLetter ? Character(character.uppercased()) : nil
        default: return character.isWhitespace || character.unicodeScalars.first.map({ $0.value < 0x20 }) == true ? nil : character
        }
    }

    /// `raw` with each character checked against its slot; nil when any is refused or too many.
    func conform(_ raw: [Character]) -> [Character]? {
        guard raw.count <= slotCount else { return nil }
        var result: [Character] = []
        for (slot, character) in raw.enumerated() {
            guard let accepted = accept(character, slot: slot) else { return nil }
            result.append(accepted)
        }
        return result
    }

    /// The slot characters found in `text` (literals skipped, unfit characters dropped).
    public func slots(of text: String) -> [Character] {
        var raw: [Character] = []
        for character in text where raw.count < slotCount {
            if let accepted = accept(character, slot: raw.count) { raw.append(accepted) }
        }
        return raw
    }

    /// The typed characters with literals in between; with `trailingLiterals` the literals right
    /// after the last typed character are added too ("12" → "12-").
    public func format(_ raw: [Character], trailingLiterals: Bool) -> String {
        var text = ""
        var slot = 0
        for symbol in pattern {
            if Self.isSlot(symbol) {
                guard slot < raw.count else { break }
                text.append(raw[slot]); slot += 1
            } else {
                guard slot < raw.count || (trailingLiterals && slot > 0) else { break }
                text.append(symbol)
            }
        }
        return text
    }

    /// Display column of the slot with index `slot` (the end of the pattern past the last one).
    func column(ofSlot slot: Int) -> Int { slot < slotCount ? slotPositions[slot] : pattern.count }

    /// The slot nearest to a display column.
    func slot(atColumn column: Int) -> Int { slotPositions.firstIndex { $0 >= column } ?? slotCount }
}
