#include "disclose_system.h"
#include <errno.h>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

// syscall() is variadic, which Swift cannot call; this is the one place that does.
int disclose_exchange_paths(const char *first, const char *second) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}
#else
// Linux only (Package.swift, README "Platforms"): without an atomic swap a publish could be half done.
#error "disclose supports Linux only: atomic publishing needs renameat2(RENAME_EXCHANGE)"
#endif
