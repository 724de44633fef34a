/* voice: `limber --export-voice-script`, every line the content speaks with the file
 * name its recording must have (tab-separated, on stdout), so that a clinic can record
 * its own voice and drop the files into the content root's voice/ folder. Returns the
 * exit code: 0, 1 when the content could not be read, 2 for a bad content root. */
#ifndef LIMBER_MODE_VOICE_H
#define LIMBER_MODE_VOICE_H

int voice_script_run(const char *content_dir, const char *language);

#endif
