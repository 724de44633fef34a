#include "player/action.h"

#include <string.h>

static const char *const names[ACTION_COUNT] = {
    [ACTION_NONE] = "none",
    [ACTION_PAUSE] = "pause",
    [ACTION_NEXT] = "next",
    [ACTION_PREV] = "prev",
    [ACTION_NEXT_MOVE] = "next_move",
    [ACTION_PREV_MOVE] = "prev_move",
    [ACTION_MENU] = "menu",
    [ACTION_UP] = "up",
    [ACTION_DOWN] = "down",
    [ACTION_SELECT] = "select",
    [ACTION_HELP] = "help",
    [ACTION_STEP_MODE] = "step_mode",
    [ACTION_VOLUME_UP] = "volume_up",
    [ACTION_VOLUME_DOWN] = "volume_down",
    [ACTION_MUTE] = "mute",
    [ACTION_STATUS] = "status",
    [ACTION_QUIT] = "quit",
};

const char *action_name(Action a)
{
    return a >= 0 && a < ACTION_COUNT ? names[a] : "none";
}

Action action_from_name(const char *name)
{
    for (int i = 0; i < ACTION_COUNT; i++)
        if (strcmp(names[i], name) == 0)
            return (Action)i;
    return ACTION_NONE;
}
