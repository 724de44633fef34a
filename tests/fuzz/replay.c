/* Runs the fuzz harness over saved inputs in an ordinary build, so that ctest replays
 * the seed corpus and every saved crash without clang:  fuzz_replay DIR|FILE...  */
#include "model/files.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run(const char *path)
{
    size_t len;
    char *bytes = files_read(path, 64u << 20, &len);
    if (!bytes) {
        fprintf(stderr, "fuzz_replay: cannot read %s\n", path);
        return 0;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)bytes, len);
    free(bytes);
    return 1;
}

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; i++) {
        if (!files_is_dir(argv[i])) {
            count += run(argv[i]);
            continue;
        }
        char **names;
        size_t n;
        if (!files_list(argv[i], "", &names, &n))
            continue;
        for (size_t k = 0; k < n; k++) {
            char path[4096];
            if (files_join(path, sizeof path, argv[i], names[k]))
                count += run(path);
        }
        files_free_list(names, n);
    }
    printf("replayed %d inputs\n", count);
    return 0;
}
