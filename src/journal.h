/* journal: what the event log records of the player: a move or step beginning, a cue
 * due, a pause, the end (see --event-log in the README for the fields). */
#ifndef LIMBER_JOURNAL_H
#define LIMBER_JOURNAL_H

#include "platform/eventlog.h"
#include "player/player.h"
#include "player/programme.h"

void journal_player_event(EventLog *log, const PlayerEvent *ev, const Programme *playing);

#endif
