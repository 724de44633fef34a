/* main: the command line. Every mode of the one executable starts here; a bad option
 * or value is one line on stderr and exit 2. */
#include "app.h"
#include "modes/pose.h"
#include "model/move.h"
#include "modes/check.h"
#include "modes/contact.h"
#include "modes/dump.h"
#include "modes/voice.h"
#include "audio/audio.h"
#include "kiosk/config.h"
#include "script/duration.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: limber [OPTIONS] [MOVE|PLAYLIST]\n"
    "       limber --check [PATH...]\n"
    "       limber --dump-timeline FILE.move|FILE.playlist [--level easy|standard|hard]\n"
    "       limber --headless --contact-sheet OUT.png [--size WxH] [--level L] MOVE\n"
    "\n"
    "Plays exercise demonstrations from a content root (moves/, playlists/, ...).\n"
    "\n"
    "  --content DIR        content root (default: the installed or in-tree assets/)\n"
    "  --kiosk              full screen, unattended, loops the playlist\n"
    "  --fullscreen         full screen desktop window\n"
    "  --headless           no display: dummy video, software renderer, virtual clock\n"
    "  --size WxH           output size (default 1280x720)\n"
    "  --at TIME            headless: the time of --screenshot (e.g. 12.5s)\n"
    "  --screenshot FILE    headless: write the frame at --at (or the last) as PNG\n"
    "  --record DIR         headless: write every frame as DIR/frame_NNNNNN.png\n"
    "  --fps N              frames per second while something moves (default 30)\n"
    "  --duration TIME      headless: stop after this much clock time\n"
    "  --realtime           headless: follow the real clock, not the virtual one\n"
    "  --audio-out FILE     headless: record the audio mix to a WAV file, in real time\n"
    "  --export-voice-script  every line the content speaks, with the file name its\n"
    "                       recording must have in voice/ (tab-separated)\n"
    "  --event-log FILE     write one JSON event per line\n"
    "  --replay FILE        timed input from FILE (see docs/controls.md)\n"
    "  --config FILE        the configuration (default: ~/.config/limber/limber.conf,\n"
    "                       else /etc/limber/limber.conf; see assets/limber.conf)\n"
    "  --display N          kiosk: the display to fill (0 is the first)\n"
    "  --step-mode          each step waits for NEXT at its end\n"
    "  --log-file FILE      copy log lines to FILE\n"
    "  --verbose            debug log lines\n"
    "  --pose NAME          show one pose of the pose library (with --headless: --screenshot)\n"
    "  --pose-sheet FILE    headless: every pose of the library on one labelled PNG\n"
    "  --rig side|front     with --pose/--pose-sheet: only poses of this rig\n"
    "  --mirror             with --pose: the left-side (mirrored) picture\n"
    "  --clip NAME          headless: a sprite-sheet clip's frame at --at, to --screenshot\n"
    "  --contact-sheet FILE headless: every step of MOVE as the screen shows it, on one\n"
    "                       PNG with captions and times (--size: the screen, 1920x1080)\n"
    "  --check [PATH...]    check content roots, folders or script files; no window\n"
    "  --dump-timeline FILE print a move's compiled timeline (or a playlist) as JSON\n"
    "  --level LEVEL        easy, standard or hard (default: the playlist's, else standard)\n"
    "  --help, --version\n"
    "\n"
    "TIME is a number with a unit: 500ms, 12.5s, 2m, 1m30s.\n";

__attribute__((format(printf, 1, 2))) static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("limber: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs(" (see limber --help)\n", stderr);
    va_end(ap);
    return 2;
}

static bool parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X'))
        return false;
    const char *p = end + 1;
    long b = strtol(p, &end, 10);
    if (end == p || *end || a < 64 || b < 64 || a > 16384 || b > 16384)
        return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

