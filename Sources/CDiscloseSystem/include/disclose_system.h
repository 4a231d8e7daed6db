#ifndef DISCLOSE_SYSTEM_H
#define DISCLOSE_SYSTEM_H

/// Atomically swaps two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise. Linux only: other systems do not compile.
int disclose_exchange_paths(const char *first, const char *second);

/// Remembers a build database (a file in its own private folder) to delete if the process is ended by
/// SIGINT, SIGTERM or SIGHUP; installs the handlers on first use (where the signal is not ignored).
/// The handler removes every remembered file and folder, then re-raises the signal with its default action.
/// Returns a slot for `disclose_forget_private_file`, or -1 when every slot is taken.
int disclose_remember_private_file(const char *file, const char *folder);

/// Forgets a slot once its file and folder have been removed normally.
void disclose_forget_private_file(int slot);

#endif
