#ifndef WERKBANK_CNCURSES_SHIM_H
#define WERKBANK_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags. The wide-character API (cchar_t, add_wch, get_wch)
// needs only NCURSES_WIDECHAR; defining _XOPEN_SOURCE here instead would change how glibc's
// headers (fd_set in sys/select.h) are declared in this module and clash, on a clean build,
// with the same declarations in Foundation's and Dispatch's modules.
#define NCURSES_WIDECHAR 1
#include <locale.h>
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

static void wb_restore_at_exit(void) { wb_restore_terminal(); }

/// Installs the handlers (before newterm, so ncurses keeps its hands off SIGINT/SIGTERM) and,
/// once per process, the atexit hook. Signals the parent ignores (nohup) stay ignored.
static inline void wb_install_terminal_guard(void) {
    static int exit_hook_installed = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = wb_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER;
    for (unsigned i = 0; i < WB_GUARDED_COUNT; ++i) {
        int sig = wb_guarded_signals[i];
        sigaction(sig, NULL, &wb_previous_actions()[sig]);
        if (wb_previous_actions()[sig].sa_handler == SIG_IGN) continue;
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

#endif
