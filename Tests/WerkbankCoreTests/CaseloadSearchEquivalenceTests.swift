import XCTest
@testable import WerkbankCore

/// The index's search (folded byte column, bitmaps, row updates in place) must find exactly what
/// a plain from-scratch search over the clients finds, for every keystroke of many random
/// queries, also after clients were renamed, moved, added and removed.
final class CaseloadSearchEquivalenceTests: XCTestCase {
    private let today = CaseloadFixture.today

    func testEveryKeystrokeOfRandomQueriesFindsWhatAFullSearchFinds() {
        var dataset = DemoGenerator(seed: 41, clients: 400, today: today).generate()
        var index = CaseloadIndex(dataset: dataset, today: today)
        var random = SeededRandom(seed: 7)
        let coaches = Array(Set(dataset.clients.values.map(\.coach))).sorted()
        for round in 0..<60 {
            if round % 3 == 2 { change(&dataset, &index, &random) }
            let clients = dataset.clients.values.sorted { $0.id < $1.id }
            let query = randomQuery(about: random.pick(clients), random: &random)
            let scope: CaseloadScope = random.chance(0.25) ? .coach(random.pick(coaches)) : .all
            var typed = ""
            for character in query {
                typed.append(character)
                let found = index.query(CaseloadQuery(scope: scope, text: typed)).clientIds
                let expected = index.query(CaseloadQuery(scope: scope)).clientIds.filter { id in
                    dataset.clients[id].map { Self.fullSearchMatches(typed, $0) } ?? false
                }
                XCTAssertEqual(found, expected, "round \(round), typed '\(typed)' of '\(query)'")
            }
        }
    }

    /// A surname, a name with tussenvoegsel, first and last name, a BSN fragment, a postcode
    /// with or without its space, a client id; upper case, diacritics or a typo now and then.
    private func randomQuery(about client: Client, random: inout SeededRandom) -> String {
        let digits = (client.bsn ?? "").filter(\.isNumber)
        var query: String
        switch random.below(7) {
        case 0: query = client.lastName
        case 1: query = [client.infix, client.lastName].filter { !$0.isEmpty }.joined(separator: " ")
        case 2: query = client.firstName + " " + String(client.lastName.prefix(3))
        case 3 where digits.count >= 6:
            let start = random.below(digits.count - 5)
            query = String(Array(digits)[start..<min(digits.count, start + random.int(4...6))])
        case 4: query = random.chance(0.5) ? client.postcode : client.postcode.replacingOccurrences(of: " ", with: "")
        case 5: query = client.id
        default: query = String(client.lastName.prefix(4)) + " " + String(client.firstName.prefix(2))
        }
        if random.chance(0.2) { query = query.uppercased() }
        if random.chance(0.15) { query = query.replacingOccurrences(of: "e", with: "é") }
        if random.chance(0.2), !query.isEmpty {
            var characters = Array(query)
            characters[random.below(characters.count)] = random.pick(Array("aeiouxz"))
            query = String(characters)
        }
        return query.isEmpty ? "a" : query
    }

    /// Renames, moves (postcode, coach), adds or removes a client, in the dataset and the index.
    private func change(_ dataset: inout Dataset, _ index: inout CaseloadIndex, _ random: inout SeededRandom) {
        let ids = dataset.clients.keys.sorted()
        var client = dataset.clients[random.pick(ids)] ?? Client(id: "x")
        switch random.below(4) {
        case 0:
            client.lastName = random.pick(["Çelik", "van der Berg", "Jansen-de Wit", "Ötztürk", "O'Neill"])
            client.infix = random.pick(["", "de", "van den"])
        case 1: client.postcode = random.pick(["7551 AB", "7511JK", "1234 XY"])
        case 2:
            client.id = "n\(dataset.clients.count)"
            client.bsn = String(100_000_000 + random.below(899_999_999))
            client.firstName = "Émile"
        default:
            dataset.clients[client.id] = nil
            index.remove(clientId: client.id)
            return
        }
        dataset.clients[client.id] = client
        index.update(client)
    }

    /// The search rules written out plainly: every folded word starts a word of the name, or
    /// starts the client id or the postcode, or (four or more digits) lies inside the BSN or id.
    static func fullSearchMatches(_ text: String, _ client: Client) -> Bool {
        let name = SearchFolding.fold("\(client.lastName) \(client.infix) \(client.firstName)")
        let nameWords = name.split { !SearchFolding.isWordByte($0) }.map(Array.init)
        let id = SearchFolding.foldAlphanumerics(client.id)
        let postcode = SearchFolding.foldAlphanumerics(client.postcode)
        let bsn = Array((client.bsn ?? "").utf8.filter(SearchFolding.isDigit))
        return SearchText(text).words.allSatisfy { word in
            let fragment = word.isDigits && word.bytes.count >= 4
            return nameWords.contains { $0.starts(with: word.bytes) }
                || id.starts(with: word.bytes) || (fragment && contains(id, word.bytes))
                || postcode.starts(with: word.bytes)
                || (fragment && contains(bsn, word.bytes))
        }
    }

    private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
