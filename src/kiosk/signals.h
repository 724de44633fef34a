/* signals: SIGTERM and SIGINT ask for a clean shutdown, SIGHUP for a reload of the
 * content and the config. The handlers only set flags; the frame loop reads them.
 *
 *   SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");  // before SDL_Init, or SDL takes
 *   signals_install();                              //  SIGINT/SIGTERM for SDL_QUIT
 *   each frame:
 *       if (signals_quit_requested()) { log which: signals_quit_signal(); leave }
 *       if (signals_take_reload()) reload();
 *   signals_restore();                              // at exit
 *
 * A second SIGTERM or SIGINT while the first is still unanswered (a hung loop, a
 * person pressing Ctrl+C twice) ends the process the default way. The flags are
 * process-wide, as signals are. */
#ifndef LIMBER_SIGNALS_H
#define LIMBER_SIGNALS_H

#include <stdbool.h>

/* Installs the handlers (SA_RESTART, so a read() in progress is not cut short).
 * False, with the reason logged, if sigaction fails. */
bool signals_install(void);

/* Puts back the handlers that were there before signals_install(). */
void signals_restore(void);

/* SIGTERM or SIGINT arrived. Stays true. */
bool signals_quit_requested(void);

/* The signal that asked to quit (SIGTERM, SIGINT), 0 if none. */
int signals_quit_signal(void);

/* True once per batch of SIGHUPs: clears the flag. */
bool signals_take_reload(void);

#endif
