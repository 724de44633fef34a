#include "kiosk/watch.h"

#include "platform/log.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *const WATCH_FOLDERS[] = {
    "moves", "playlists", "poses", "figures", "sheets", "props", "sounds", "voice", "fonts", NULL,
};

enum { MAX_DEPTH = 8, MAX_FOLDERS = 4096, MAX_PENDING = 1024 };

#define ROOT_MASK (IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_ONLYDIR | IN_DELETE_SELF | IN_MOVE_SELF)
#define FOLDER_MASK (IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ONLYDIR)

typedef struct Folder {
    int wd;
    char *rel; /* "" for the root, "moves", "moves/extra" */
} Folder;

typedef struct Pending {
    char *rel;
    uint64_t last_ms;  /* the latest event; due at last_ms + settle */
    bool reportable;   /* a write, rename or delete was seen, not only a create */
    bool was_there;    /* the burst did not start with creating it */
    bool is_dir;
} Pending;

struct Watch {
    int fd;
    char *root;
    uint32_t settle_ms;
    Folder *folders;
    int folder_count, folder_cap;
    Pending *pending;
    int pending_count, pending_cap;
    bool rescan;
    bool overflow_logged;
};

static uint64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static bool ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

bool watch_ignored_name(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || name[0] == '.')
        return true; /* dot files, `.#x` locks, `.x.swp`, `.goutputstream-*` */
    if (name[n - 1] == '~' || (name[0] == '#' && name[n - 1] == '#'))
        return true;
    static const char *const temp_suffixes[] = { ".swp", ".swo", ".swx", ".tmp", ".part" };
    for (size_t i = 0; i < sizeof temp_suffixes / sizeof *temp_suffixes; i++)
        if (ends_with(name, n, temp_suffixes[i]))
            return true;
    return false;
}

static bool is_watched_top(const char *name)
{
    for (int i = 0; WATCH_FOLDERS[i]; i++)
        if (strcmp(name, WATCH_FOLDERS[i]) == 0)
            return true;
    return false;
}

static char *join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 2);
    if (!s)
        return NULL;
    memcpy(s, a, la);
    size_t k = la;
    if (la && lb)
        s[k++] = '/';
    memcpy(s + k, b, lb);
    s[k + lb] = '\0';
    return s;
}

static Folder *folder_by_wd(Watch *w, int wd)
{
    for (int i = 0; i < w->folder_count; i++)
        if (w->folders[i].wd == wd)
            return &w->folders[i];
    return NULL;
}

static void folder_remove_at(Watch *w, int i)
{
    free(w->folders[i].rel);
    w->folders[i] = w->folders[--w->folder_count];
}

static bool is_under(const char *rel, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(rel, dir, n) == 0 && (rel[n] == '\0' || rel[n] == '/');
}

/* A folder moved out of the root keeps its watches (inotify follows the inode), so
 * they are taken off by hand; a deleted one sends IN_IGNORED, handled the same way. */
static void forget_folders_under(Watch *w, const char *dir)
{
    for (int i = w->folder_count - 1; i >= 0; i--)
        if (*dir && is_under(w->folders[i].rel, dir)) {
            inotify_rm_watch(w->fd, w->folders[i].wd);
            folder_remove_at(w, i);
        }
}

static void mark(Watch *w, const char *rel, bool reportable, bool created, bool is_dir)
{
    uint64_t now = mono_ms();
    for (int i = 0; i < w->pending_count; i++) {
        Pending *p = &w->pending[i];
        if (strcmp(p->rel, rel) == 0) {
            p->last_ms = now;
            p->reportable |= reportable;
            p->is_dir |= is_dir;
            return;
        }
    }
    if (w->pending_count >= MAX_PENDING) {
        w->rescan = true; /* a flood: reloading everything is cheaper than tracking it */
        return;
    }
    if (w->pending_count == w->pending_cap) {
        int cap = w->pending_cap ? w->pending_cap * 2 : 16;
        Pending *p = realloc(w->pending, (size_t)cap * sizeof *p);
        if (!p) {
            w->rescan = true;
            return;
        }
        w->pending = p;
        w->pending_cap = cap;
    }
    char *copy = strdup(rel);
    if (!copy) {
        w->rescan = true;
        return;
    }
    w->pending[w->pending_count++] = (Pending){
        .rel = copy, .last_ms = now, .reportable = reportable, .was_there = !created, .is_dir = is_dir,
    };
}

static void add_tree(Watch *w, const char *rel, bool report_files);

/* Watches one folder and, below it, every folder not ignored. report_files: the folder
 * just appeared, so what is already in it is new content (a folder moved in, or files
 * written before the watch was in place). */
static void add_folder(Watch *w, const char *rel, bool report_files)
{
    int depth = *rel != '\0';
    for (const char *p = rel; *p; p++)
        depth += *p == '/';
    /* The cap also ends a loop of symbolic links to a parent folder. */
    if (depth > MAX_DEPTH || w->folder_count >= MAX_FOLDERS)
        return;
    char *abs = join(w->root, rel);
    if (!abs)
        return;
    int wd = inotify_add_watch(w->fd, abs, *rel ? FOLDER_MASK : ROOT_MASK);
    if (wd < 0) {
        if (errno != ENOENT && errno != ENOTDIR)
            log_warn("cannot watch %s: %s", abs, strerror(errno));
        free(abs);
        return;
    }
    free(abs);
    if (!folder_by_wd(w, wd)) {
        if (w->folder_count == w->folder_cap) {
            int cap = w->folder_cap ? w->folder_cap * 2 : 16;
            Folder *f = realloc(w->folders, (size_t)cap * sizeof *f);
            if (!f)
                return;
            w->folders = f;
            w->folder_cap = cap;
        }
        char *copy = strdup(rel);
        if (!copy)
            return;
        w->folders[w->folder_count++] = (Folder){ wd, copy };
    }
    add_tree(w, rel, report_files);
}

