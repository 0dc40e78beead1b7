import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Opening fast for a coach: their own clients first, the rest in the background.
extension Store {
    /// A snapshot smaller than this is read whole before the first screen (well under a second).
    public static let fastStartBytes = 32 << 20

    /// Opens `directory` as a writer for the workbench. When `user` is a coach and the snapshot has
    /// an index and at least `fastStartAbove` bytes, it returns within a fraction of a second with
    /// `data` holding the coach's own clients whole, and the small collections
    /// (`DirectoryContents.readFirst`). Call `loadRest` once the first screen is drawn: the whole
    /// directory is then read on a background thread and taken over by `refresh()` (`reloads` goes
    /// up: rebuild what was derived from `data`, or take what `loadRest` prepared). Until then
    /// `isComplete` is false and others' edits are not followed; an edit saved meanwhile waits for
    /// the rest (seconds at most). Otherwise — a small directory, another role, no index, a new or
    /// read-only directory — it is `open(directory, user:)`.
    public static func openFirstScreen(_ directory: URL, user: String, progress: LoadProgress? = nil,
                                       fastStartAbove: Int = fastStartBytes) throws -> Store {
        let path = directory.standardizedFileURL.path
        if DataFile.size(path + "/" + Snapshot.fileName) ?? 0 >= fastStartAbove {
            try requireWritable(path)
            try DirectoryPermissions.checkClosedToOthers(path)
            if let first = try DirectoryContents.readFirst(path, coach: user), first.dataset.users[user]?.role == .coach {
                let store = Store(directory: directory, path: path, user: user, readOnly: false, contents: first,
                                  lock: try WriterLock(directory: path))
                store.loading = BackgroundLoad(path)
                return store
            }
        }
        return try open(directory, user: user, progress: progress)
    }

    /// Whether `data` holds the whole directory (false while the rest is read after `openFirstScreen`).
    public var isComplete: Bool { loading == nil }

    /// How far the background read is (0…1; 1 when complete).
    public var loadedFraction: Double { loading?.fraction ?? 1 }

    /// Starts reading the rest of the directory in the background (after the first screen is
    /// drawn, so that the two do not share the cores; `refresh` starts it too). `prepare` derives
    /// something from the whole data there too (the caseload index), handed out by `takePrepared`
    /// with the takeover, so that the screen does not stop for it.
    public func loadRest(preparing prepare: (@Sendable (Dataset) -> any Sendable)? = nil) {
        loading?.start(preparing: prepare)
    }

    /// What `loadRest(preparing:)` derived, once, after the `refresh` that took the rest over; it
    /// holds the data as read, so apply the edits that `refresh` returned to it. Nil when nothing was
    /// prepared, or when the data had to be read anew meanwhile (then derive it from `data`).
    public func takePrepared() -> (any Sendable)? {
        defer { prepared = nil }
        return prepared
    }

    /// Waits until the background read is done (`refresh` then takes it over).
    public func waitForLoading() {
        loadRest()
        loading?.wait()
    }

    /// Waits for the background read and takes it over (before an edit is saved: what was prepared
    /// does not hold that edit, so it is dropped).
    func finishLoadingNow() throws {
        waitForLoading()
        _ = try finishLoading()
        prepared = nil
    }

    /// Takes over the whole directory once the background read is done: what others saved
    /// meanwhile is caught up with under the lock, as when opening, and returned. Before that
    /// nothing changes; a failed read is thrown on every call (and by every edit).
    func finishLoading() throws -> [Edit] {
        loadRest()
        guard let loading, let result = loading.result else { return [] }
        let contents = try result.get()
        self.loading = nil
        warnings += contents.warnings
        adopt(contents)
        let reloadsBefore = reloads
        let caughtUp = try lock!.hold(user: nil) {
            Store.removeLeftovers(path)
            return try finishOpening()
        }
        if reloads == reloadsBefore { prepared = loading.prepared }
        reloads += 1
        return caughtUp
    }
}

/// A whole read of a data directory (`DirectoryContents.read` as a writer) on a thread of its own.
final class BackgroundLoad: Sendable {
    private struct State {
        var fraction = 0.0
        var result: Result<DirectoryContents, Error>?
        var discarded = false
        var started = false
        var prepared: (any Sendable)?
    }

    private let state = Mutex(State())
    private let done = DispatchSemaphore(value: 0)

    private let path: String

    init(_ path: String) { self.path = path }

    /// Starts the read (once), then `prepare` over its data.
    func start(preparing prepare: (@Sendable (Dataset) -> any Sendable)?) {
        guard state.withLock({ state in
            defer { state.started = true }
            return !state.started
        }) else { return }
        let path = path
        Thread.detachNewThread { [self] in
            let result = Result {
                try DirectoryContents.read(path, writer: true, locked: false) { fraction in self.state.withLock { $0.fraction = fraction } }
            }
            let prepared = (try? result.get()).flatMap { contents in prepare.map { $0(contents.dataset) } }
            state.withLock { state in
                state.result = result
                state.prepared = prepared
                // Nobody will take it over: close the journal it opened.
                if state.discarded, case .success(let contents) = result, contents.journalFd >= 0 { Glibc.close(contents.journalFd) }
            }
            done.signal()
        }
    }

    var fraction: Double { state.withLock { $0.fraction } }
    var result: Result<DirectoryContents, Error>? { state.withLock { $0.result } }
    var prepared: (any Sendable)? { state.withLock { $0.prepared } }

    func wait() {
        done.wait()
        done.signal()
    }

    /// The store is closed: the result, when it comes, is dropped.
    func discard() {
        state.withLock { state in
            state.discarded = true
            if case .success(let contents) = state.result, contents.journalFd >= 0 { Glibc.close(contents.journalFd) }
            state.result = nil
        }
    }
}
