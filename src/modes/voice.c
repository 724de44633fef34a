#include "modes/voice.h"

#include "audio/voicescript.h"
#include "model/content.h"
#include "platform/paths.h"

#include <stdio.h>

int voice_script_run(const char *content_dir, const char *language)
{
    char root[PATHS_MAX];
    if (!paths_content_root(content_dir, root, sizeof root)) {
        fprintf(stderr, "limber: no content root found%s%s\n", content_dir ? " at " : "",
                content_dir ? content_dir : "");
        return 2;
    }
    DiagList d;
    diag_init(&d);
    Content *c = content_load(root, &d);
    VoiceScript *vs = c ? voicescript_create(root, language) : NULL;
    int rc = vs ? 0 : 1;
    /* Every move, at the standard level: the lines are the same at every level, only
     * their number changes. Moves with errors are left out, as when playing. */
    for (int i = 0; vs && i < content_move_count(c); i++) {
        Move *m = content_compile_move(c, content_move_id(c, i), LEVEL_STANDARD, 0, &d);
        if (m && !voicescript_add(vs, m))
            rc = 1;
        move_destroy(m);
    }
    if (vs && !voicescript_write(vs, stdout))
        rc = 1;
    if (d.errors)
        fprintf(stderr, "limber: %zu content error%s: run limber --check for the details\n", d.errors,
                d.errors == 1 ? "" : "s");
    voicescript_destroy(vs);
    content_destroy(c);
    diag_deinit(&d);
    return rc;
}
