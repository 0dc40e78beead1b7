#ifndef WERKBANK_CNCURSES_SHIM_H
#define WERKBANK_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags. The wide-character API (cchar_t, add_wch, get_wch)
// needs only NCURSES_WIDECHAR; defining _XOPEN_SOURCE here instead would change how glibc's
// headers (fd_set in sys/select.h) are declared in this module and clash, on a clean build,
// with the same declarations in Foundation's and Dispatch's modules.
//
// pkg-config's flags for ncursesw (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are not passed by
// SwiftPM, which warns about them on every build; Package.swift therefore links ncursesw through
// the module map. _DEFAULT_SOURCE is what glibc defines by default anyway.
#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <locale.h>
#include <sys/stat.h>
#include <time.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals and cannot import function-like macros:
// expose what the backend needs through inline functions.
// POSIX wcwidth; glibc declares it only under _XOPEN_SOURCE (see above).
extern int wcwidth(wchar_t c);
static inline int wb_wcwidth(wchar_t c) { return wcwidth(c); }
static inline WINDOW *wb_stdscr(void) { return stdscr; }
static inline SCREEN *wb_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int wb_stdio_is_terminal(void) { return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO); }
static inline int wb_lines(void) { return LINES; }
static inline int wb_cols(void) { return COLS; }
static inline int wb_colors(void) { return COLORS; }
static inline int wb_color_pairs(void) { return COLOR_PAIRS; }
static inline int wb_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t wb_a_bold(void) { return A_BOLD; }
static inline attr_t wb_a_dim(void) { return A_DIM; }
static inline attr_t wb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wb_a_reverse(void) { return A_REVERSE; }
static inline attr_t wb_a_italic(void) { return A_ITALIC; }
static inline mmask_t wb_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t wb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t wb_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t wb_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t wb_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t wb_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t wb_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t wb_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t wb_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline int wb_key_f(int n) { return KEY_F(n); }

// ---------------------------------------------------------------------------------------
// Terminal safety (as htop's CRT does): the terminal is restored on exit, on SIGINT, SIGTERM,
// SIGHUP, SIGQUIT and on crashes; then the signal is passed on to the handler that was there
// before (the default action, or Swift's backtracer). Kept in C so the signal path runs no
// Swift code. The TUI is single-threaded; these statics are touched only by the backend.

// The guard's state: whether a curses screen exists, and the handlers found before installing.
static inline volatile sig_atomic_t *wb_terminal_active(void) {
    static volatile sig_atomic_t active = 0;
    return &active;
}
static inline struct sigaction *wb_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}
static const int wb_guarded_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP,
};
#define WB_GUARDED_COUNT (sizeof(wb_guarded_signals) / sizeof(wb_guarded_signals[0]))

/// Leaves curses mode if a screen exists and is in curses mode (endwin also turns mouse
/// reporting off and shows the cursor). A refresh after this re-enters curses mode.
static inline void wb_restore_terminal(void) {
    if (*wb_terminal_active() && !isendwin()) endwin();
}

static void wb_restore_and_reraise(int sig) {
    wb_restore_terminal();
    sigaction(sig, &wb_previous_actions()[sig], NULL);
    raise(sig);
}

/// SIGTERM or SIGHUP received while the screen runs (0: none). The event loop polls it, lets
/// the application save open forms as drafts, and ends; a second signal ends at once.
static inline volatile sig_atomic_t *wb_termination_signal(void) {
    static volatile sig_atomic_t received = 0;
    return &received;
}

static void wb_note_termination(int sig) {
    if (*wb_termination_signal() != 0) {
        wb_restore_and_reraise(sig);
        return;
    }
    *wb_termination_signal() = sig;
}

static inline int wb_pending_termination(void) { return *wb_termination_signal(); }

static void wb_restore_at_exit(void) { wb_restore_terminal(); }

/// Installs the handlers (before newterm, so ncurses keeps its hands off SIGINT/SIGTERM) and,
/// once per process, the atexit hook. Signals the parent ignores (nohup) stay ignored.
static inline void wb_install_terminal_guard(void) {
    static int exit_hook_installed = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER;
    *wb_termination_signal() = 0;
    for (unsigned i = 0; i < WB_GUARDED_COUNT; ++i) {
        int sig = wb_guarded_signals[i];
        sigaction(sig, NULL, &wb_previous_actions()[sig]);
        if (wb_previous_actions()[sig].sa_handler == SIG_IGN) continue;
        action.sa_handler = (sig == SIGTERM || sig == SIGHUP) ? wb_note_termination : wb_restore_and_reraise;
        sigaction(sig, &action, NULL);
    }
    if (!exit_hook_installed) {
        exit_hook_installed = 1;
        atexit(wb_restore_at_exit);
    }
}

/// Marks that a curses screen exists (after newterm) so the guard restores it.
static inline void wb_terminal_entered(void) { *wb_terminal_active() = 1; }

/// Restores the terminal, forgets the screen and puts back the handlers that were there before.
static inline void wb_remove_terminal_guard(void) {
    wb_restore_terminal();
    *wb_terminal_active() = 0;
    for (unsigned i = 0; i < WB_GUARDED_COUNT; ++i) {
        int sig = wb_guarded_signals[i];
        sigaction(sig, &wb_previous_actions()[sig], NULL);
    }
}

