import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A running `werkbank note add --klant ID` process: notes go to its standard input, one per
/// line; it answers `ok N` on standard output once note N is on disk. Spawned with posix_spawn
/// so that a test can SIGKILL it at any moment.
final class NoteWriter {
    let pid: pid_t
    private var input: Int32
    private let output: Int32
    private var text = ""
    private var exited = false

    init(binary: URL, directory: URL, client: String, user: String) throws {
        signal(SIGPIPE, SIG_IGN)   // writing to a killed writer must not end the test run
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw WerkbankTestError("pipe failed") }
        // Our ends must not leak into the next writer spawned (it would keep this one's input open).
        for fd in stdinPipe + stdoutPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 2)
        for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let arguments = [binary.path, "--data", directory.path, "--user", user, "note", "add", "--klant", client]
        let environment = ProcessInfo.processInfo.environment.merging(["WERKBANK_TODAY": "23-11-2026"]) { $1 }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, envp)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        guard spawned == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0])
            throw WerkbankTestError("cannot start \(binary.path): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        input = stdinPipe[1]
        output = stdoutPipe[0]
    }

    deinit {
        if !exited { Glibc.kill(pid, SIGKILL); _ = finish() }
        close(output)
    }

    /// Writes the notes, one per line (the pipe holds far more than a test sends).
    func send(_ notes: [String]) {
        let bytes = Array(notes.map { $0 + "\n" }.joined().utf8)
        _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
    }

    /// Kills the process at once (SIGKILL), then collects what it printed before.
    @discardableResult
    func kill() -> (status: Int32, acknowledged: Int) {
        Glibc.kill(pid, SIGKILL)
        return finish()
    }

    /// Closes its input, reads everything it printed and waits for it to end. `acknowledged` is
    /// the highest N of the `ok N` lines.
    func finish() -> (status: Int32, acknowledged: Int) {
        if input >= 0 { close(input); input = -1 }
        var chunk = [UInt8](repeating: 0, count: 4096)
        var bytes: [UInt8] = []
        while true {
            let count = read(output, &chunk, chunk.count)
            if count > 0 { bytes += chunk[0..<count] } else if count == 0 || errno != EINTR { break }
        }
        text += String(decoding: bytes, as: UTF8.self)
        var status: Int32 = 0
        if !exited {
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            exited = true
        }
        return ((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), acknowledged)
    }

    var acknowledged: Int {
        text.split(separator: "\n").compactMap { $0.hasPrefix("ok ") ? Int($0.dropFirst(3)) : nil }.max() ?? 0
    }

    /// Everything it printed (for failure messages).
    var printed: String { text }
}
