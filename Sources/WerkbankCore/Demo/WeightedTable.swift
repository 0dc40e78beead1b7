struct WeightedTable<T: Sendable>: Sendable {
    private let items: [T]
    private let cumulative: [Double]

    init(_ pairs: [(T, Double)]) {
        items = pairs.map(\.0)
        var running = 0.0
        cumulative = pairs.map { running += $0.1; return running }
    }

    func draw(_ random: inout SeededRandom) -> T {
        let point = random.unit() * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > point { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
