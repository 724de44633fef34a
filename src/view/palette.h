/* palette: the screen's colours, chosen for a wall seen from three metres: every text
 * colour on its background has a contrast ratio of 7:1 or more (WCAG AAA); the test
 * tests/app/test_layout.c computes the ratios from these very values. */
#ifndef LIMBER_PALETTE_H
#define LIMBER_PALETTE_H

#include <SDL.h>

#define PALETTE_BG       ((SDL_Color){ 0x12, 0x1A, 0x24, 0xFF }) /* the screen */
#define PALETTE_STAGE    ((SDL_Color){ 0x1A, 0x25, 0x33, 0xFF }) /* the figure's stage */
#define PALETTE_FLOOR    ((SDL_Color){ 0x2C, 0x3B, 0x4D, 0xFF })
#define PALETTE_INK      ((SDL_Color){ 0xF4, 0xF6, 0xF8, 0xFF }) /* primary text */
#define PALETTE_SOFT     ((SDL_Color){ 0xC3, 0xCE, 0xDA, 0xFF }) /* secondary text */
#define PALETTE_ACCENT   ((SDL_Color){ 0x5F, 0xD6, 0xC4, 0xFF }) /* ring, progress, highlights */
#define PALETTE_TRACK    ((SDL_Color){ 0x2C, 0x3B, 0x4D, 0xFF }) /* ring and bar background */
#define PALETTE_CAUTION  ((SDL_Color){ 0xF2, 0xB8, 0x4B, 0xFF }) /* caution banner */
#define PALETTE_ON_CAUTION ((SDL_Color){ 0x1B, 0x14, 0x05, 0xFF })
#define PALETTE_SCRIM    ((SDL_Color){ 0x0A, 0x10, 0x17, 0xF0 }) /* under overlays */
#define PALETTE_SELECT   ((SDL_Color){ 0x25, 0x4E, 0x5A, 0xFF }) /* menu cursor row */

#endif
