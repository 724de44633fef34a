/* xcursor: prints the X cursor shown now (XFixes) as "WIDTHxHEIGHT visible|hidden",
 * hidden meaning every pixel is fully transparent (how SDL hides the cursor: a blank
 * cursor on its window). For tests/cli/kiosk_xvfb.sh, under Xvfb; needs DISPLAY. */
#include <X11/Xlib.h>
#include <X11/extensions/Xfixes.h>
#include <stdio.h>

int main(void)
{
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "xcursor: cannot open the display\n");
        return 2;
    }
    int ev, err;
    if (!XFixesQueryExtension(d, &ev, &err)) {
        fprintf(stderr, "xcursor: no XFIXES extension\n");
        return 2;
    }
    XFixesCursorImage *c = XFixesGetCursorImage(d);
    if (!c) {
        fprintf(stderr, "xcursor: no cursor image\n");
        return 2;
    }
    unsigned long alpha = 0;
    for (int i = 0; i < c->width * c->height; i++)
        if ((c->pixels[i] >> 24 & 0xff) > alpha)
            alpha = c->pixels[i] >> 24 & 0xff;
    printf("%dx%d %s\n", c->width, c->height, alpha ? "visible" : "hidden");
    XFree(c);
    XCloseDisplay(d);
    return 0;
}
