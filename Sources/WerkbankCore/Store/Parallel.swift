import Foundation
import Synchronization

enum Parallel {
    /// Runs `body` for 0..<count on all cores and returns the results in index order; an error of
    /// one iteration is kept in its slot, so callers can report the first failure deterministically.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) -> [Result<T, Error>] {
        let results = Mutex<[Result<T, Error>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = Result { try body(index) }
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// How many pieces to cut work of `total` items into: a few per core, none tiny.
    static func chunkCount(for total: Int, minimumChunk: Int = 512) -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return max(1, min(cores * 4, total / minimumChunk))
    }

    /// The `index`-th of `chunks` nearly equal ranges of 0..<total.
    static func range(_ index: Int, of chunks: Int, total: Int) -> Range<Int> {
        (total * index / chunks) ..< (total * (index + 1) / chunks)
    }

    /// Work started on another thread now, its result waited for later. The thread is its own,
    /// not one of the dispatch pool's: a caller on a pool thread that waits could otherwise wait
    /// for a thread the pool does not give (one core).
    final class Pending<T: Sendable>: Sendable {
        private let result = Mutex<T?>(nil)
        private let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping @Sendable () -> T) {
            Thread.detachNewThread {
                let value = work()
                self.result.withLock { $0 = value }
                self.done.signal()
            }
        }

        /// The result, once the work is done (called once).
        func wait() -> T {
            done.wait()
            return result.withLock { $0! }
        }
    }
}