static bool parse_uint(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* A file we are to write: its folder must exist (the file itself may not yet). */
static bool can_create(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        return true;
    if (slash == dir)
        return true; /* in / */
    *slash = '\0';
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

enum {
    OPT_CONTENT = 256, OPT_KIOSK, OPT_FULLSCREEN, OPT_HEADLESS, OPT_SIZE, OPT_AT,
    OPT_SCREENSHOT, OPT_RECORD, OPT_FPS, OPT_DURATION, OPT_REALTIME, OPT_EVENT_LOG,
    OPT_LOG_FILE, OPT_VERBOSE, OPT_HELP, OPT_VERSION, OPT_REPLAY, OPT_STEP_MODE,
    OPT_POSE, OPT_POSE_SHEET, OPT_RIG, OPT_MIRROR, OPT_CLIP, OPT_CHECK, OPT_DUMP_TIMELINE, OPT_LEVEL, OPT_CONFIG, OPT_DISPLAY,
    OPT_AUDIO_OUT, OPT_EXPORT_VOICE, OPT_CONTACT_SHEET,
};

static const struct option long_options[] = {
    { "content", required_argument, NULL, OPT_CONTENT },
    { "kiosk", no_argument, NULL, OPT_KIOSK },
    { "fullscreen", no_argument, NULL, OPT_FULLSCREEN },
    { "headless", no_argument, NULL, OPT_HEADLESS },
    { "size", required_argument, NULL, OPT_SIZE },
    { "at", required_argument, NULL, OPT_AT },
    { "screenshot", required_argument, NULL, OPT_SCREENSHOT },
    { "record", required_argument, NULL, OPT_RECORD },
    { "fps", required_argument, NULL, OPT_FPS },
    { "duration", required_argument, NULL, OPT_DURATION },
    { "realtime", no_argument, NULL, OPT_REALTIME },
    { "event-log", required_argument, NULL, OPT_EVENT_LOG },
    { "log-file", required_argument, NULL, OPT_LOG_FILE },
    { "verbose", no_argument, NULL, OPT_VERBOSE },
    { "replay", required_argument, NULL, OPT_REPLAY },
    { "step-mode", no_argument, NULL, OPT_STEP_MODE },
    { "help", no_argument, NULL, OPT_HELP },
    { "version", no_argument, NULL, OPT_VERSION },
    { "pose", required_argument, NULL, OPT_POSE },
    { "pose-sheet", required_argument, NULL, OPT_POSE_SHEET },
    { "rig", required_argument, NULL, OPT_RIG },
    { "mirror", no_argument, NULL, OPT_MIRROR },
    { "clip", required_argument, NULL, OPT_CLIP },
    { "check", no_argument, NULL, OPT_CHECK },
    { "dump-timeline", required_argument, NULL, OPT_DUMP_TIMELINE },
    { "level", required_argument, NULL, OPT_LEVEL },
    { "config", required_argument, NULL, OPT_CONFIG },
    { "display", required_argument, NULL, OPT_DISPLAY },
    { "audio-out", required_argument, NULL, OPT_AUDIO_OUT },
    { "export-voice-script", no_argument, NULL, OPT_EXPORT_VOICE },
    { "contact-sheet", required_argument, NULL, OPT_CONTACT_SHEET },
    { NULL, 0, NULL, 0 },
};

int main(int argc, char **argv)
{
    AppOptions o;
    app_options_default(&o);
    PoseModeOptions po = { 0 };
    bool pose_mode = false;
    opterr = 0; /* our own one-line messages */
    int c;
    long n;
    bool check = false, level_given = false, voice = false;
    const char *dump = NULL, *contact = NULL;
    Level level = LEVEL_STANDARD;
    while ((c = getopt_long(argc, argv, ":", long_options, NULL)) != -1) {
        switch (c) {
        case OPT_CONTENT:
            if (!is_dir(optarg))
                return usage_error("--content: '%s' is not a folder", optarg);
            o.content_dir = optarg;
            break;
        case OPT_KIOSK: o.kiosk = true; break;
        case OPT_FULLSCREEN: o.fullscreen = true; break;
        case OPT_HEADLESS: o.headless = true; break;
        case OPT_REALTIME: o.realtime = true; break;
        case OPT_VERBOSE: o.verbose = true; break;
        case OPT_SIZE:
            if (!parse_size(optarg, &o.width, &o.height))
                return usage_error("--size: '%s' is not a size like 1280x720 (64 to 16384 each way)", optarg);
            break;
        case OPT_AT:
            if (!duration_parse(optarg, strlen(optarg), &o.at_ms))
                return usage_error("--at: '%s' is not a time like 12.5s", optarg);
            break;
        case OPT_DURATION:
            if (!duration_parse(optarg, strlen(optarg), &o.duration_ms) || o.duration_ms == 0)
                return usage_error("--duration: '%s' is not a time like 30s", optarg);
            break;
        case OPT_FPS:
            if (!parse_uint(optarg, 1, 240, &n))
                return usage_error("--fps: '%s' is not a whole number from 1 to 240", optarg);
            o.fps = (uint32_t)n;
            break;
        case OPT_SCREENSHOT:
            if (!can_create(optarg))
                return usage_error("--screenshot: the folder of '%s' does not exist", optarg);
            o.screenshot = optarg;
            break;
        case OPT_RECORD:
            if (!is_dir(optarg))
                return usage_error("--record: '%s' is not a folder", optarg);
            o.record_dir = optarg;
            break;
        case OPT_EVENT_LOG:
            if (!can_create(optarg))
                return usage_error("--event-log: the folder of '%s' does not exist", optarg);
            o.event_log = optarg;
            break;
        case OPT_LOG_FILE:
            if (!can_create(optarg))
                return usage_error("--log-file: the folder of '%s' does not exist", optarg);
            o.log_file = optarg;
            break;
        case OPT_REPLAY:
            if (access(optarg, R_OK) != 0)
                return usage_error("--replay: cannot read '%s'", optarg);
            o.replay = optarg;
            break;
        case OPT_STEP_MODE: o.step_mode = true; break;
        case OPT_POSE: po.pose = optarg; pose_mode = true; break;
        case OPT_POSE_SHEET: po.sheet = optarg; pose_mode = true; break;
        case OPT_RIG: po.rig = optarg; pose_mode = true; break;
        case OPT_MIRROR: po.mirror = true; pose_mode = true; break;
        case OPT_CLIP: po.clip = optarg; pose_mode = true; break;
        case OPT_CHECK: check = true; break;
        case OPT_CONFIG:
            if (access(optarg, R_OK) != 0)
                return usage_error("--config: cannot read '%s'", optarg);
            o.config = optarg;
            break;
        case OPT_DISPLAY:
            if (!parse_uint(optarg, 0, 15, &n))
                return usage_error("--display: '%s' is not a display number from 0 to 15", optarg);
            o.display = (int)n;
            break;
        case OPT_DUMP_TIMELINE: dump = optarg; break;
        case OPT_LEVEL:
            if (!level_parse(optarg, &level))
                return usage_error("--level: '%s' is not easy, standard or hard", optarg);
            level_given = true;
            break;
        case OPT_AUDIO_OUT:
            if (!can_create(optarg))
                return usage_error("--audio-out: the folder of '%s' does not exist", optarg);
            o.audio_out = optarg;
            break;
        case OPT_EXPORT_VOICE: voice = true; break;
        case OPT_CONTACT_SHEET: contact = optarg; break;
        case OPT_HELP: fputs(usage_text, stdout); return 0;
        case OPT_VERSION: printf("limber %s\n", LIMBER_VERSION); return 0;
        case ':':
            return usage_error("%s needs a value", argv[optind - 1]);
        default:
            return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (pose_mode) {
        if (optind < argc)
            return usage_error("--pose and --pose-sheet take no MOVE or PLAYLIST ('%s')", argv[optind]);
        if (!!po.pose + !!po.sheet + !!po.clip > 1)
            return usage_error("one of --pose, --pose-sheet and --clip at a time");
        if (po.pose && o.headless && !o.screenshot)
            return usage_error("--pose with --headless needs --screenshot FILE");
        po.content_dir = o.content_dir;
        po.screenshot = o.screenshot;
        po.headless = o.headless;
        po.verbose = o.verbose;
        po.at_ms = o.at_ms;
        po.width = o.width;
        po.height = o.height;
        return pose_mode_run(&po);
    }
    if (contact) {
        if (!o.headless)
            return usage_error("--contact-sheet goes with --headless");
        if (check || dump)
            return usage_error("--contact-sheet, --check and --dump-timeline are separate modes: give one");
        if (optind >= argc)
            return usage_error("--contact-sheet needs a MOVE (an id or a FILE.move)");
        if (optind + 1 < argc)
            return usage_error("--contact-sheet takes one MOVE, not also '%s'", argv[optind + 1]);
        ContactOptions co = { .content_dir = o.content_dir, .move = argv[optind], .out = contact,
                              .width = o.width, .height = o.height, .level = level, .verbose = o.verbose };
        return contact_run(&co);
    }
    if (check && dump)
        return usage_error("--check and --dump-timeline are separate modes: give one");
    o.level = level;
    o.level_set = level_given;
    /* --check and --export-voice-script read the config as a run would. */
    Config cfg;
    if (check || voice) {
        char path[4096];
        const char *file = o.config ? o.config : config_find_default(path, sizeof path) ? path : NULL;
        if (file)
            config_load(&cfg, file, NULL);
        else
            config_default(&cfg);
    }
    if (check) {
        /* Whether a `say` without a recording will be heard depends on this machine:
         * the build's espeak-ng and the config's voice setting. */
        ContentOptions co;
        content_options_default(&co);
        AudioConfig ac;
        audio_config_default(&ac);
        ac.voice = cfg.voice;
        co.synthesis = audio_can_synthesize(&ac);
        return check_run(argv + optind, argc - optind, o.content_dir, &co);
    }
    if (voice) {
        if (optind < argc)
            return usage_error("--export-voice-script takes no MOVE or PLAYLIST ('%s')", argv[optind]);
        return voice_script_run(o.content_dir, cfg.language); /* recordings in voice/<language>/ */
    }
    if (dump) {
        if (optind < argc)
            return usage_error("--dump-timeline takes one FILE, not also '%s'", argv[optind]);
        return dump_run(dump, o.content_dir, level, level_given);
    }
    if (optind < argc)
        o.target = argv[optind++];
    if (optind < argc)
        return usage_error("one MOVE or PLAYLIST at a time, not also '%s'", argv[optind]);
    if (!o.headless && (o.screenshot || o.record_dir || o.at_ms >= 0 || o.duration_ms >= 0 || o.realtime))
        return usage_error("--screenshot, --record, --at, --duration and --realtime go with --headless");
    if (o.audio_out && !o.headless)
        return usage_error("--audio-out goes with --headless");
    if (o.audio_out)
        o.realtime = true; /* the disk driver records in real time */
    if (o.at_ms >= 0 && o.duration_ms >= 0 && o.at_ms >= o.duration_ms)
        return usage_error("--at is past the end of --duration");
    return app_run(&o);
}
