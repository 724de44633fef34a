/* action: what a person asks of the program, whatever device they used. Input turns
 * keys, pad buttons and touches into Actions at the edge; nothing past src/input/ sees
 * an SDL_Event. Pure C. */
#ifndef LIMBER_ACTION_H
#define LIMBER_ACTION_H

typedef enum Action {
    ACTION_NONE,
    ACTION_PAUSE,      /* pause / resume */
    ACTION_NEXT,       /* next step (continue, in step mode) */
    ACTION_PREV,       /* previous step; restarts the step when well into it */
    ACTION_NEXT_MOVE,
    ACTION_PREV_MOVE,
    ACTION_MENU,       /* open the menu, or back out of it */
    ACTION_UP,         /* menu cursor */
    ACTION_DOWN,
    ACTION_SELECT,     /* menu: play the chosen entry */
    ACTION_HELP,       /* show or hide the controls */
    ACTION_STEP_MODE,  /* toggle auto / step mode */
    ACTION_VOLUME_UP,  /* the rest are for the app (audio, kiosk), not the player */
    ACTION_VOLUME_DOWN,
    ACTION_MUTE,
    ACTION_STATUS,
    ACTION_QUIT,
    ACTION_COUNT
} Action;

typedef enum InputDevice { INPUT_DEVICE_KEYBOARD, INPUT_DEVICE_PAD, INPUT_DEVICE_TOUCH } InputDevice;

/* "pause", "next", ... for the event log and the replay format. */
const char *action_name(Action a);
Action action_from_name(const char *name);

#endif
