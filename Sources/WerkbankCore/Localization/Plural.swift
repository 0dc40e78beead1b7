/// "1 klant", "2 klanten": the `.1` form of `key` for exactly one, else the `.n` form, with the
/// count in Dutch notation ("1.234 klanten").
public func coreCount(_ key: String, _ count: Int) -> String {
    coreText(key + (count == 1 ? ".1" : ".n"), DutchNumber.integer(count))
}
