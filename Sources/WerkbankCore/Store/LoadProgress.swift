import Synchronization

/// Hears how far a long read of a data directory is, from 0 to 1; called from any thread.
public typealias LoadProgress = @Sendable (Double) -> Void

/// Counts lines done by several threads and reports every `step` of them as a fraction of `total`.
final class LoadCounter: Sendable {
    static let step = 4_096
    private let done = Atomic<Int>(0)
    private let total: Int
    private let report: LoadProgress

    init(total: Int, report: @escaping LoadProgress) {
        self.total = max(total, 1)
        self.report = report
    }

    func tick() {
        let now = done.add(1, ordering: .relaxed).newValue
        if now % Self.step == 0 { report(Double(now) / Double(total)) }
    }

    /// Reports how far it is now (at the end of a batch, when no thread is counting).
    func reportNow() {
        report(min(1, Double(done.load(ordering: .relaxed)) / Double(total)))
    }
}
