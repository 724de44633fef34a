/* anim_internal: the Anim object's insides, shared by anim.c (loading skins, props and
 * sheets) and animate.c (sampling). Not for use outside src/anim/. */
#ifndef LIMBER_ANIM_INTERNAL_H
#define LIMBER_ANIM_INTERNAL_H

#include "anim/animate.h"

enum { ANIM_MAX_SPRITES = 256, ANIM_MAX_SHEETS = 64, ANIM_MAX_RIGS = 4 };

/* A bone's part image placed on the bone: each corner as (along, across) metres. */
typedef struct PartPlace {
    int fill, halo;          /* sprite ids, -1 if none */
    float o[2], u[2], v[2];  /* top-left, top-right, bottom-left corners on the bone */
    float depth;             /* thickness across the bone, metres (props rest on it) */
} PartPlace;

typedef struct RigSkin {
    bool loaded;
    PartPlace part[SKEL_MAX_BONES];
    uint8_t shade[3][4];     /* far, body, near: r g b a */
    uint8_t halo[4];
} RigSkin;

struct Anim {
    const PoseLib *lib;
    RigSkin skins[ANIM_MAX_RIGS]; /* by skeleton_at() index */
    char *sprites[ANIM_MAX_SPRITES];
    int sprite_count;
    Sheet *sheets[ANIM_MAX_SHEETS];
    int sheet_sprite[ANIM_MAX_SHEETS];
    int sheet_count;
    int shadow_sprite;
    int prop_sprite[8];
};

/* The sprite id for an image path, adding it to the table; -1 when full. */
int anim_sprite_intern(Anim *a, const char *path);

/* Prop table, shared by loading and drawing. */
typedef enum PropKind { PROP_MAT, PROP_WALL, PROP_BACK, PROP_UNDER, PROP_HELD } PropKind;
typedef struct PropDef {
    const char *name;
    PropKind kind;
    float w, h;        /* metres */
    int z;
    const char *bone;  /* where it goes when the script names none */
    float along;       /* fraction of that bone's length */
} PropDef;
extern const PropDef anim_props[];
extern const int anim_prop_count;

#endif
