import Dispatch
import Synchronization
import WerkbankCore

/// The dashboard's reports, each computed once per (report, options, data version). On a large
/// caseload a report is computed on a background queue so keys stay responsive: `report`
/// returns nil until it is ready (the screen shows "berekenen…" and picks the result up on the
/// next redraw; the event loop ticks every second).
final class ReportCache {
    struct Key: Equatable, Sendable {
        var kind: ReportKind
        var options: ReportOptions
        /// The store's edit sequence number: any edit makes new figures.
        var version: Int
    }

    /// From this many clients on, reports are computed in the background.
    let backgroundThreshold: Int
    private let results = Results()
    private var pending: [Key] = []

    static let defaultBackgroundThreshold = 20_000

    init(backgroundThreshold: Int = ReportCache.defaultBackgroundThreshold) {
        self.backgroundThreshold = backgroundThreshold
    }

    /// The report, or nil while it is being computed in the background.
    func report(_ key: Key, data: Dataset) -> (any Report)? {
        if let found = results.lookup(key) {
            pending.removeAll { $0 == key }
            return found
        }
        if data.clients.count < backgroundThreshold {
            let report = key.kind.compute(data, options: key.options)
            results.store(key, report)
            return report
        }
        if !pending.contains(key) {
            pending.append(key)
            let results = self.results
            DispatchQueue.global(qos: .userInitiated).async {
                results.store(key, key.kind.compute(data, options: key.options))
            }
        }
        return nil
    }

    /// True while some report is still being computed.
    var isBusy: Bool {
        pending.removeAll { results.lookup($0) != nil }
        return !pending.isEmpty
    }

    /// The computed reports, shared with the background queue; the oldest are dropped.
    private final class Results: Sendable {
        private let entries = Mutex<[(key: Key, report: any Report)]>([])
        private static let capacity = 24

        func lookup(_ key: Key) -> (any Report)? {
            entries.withLock { list in list.last { $0.key == key }?.report }
        }

        func store(_ key: Key, _ report: any Report) {
            entries.withLock { list in
                list.removeAll { $0.key == key }
                list.append((key, report))
                if list.count > Results.capacity { list.removeFirst(list.count - Results.capacity) }
            }
        }
    }
}
