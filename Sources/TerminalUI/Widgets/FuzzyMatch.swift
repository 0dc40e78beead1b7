import Foundation

/// Subsequence matching for the command palette: every query character must appear in order
/// (case and accents ignored). Higher scores for consecutive hits, hits at word starts and
/// short gaps.
public enum FuzzyMatch {
    public struct Result: Hashable, Sendable {
        public var score: Int
        /// Character offsets in the candidate that matched.
        public var positions: [Int]
    }

    private static func fold(_ character: Character) -> String {
        String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    public static func match(_ query: String, in candidate: String) -> Result? {
        let wanted = query.filter { !$0.isWhitespace }.map(fold)
        guard !wanted.isEmpty else { return Result(score: 0, positions: []) }
        let letters = Array(candidate)
        let folded = letters.map(fold)
        var positions: [Int] = []
        var score = 0
        var next = 0
        for want in wanted {
            // Prefer continuing the previous hit, then the next word start, then any occurrence.
            let rest = next..<folded.count
            let continues = !positions.isEmpty && next < folded.count && folded[next] == want
            let wordStart = rest.first { folded[$0] == want && ($0 == 0 || !letters[$0 - 1].isLetter) }
            guard let hit = continues ? next : (wordStart ?? rest.first { folded[$0] == want }) else { return nil }
            score += 10
            if let previous = positions.last {
                score += hit == previous + 1 ? 8 : -min(5, hit - previous - 1)
            }
            if hit == 0 || !letters[hit - 1].isLetter { score += 6 }
            positions.append(hit)
            next = hit + 1
        }
        return Result(score: score, positions: positions)
    }
}