/// Ctrl-Z in raw mode: leave curses mode, stop with SIGTSTP's default action, and on SIGCONT
/// take the terminal back (the caller redraws everything). Returns 0 when job control is
/// not available (SIGTSTP ignored) and nothing happened.
static inline int wb_suspend(void) {
    struct sigaction previous, stop;
    sigaction(SIGTSTP, NULL, &previous);
    if (previous.sa_handler == SIG_IGN) return 0;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    wb_restore_terminal();
    sigaction(SIGTSTP, &stop, NULL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
    reset_prog_mode();
    return 1;
}

// ---------------------------------------------------------------------------------------
// Crash report: on SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE or SIGABRT (a Swift trap is SIGILL
// or SIGTRAP) write a crash file (0600) and one line on stderr, then end at once with
// 128 + signal. Replaces the Swift runtime's backtracer, which waits for a key on a terminal.
// Runs after the terminal guard has restored the terminal. Only async-signal-safe calls.

struct wb_crash_config {
    char directory[1024];   // $XDG_STATE_HOME/werkbank; it and its parent made when missing
    char fallback[1024];    // the temp directory
    char message[512];      // "werkbank is vastgelopen (signaal "
    char message_end[128];  // "); details: "
};

static inline struct wb_crash_config *wb_crash(void) {
    static struct wb_crash_config config;
    return &config;
}

static const int wb_crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
#define WB_CRASH_COUNT (sizeof(wb_crash_signals) / sizeof(wb_crash_signals[0]))

static void wb_write(int fd, const char *text) {
    size_t left = strlen(text);
    while (left > 0) {
        ssize_t written = write(fd, text, left);
        if (written <= 0) return;
        text += written;
        left -= (size_t)written;
    }
}

/// Appends the decimal `value` to `buffer` (capacity `size`).
static void wb_append_number(char *buffer, size_t size, long value) {
    char digits[24];
    int n = 0;
    if (value < 0) value = 0;
    do { digits[n++] = (char)('0' + value % 10); value /= 10; } while (value > 0 && n < 23);
    size_t length = strlen(buffer);
    while (n > 0 && length + 1 < size) buffer[length++] = digits[--n];
    buffer[length] = 0;
}

static void wb_append(char *buffer, size_t size, const char *text) {
    size_t length = strlen(buffer);
    while (*text && length + 1 < size) buffer[length++] = *text++;
    buffer[length] = 0;
}

/// Opens `directory`/werkbank-crash-<time>-<pid>.txt for writing (0600); -1 when it cannot.
static int wb_open_crash_file(const char *directory, char *path, size_t size, long now) {
    if (directory[0] == 0) return -1;
    path[0] = 0;
    wb_append(path, size, directory);
    wb_append(path, size, "/werkbank-crash-");
    wb_append_number(path, size, now);
    wb_append(path, size, "-");
    wb_append_number(path, size, (long)getpid());
    wb_append(path, size, ".txt");
    return open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
}

static void wb_crash_handler(int sig) {
    wb_restore_terminal();
    struct wb_crash_config *config = wb_crash();
    long now = (long)time(NULL);
    char path[1200];
    char parent[1024] = "";
    wb_append(parent, sizeof parent, config->directory);
    char *slash = strrchr(parent, '/');
    if (slash && slash != parent) { *slash = 0; mkdir(parent, 0700); }
    mkdir(config->directory, 0700);
    int fd = wb_open_crash_file(config->directory, path, sizeof path, now);
    if (fd < 0) fd = wb_open_crash_file(config->fallback, path, sizeof path, now);
    if (fd >= 0) {
        char line[160] = "werkbank crash\nsignal: ";
        wb_append_number(line, sizeof line, sig);
        wb_append(line, sizeof line, "\ntime (unix): ");
        wb_append_number(line, sizeof line, now);
        wb_append(line, sizeof line, "\npid: ");
        wb_append_number(line, sizeof line, (long)getpid());
        wb_append(line, sizeof line, "\nbacktrace:\n");
        wb_write(fd, line);
        void *frames[64];
        int count = backtrace(frames, 64);
        backtrace_symbols_fd(frames, count, fd);
        fsync(fd);
        close(fd);
    } else {
        path[0] = 0;
    }
    char message[2048] = "";
    wb_append(message, sizeof message, config->message);
    wb_append_number(message, sizeof message, sig);
    wb_append(message, sizeof message, config->message_end);
    wb_append(message, sizeof message, path[0] ? path : "-");
    wb_append(message, sizeof message, "\n");
    wb_write(STDERR_FILENO, message);
    _exit(128 + sig);
}

/// Installs the crash report for the rest of the process (call once at start, after the Swift
/// runtime installed its own handlers). `message` and `message_end` frame the signal number in
/// the line on stderr, the crash file's path follows.
static inline void wb_install_crash_handler(const char *directory, const char *fallback,
                                            const char *message, const char *message_end) {
    struct wb_crash_config *config = wb_crash();
    config->directory[0] = config->fallback[0] = config->message[0] = config->message_end[0] = 0;
    wb_append(config->directory, sizeof config->directory, directory);
    wb_append(config->fallback, sizeof config->fallback, fallback);
    wb_append(config->message, sizeof config->message, message);
    wb_append(config->message_end, sizeof config->message_end, message_end);
    void *warm[1];
    backtrace(warm, 1);   // loads the unwinder now, not inside the handler
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = wb_crash_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER | SA_RESETHAND;
    for (unsigned i = 0; i < WB_CRASH_COUNT; ++i) sigaction(wb_crash_signals[i], &action, NULL);
}

#endif
