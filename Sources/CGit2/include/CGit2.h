// libgit2's API as the Git module sees it. The functions are not linked against libgit2:
// Sources/CGit2/LibGit2Loader.c defines each one the Git module calls and forwards it to
// libgit2 loaded with dlopen on first use, so commands that never touch git do not pay for
// libgit2 and its ~15 dependencies (krb5, libssh2, mbedtls, ...) at start-up.
// Headers come from libgit2-dev (`make deps` / scripts/install-deps.sh installs it).
#include <git2.h>
