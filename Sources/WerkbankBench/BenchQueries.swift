import Foundation
import WerkbankCore

/// Search texts a coach really types, taken from the data so that they find someone: surnames
/// with and without tussenvoegsel, a name with diacritics (as written and without them), first
/// and last name, part of a BSN, a postcode, and a typo. Same data, same queries.
enum BenchQueries {
    static func realistic(_ clients: [Client]) -> [String] {
        let sorted = clients.sorted { $0.id < $1.id }
        /// The first client from the `part`-th eighth of the list on that `matches`.
        func pick(_ part: Int, _ matches: (Client) -> Bool) -> Client? {
            let start = sorted.count * part / 8
            return sorted[start...].first(where: matches) ?? sorted.first(where: matches)
        }
        let plain = pick(0) { $0.infix.isEmpty && $0.lastName.count >= 5 }
        let withInfix = pick(1) { !$0.infix.isEmpty }
        let diacritic = pick(2) { $0.lastName.unicodeScalars.contains { !$0.isASCII } }
        let named = pick(3) { _ in true }
        let withBSN = pick(4) { ($0.bsn ?? "").count == 9 }
        let withPostcode = pick(5) { $0.postcode.count >= 6 }

        let surname = plain?.lastName.lowercased() ?? "jansen"
        let accented = diacritic?.lastName.lowercased() ?? "öztürk"
        var typo = Array(surname)
        if typo.count > 2 { typo.swapAt(1, 2) }
        return [
            surname,
            withInfix.map { "\($0.infix) \($0.lastName)".lowercased() } ?? "de vries",
            accented,
            accented.folding(options: .diacriticInsensitive, locale: nil),
            named.map { "\($0.firstName) \($0.lastName)".lowercased() } ?? "jan de vries",
            String((withBSN?.bsn ?? "123456782").prefix(5)),
            (withPostcode?.postcode ?? "7551 AB").lowercased(),
            String(typo),
        ]
    }
}
