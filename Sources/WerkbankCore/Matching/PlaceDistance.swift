import Foundation

/// Distance between a client and a workplace, approximated from a small table of places in and
/// around Twente: a client's place comes from the first four digits of the postcode (ranges of
/// the PostNL numbering), a vacancy's from its `place` name. The distance is the straight line
/// between the town centres (equirectangular approximation, good to about 1% at these
/// distances); within one town it is 0. Unknown postcodes or places give no distance.
public enum PlaceDistance {
    struct Place {
        var name: String
        var latitude: Double
        var longitude: Double
        var postcodes: ClosedRange<Int>
    }

    static let places: [Place] = [
        Place(name: "Hengelo", latitude: 52.265, longitude: 6.793, postcodes: 7550...7559),
        Place(name: "Enschede", latitude: 52.221, longitude: 6.894, postcodes: 7511...7548),
        Place(name: "Almelo", latitude: 52.356, longitude: 6.662, postcodes: 7600...7611),
        Place(name: "Borne", latitude: 52.300, longitude: 6.753, postcodes: 7620...7623),
        Place(name: "Delden", latitude: 52.261, longitude: 6.711, postcodes: 7490...7491),
        Place(name: "Oldenzaal", latitude: 52.313, longitude: 6.929, postcodes: 7570...7577),
        Place(name: "Losser", latitude: 52.261, longitude: 7.004, postcodes: 7580...7582),
        Place(name: "Haaksbergen", latitude: 52.156, longitude: 6.739, postcodes: 7480...7483),
        Place(name: "Goor", latitude: 52.233, longitude: 6.583, postcodes: 7470...7472),
        Place(name: "Rijssen", latitude: 52.307, longitude: 6.518, postcodes: 7460...7463),
        Place(name: "Wierden", latitude: 52.359, longitude: 6.593, postcodes: 7640...7642),
        Place(name: "Vriezenveen", latitude: 52.409, longitude: 6.622, postcodes: 7670...7672),
        Place(name: "Tubbergen", latitude: 52.407, longitude: 6.784, postcodes: 7650...7651),
        Place(name: "Nijverdal", latitude: 52.362, longitude: 6.464, postcodes: 7440...7443),
        Place(name: "Dinxperlo", latitude: 51.862, longitude: 6.490, postcodes: 7090...7091),
        Place(name: "Deventer", latitude: 52.255, longitude: 6.163, postcodes: 7400...7429),
        Place(name: "Apeldoorn", latitude: 52.211, longitude: 5.969, postcodes: 7300...7339),
        Place(name: "Meppel", latitude: 52.696, longitude: 6.194, postcodes: 7940...7949),
        Place(name: "Zwolle", latitude: 52.517, longitude: 6.083, postcodes: 8000...8049),
        Place(name: "Arnhem", latitude: 51.985, longitude: 5.899, postcodes: 6800...6846),
        Place(name: "Utrecht", latitude: 52.091, longitude: 5.122, postcodes: 3500...3585),
        Place(name: "Amsterdam", latitude: 52.370, longitude: 4.895, postcodes: 1000...1109),
        Place(name: "Rotterdam", latitude: 51.922, longitude: 4.479, postcodes: 3000...3089),
        Place(name: "Groningen", latitude: 53.219, longitude: 6.567, postcodes: 9700...9747),
    ]

    private static let byName: [String: Int] = Dictionary(
        uniqueKeysWithValues: places.indices.map { (String(decoding: SearchFolding.fold(places[$0].name), as: UTF8.self), $0) })

    /// The table index of the place a postcode ("7556 AB") lies in.
    static func place(postcode: String) -> Int? {
        var number = 0
        var digits = 0
        for byte in postcode.utf8 {
            if byte == UInt8(ascii: " ") && digits == 0 { continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            if digits == 4 { break }
        }
        guard digits == 4 else { return nil }
        return places.firstIndex { $0.postcodes.contains(number) }
    }

    /// The table index of a place name ("hengelo", "Hengelo (Ov)" does not match).
    static func place(named name: String) -> Int? {
        byName[String(decoding: SearchFolding.fold(name.trimmingCharacters(in: .whitespaces)), as: UTF8.self)]
    }

    static func name(_ place: Int) -> String { places[place].name }

    /// Whole kilometres between two places of the table.
    static func kilometres(_ a: Int, _ b: Int) -> Int {
        guard a != b else { return 0 }
        let p = places[a], q = places[b]
        let radius = 6371.0
        let x = (q.longitude - p.longitude) * .pi / 180 * cos((p.latitude + q.latitude) / 2 * .pi / 180)
        let y = (q.latitude - p.latitude) * .pi / 180
        return Int((radius * (x * x + y * y).squareRoot()).rounded())
    }

    /// Kilometres from a client's postcode to a place name; nil when either is unknown.
    public static func kilometres(fromPostcode postcode: String, to placeName: String) -> Int? {
        guard let from = place(postcode: postcode), let to = place(named: placeName) else { return nil }
        return kilometres(from, to)
    }

    /// Points out of `MatchWeight.distance` for a distance: 10 up to 5 km, then down to 0 beyond 45 km.
    static func points(kilometres: Int) -> Int {
        switch kilometres {
        case ...5: return 10
        case ...10: return 8
        case ...20: return 6
        case ...30: return 4
        case ...45: return 2
        default: return 0
        }
    }
}
