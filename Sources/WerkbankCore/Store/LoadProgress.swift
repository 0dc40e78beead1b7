import Synchronization

/// Hears how far a long read of a data directory is, from 0 to 1; called from any thread.
public typealias LoadProgress = @Sendable (Double) -> Void

/// Counts the bytes of lines done by several threads and reports every `step` of them as a
/// fraction of `total` (bytes, not lines: a line of a client section holds 64 clients).
final class LoadCounter: Sendable {
    static let step = 1 << 20
    private let done = Atomic<Int>(0)
    private let total: Int
    private let report: LoadProgress

    init(total: Int, report: @escaping LoadProgress) {
        self.total = max(total, 1)
        self.report = report
    }

    func tick(bytes: Int) {
        let now = done.add(bytes, ordering: .relaxed).newValue
        if now / Self.step != (now - bytes) / Self.step { report(min(1, Double(now) / Double(total))) }
    }

    /// Reports how far it is now (at the end of a batch, when no thread is counting).
    func reportNow() {
        report(min(1, Double(done.load(ordering: .relaxed)) / Double(total)))
    }
}
