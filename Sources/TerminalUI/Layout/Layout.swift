/// How much of a split one part gets.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less when the space runs out).
    case length(Int)
    /// At least `n` cells; grows into left-over space when there is no `fill`.
    case min(Int)
    /// `p` percent of the space (rounded down).
    case percentage(Int)
    /// A share of the left-over space proportional to `weight`.
    case fill(Int)

    /// `fill(1)`.
    public static let fill = Constraint.fill(1)
}

public enum Axis: Hashable, Sendable {
    /// Parts side by side (columns).
    case horizontal
    /// Parts stacked (rows).
    case vertical
}

extension Rect {
    /// Splits the rect along `axis`, one part per constraint, with `spacing` cells between
    /// parts. Fixed sizes (length, min, percentage) are granted in order until the space runs
    /// out (later parts shrink first); left-over space goes to `fill` parts by weight, or when
    /// there are none to `min` parts equally, else stays unused at the end.
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let extent = axis == .horizontal ? width : height
        let gaps = Swift.max(0, spacing) * (constraints.count - 1)
        let total = Swift.max(0, extent - gaps)

        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n), .min(let n): return Swift.max(0, n)
            case .percentage(let p): return total * Swift.max(0, Swift.min(100, p)) / 100
            case .fill: return 0
            }
        }
        var remaining = total
        for i in sizes.indices {
            sizes[i] = Swift.min(sizes[i], remaining)
            remaining -= sizes[i]
        }

        var weights = constraints.map { if case .fill(let w) = $0 { return Swift.max(0, w) } else { return 0 } }
        if weights.allSatisfy({ $0 == 0 }) {
            weights = constraints.map { if case .min = $0 { return 1 } else { return 0 } }
        }
        for (i, share) in Self.distribute(remaining, by: weights).enumerated() { sizes[i] += share }

        var offset = axis == .horizontal ? x : y
        var parts: [Rect] = []
        for size in sizes {
            switch axis {
            case .horizontal: parts.append(Rect(x: offset, y: y, width: size, height: height))
            case .vertical: parts.append(Rect(x: x, y: offset, width: width, height: size))
            }
            offset = Swift.min(offset + size + spacing, axis == .horizontal ? maxX : maxY)
        }
        return parts
    }

    /// Splits into rows (stacked top to bottom).
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] { split(.vertical, constraints, spacing: spacing) }

    /// Splits into columns (left to right).
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] { split(.horizontal, constraints, spacing: spacing) }

    /// `amount` shared by weight, rounded so the shares add up exactly (largest remainder).
    static func distribute(_ amount: Int, by weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, amount > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { amount * $0 / sum }
        let leftover = amount - shares.reduce(0, +)
        let remainder = { (i: Int) in (amount * weights[i]) % sum }
        let byRemainder = weights.indices.sorted { remainder($0) != remainder($1) ? remainder($0) > remainder($1) : $0 < $1 }
        for i in byRemainder.prefix(leftover) { shares[i] += 1 }
        return shares
    }
}
