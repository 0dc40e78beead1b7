/// Accumulates points and factors in the order the criteria are checked. With `explain` off
/// (ranking all clients) no text is made: the reasons are autoclosures that are never called.
struct MatchScore {
    let explain: Bool
    private var earned = 0
    private var possible = 0
    private var penalties = 0
    private(set) var factors: [MatchFactor] = []
    var meetsHardRequirements = true
    var uncertain = false

    init(explain: Bool) { self.explain = explain }

    mutating func criterion(_ key: String, weight: Int, earned points: Int, confirmed: Day?,
                            for reasonFor: @autoclosure () -> String?, against reasonAgainst: @autoclosure () -> String?) {
        possible += weight
        earned += points
        if explain {
            factors.append(MatchFactor(key: key, points: points, weight: weight, reasonFor: reasonFor(),
                                       reasonAgainst: reasonAgainst(), confirmedOn: confirmed))
        }
    }

    mutating func penalty(_ key: String, _ points: Int, confirmed: Day?, _ reason: @autoclosure () -> String) {
        penalties += points
        if explain {
            factors.append(MatchFactor(key: key, points: -points, weight: 0, reasonFor: nil, reasonAgainst: reason(),
                                       confirmedOn: confirmed))
        }
    }

    /// A fact worth showing that does not change the score.
    mutating func note(_ key: String, confirmed: Day?, _ reason: @autoclosure () -> String) {
        if explain {
            factors.append(MatchFactor(key: key, points: 0, weight: 0, reasonFor: reason(), reasonAgainst: nil, confirmedOn: confirmed))
        }
    }

    var percentage: Int {
        let base = possible == 0 ? 0 : (100 * earned + possible / 2) / possible
        return min(100, max(0, base - penalties))
    }
}
