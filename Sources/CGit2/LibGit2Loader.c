// libgit2, loaded when the first git function is called rather than when bbctl starts.
//
// Each function of LibGit2Functions.h gets a definition here with libgit2's own name and
// signature that forwards to the real one, resolved once with dlopen/dlsym. When libgit2
// cannot be loaded (or lacks a function), the forwarder returns libgit2's generic failure
// (GIT_ERROR, NULL, 0) and git_error_last() explains why, so the Git module's usual error path
// ("git: <function> failed (-1): <message>") reports it; nothing crashes.

#include <git2/common.h>
// The forwarders stay private to the binary (hidden): were they exported, libgit2's calls to
// its own public functions could bind to them instead of to libgit2's definitions.
#undef GIT_EXTERN
#define GIT_EXTERN(type) extern __attribute__((visibility("hidden"))) type
#include <git2.h>

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "LibGit2Functions.h"

// Tried in order until one loads: the unversioned name libgit2-dev installs, the soname of the
// headers bbctl was built against, then other sonames whose API covers LibGit2Functions.h.
// `BBCTL_LIBGIT2`, when set, is the only candidate (a libgit2 outside the loader's path, or a
// test of the failure path).
static const char *const candidates[] = {
#if defined(__APPLE__)
    "libgit2.dylib",
#else
    "libgit2.so",
    "libgit2.so." LIBGIT2_SOVERSION,
    "libgit2.so.1.9", "libgit2.so.1.8", "libgit2.so.1.7", "libgit2.so.1.6",
    "libgit2.so.1.5", "libgit2.so.1.4", "libgit2.so.1.3", "libgit2.so.1.1",
#endif
};

#define POINTER(type, name, params, args, failure) type (*name) params;
#define VOID_POINTER(name, params, args) void (*name) params;
static struct {
    CGIT2_FUNCTIONS(POINTER, VOID_POINTER)
    const git_error *(*git_error_last)(void);
    void (*git_error_clear)(void);
} real;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static void *library;                 // NULL when no candidate could be loaded
static char load_message[1024];
static git_error load_error = { load_message, GIT_ERROR_OS };

// A function missing from the loaded libgit2 (too old) is reported per thread, like libgit2's
// own errors, until the next call that reaches libgit2.
static _Thread_local char missing_message[256];
static _Thread_local git_error missing_error;
static _Thread_local int missing;

static void *open_library(void) {
    const char *override = getenv("BBCTL_LIBGIT2");
    if (override != NULL && override[0] != '\0') {
        void *handle = dlopen(override, RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) {
            const char *reason = dlerror();
            snprintf(load_message, sizeof load_message,
                     "libgit2 could not be loaded: %s (from BBCTL_LIBGIT2)", reason ? reason : override);
        }
        return handle;
    }
    char first_reason[512] = "";
    for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
        void *handle = dlopen(candidates[i], RTLD_NOW | RTLD_LOCAL);
        if (handle != NULL) return handle;
        const char *reason = dlerror();
        if (i == 0 && reason != NULL) snprintf(first_reason, sizeof first_reason, "%s", reason);
    }
    snprintf(load_message, sizeof load_message,
             "libgit2 could not be loaded: %s (install libgit2, e.g. the libgit2-dev package, "
             "or set BBCTL_LIBGIT2 to the library's path)",
             first_reason[0] != '\0' ? first_reason : "no libgit2 shared library found");
    return NULL;
}

static void load(void) {
    library = open_library();
    if (library == NULL) return;
    // POSIX's idiom for storing dlsym's void * into a function pointer.
#define RESOLVE(type, name, params, args, failure) *(void **)&real.name = dlsym(library, #name);
#define VOID_RESOLVE(name, params, args) *(void **)&real.name = dlsym(library, #name);
    CGIT2_FUNCTIONS(RESOLVE, VOID_RESOLVE)
    *(void **)&real.git_error_last = dlsym(library, "git_error_last");
    *(void **)&real.git_error_clear = dlsym(library, "git_error_clear");
}

static void note_missing(const char *name) {
    snprintf(missing_message, sizeof missing_message,
             "libgit2 could not be loaded: the loaded library has no function %s (libgit2 too old?)", name);
    missing_error.message = missing_message;
    missing_error.klass = GIT_ERROR_INVALID;
    missing = 1;
}

#define FORWARD(type, name, params, args, failure) \
    type name params { \
        pthread_once(&load_once, load); \
        if (real.name == NULL) { \
            note_missing(#name); \
            return failure; \
        } \
        missing = 0; \
        return real.name args; \
    }
#define VOID_FORWARD(name, params, args) \
    void name params { \
        pthread_once(&load_once, load); \
        if (real.name == NULL) { \
            note_missing(#name); \
            return; \
        } \
        missing = 0; \
        real.name args; \
    }
CGIT2_FUNCTIONS(FORWARD, VOID_FORWARD)

const git_error *git_error_last(void) {
    pthread_once(&load_once, load);
    if (library == NULL) return &load_error;
    if (missing) return &missing_error;
    return real.git_error_last != NULL ? real.git_error_last() : NULL;
}

void git_error_clear(void) {
    pthread_once(&load_once, load);
    missing = 0;
    if (real.git_error_clear != NULL) real.git_error_clear();
}
