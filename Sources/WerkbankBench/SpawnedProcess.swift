import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a program as its own process (posix_spawn and waitpid, no shell, no Foundation
/// `Process`): standard input from a file, standard output to a file or /dev/null, standard error
/// to /dev/null. The wall time runs from just before the spawn until the child is reaped.
struct SpawnedProcess {
    enum Outcome: Equatable {
        /// Exited with an accepted status after this many milliseconds.
        case finished(milliseconds: Double, status: Int32)
        /// The program is not on PATH.
        case missing
        /// Exited with a status that means an error (or was killed by a signal: 128 + signal).
        case failed(status: Int32)
    }

    /// The program and its arguments; a bare name is looked up on PATH.
    var arguments: [String]
    var input = "/dev/null"
    var output = "/dev/null"
    /// Exit statuses that are not an error: `grep` and `fzf --filter` exit 1 when nothing matches.
    var acceptedStatuses: Set<Int32> = [0]

    /// The program's path: as given when it contains a slash, else the first executable on PATH.
    static func locate(_ program: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run() -> Outcome {
        guard let program = arguments.first, let path = SpawnedProcess.locate(program) else { return .missing }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return .failed(status: 127) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return acceptedStatuses.contains(exitStatus) ? .finished(milliseconds: milliseconds, status: exitStatus) : .failed(status: exitStatus)
    }

    /// Runs `repetitions` times; the median time, or the first missing/failed outcome.
    func median(repetitions: Int) -> Outcome {
        var times: [Double] = []
        var lastStatus: Int32 = 0
        for _ in 0..<max(1, repetitions) {
            switch run() {
            case .finished(let milliseconds, let status): times.append(milliseconds); lastStatus = status
            case let other: return other
            }
        }
        return .finished(milliseconds: Percentile.median(times), status: lastStatus)
    }
}

/// Percentiles of measured times (nearest rank).
enum Percentile {
    static func of(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }

    static func median(_ values: [Double]) -> Double { of(values, 0.5) }
}
