#ifndef WERKBANK_CNCURSES_SHIM_H
#define WERKBANK_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the feature macros that expose the
// wide-character API (cchar_t, add_wch, get_wch) are defined here.
#define _XOPEN_SOURCE_EXTENDED 1
#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals and cannot import function-like macros:
// expose what the backend needs through inline functions.
static inline WINDOW *wb_stdscr(void) { return stdscr; }
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
static inline int wb_key_f(int n) { return KEY_F(n); }

#endif