static void add_tree(Watch *w, const char *rel, bool report_files)
{
    char *abs = join(w->root, rel);
    DIR *d = abs ? opendir(abs) : NULL;
    if (!d) {
        free(abs);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (watch_ignored_name(e->d_name))
            continue;
        if (!*rel && !is_watched_top(e->d_name))
            continue;
        char *child_abs = join(abs, e->d_name), *child_rel = join(rel, e->d_name);
        struct stat st;
        if (child_abs && child_rel && stat(child_abs, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                add_folder(w, child_rel, report_files);
            else if (report_files && *rel)
                mark(w, child_rel, true, false, false);
        }
        free(child_abs);
        free(child_rel);
    }
    closedir(d);
    free(abs);
}

Watch *watch_create(const char *root, uint32_t settle_ms)
{
    Watch *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->settle_ms = settle_ms;
    w->root = strdup(root);
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (!w->root || w->fd < 0) {
        log_warn("cannot watch %s for changes: %s", root, w->fd < 0 ? strerror(errno) : "out of memory");
        watch_destroy(w);
        return NULL;
    }
    add_folder(w, "", false);
    if (w->folder_count == 0) {
        log_warn("cannot watch %s for changes", root);
        watch_destroy(w);
        return NULL;
    }
    log_debug("watching %d folders of %s", w->folder_count, root);
    return w;
}

void watch_destroy(Watch *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    for (int i = 0; i < w->folder_count; i++)
        free(w->folders[i].rel);
    for (int i = 0; i < w->pending_count; i++)
        free(w->pending[i].rel);
    free(w->folders);
    free(w->pending);
    free(w->root);
    free(w);
}

static void handle(Watch *w, const struct inotify_event *ev)
{
    if (ev->mask & IN_Q_OVERFLOW) {
        if (!w->overflow_logged)
            log_warn("content watch: too many changes at once, reloading everything");
        w->overflow_logged = true;
        w->rescan = true;
        return;
    }
    Folder *f = folder_by_wd(w, ev->wd);
    if (!f)
        return;
    if (ev->mask & IN_IGNORED) {
        folder_remove_at(w, (int)(f - w->folders));
        return;
    }
    if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
        if (!*f->rel)
            log_warn("content root %s was removed or moved away", w->root);
        return;
    }
    if (!ev->len || watch_ignored_name(ev->name))
        return;
    bool in_root = !*f->rel;
    if (in_root && !is_watched_top(ev->name))
        return;
    char *rel = join(f->rel, ev->name);
    if (!rel) {
        w->rescan = true;
        return;
    }
    bool gone = ev->mask & (IN_DELETE | IN_MOVED_FROM);
    if (ev->mask & IN_ISDIR) {
        if (gone) {
            forget_folders_under(w, rel);
            mark(w, rel, true, false, true);
        } else if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
            add_folder(w, rel, true);
        }
    } else if (!in_root) {
        if (ev->mask & IN_CREATE)
            mark(w, rel, false, true, false);
        else if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM))
            mark(w, rel, true, false, false);
    }
    free(rel);
}

static void drain(Watch *w)
{
    /* Aligned for struct inotify_event, as inotify(7) shows. */
    char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t n = read(w->fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                log_warn("content watch: %s", strerror(errno));
            return;
        }
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            handle(w, ev);
            p += sizeof *ev + ev->len;
        }
    }
}

static bool exists(const Watch *w, const char *rel)
{
    char *abs = join(w->root, rel);
    struct stat st;
    bool there = abs && lstat(abs, &st) == 0;
    free(abs);
    return there;
}

int watch_poll(Watch *w, WatchChange *out, int max)
{
    if (!w || max <= 0)
        return 0;
    drain(w);
    int n = 0;
    if (w->rescan) {
        /* Whatever was pending is covered by reloading everything. */
        for (int i = 0; i < w->pending_count; i++)
            free(w->pending[i].rel);
        w->pending_count = 0;
        w->rescan = false;
        out[n++] = (WatchChange){ .kind = WATCH_RESCAN };
    }
    uint64_t now = mono_ms();
    for (int i = 0; i < w->pending_count && n < max;) {
        Pending *p = &w->pending[i];
        if (now < p->last_ms + w->settle_ms) {
            i++;
            continue;
        }
        bool there = exists(w, p->rel);
        bool report = p->reportable && (there || p->was_there);
        if (report && strlen(p->rel) < WATCH_PATH_MAX) {
            WatchChange *c = &out[n++];
            c->kind = there ? WATCH_CHANGED : WATCH_DELETED;
            c->is_dir = p->is_dir && !there;
            memcpy(c->path, p->rel, strlen(p->rel) + 1);
        }
        free(p->rel);
        /* Keep the order of arrival: a burst reads back in the order it was made. */
        memmove(p, p + 1, (size_t)(w->pending_count - i - 1) * sizeof *p);
        w->pending_count--;
    }
    return n;
}

int watch_timeout_ms(const Watch *w)
{
    if (!w || w->pending_count == 0)
        return -1;
    uint64_t now = mono_ms(), due = UINT64_MAX;
    for (int i = 0; i < w->pending_count; i++)
        if (w->pending[i].last_ms + w->settle_ms < due)
            due = w->pending[i].last_ms + w->settle_ms;
    return due <= now ? 0 : due - now > INT_MAX ? INT_MAX : (int)(due - now);
}

int watch_fd(const Watch *w)
{
    return w ? w->fd : -1;
}

int watch_folder_count(const Watch *w)
{
    return w ? w->folder_count : 0;
}
