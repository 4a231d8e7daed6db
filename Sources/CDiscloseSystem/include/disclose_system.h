#ifndef DISCLOSE_SYSTEM_H
#define DISCLOSE_SYSTEM_H

/// Atomically swaps two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise. Linux only: other systems do not compile.
int disclose_exchange_paths(const char *first, const char *second);

#endif
