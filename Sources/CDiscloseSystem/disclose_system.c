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

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <signal.h>
#include <string.h>

// Build databases to remove when a signal ends the process. Written under a mutex, read by the signal
// handler (which may only call async-signal-safe functions: unlink, rmdir, sigaction, raise).
#define DISCLOSE_SLOTS 64
static char remembered_files[DISCLOSE_SLOTS][PATH_MAX];
static char remembered_folders[DISCLOSE_SLOTS][PATH_MAX];
static volatile sig_atomic_t remembered_used[DISCLOSE_SLOTS];
static pthread_mutex_t remembered_lock = PTHREAD_MUTEX_INITIALIZER;
static int handlers_installed = 0;
static const int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

static void remove_remembered(void) {
    for (int slot = 0; slot < DISCLOSE_SLOTS; slot++) {
        if (remembered_used[slot]) {
            unlink(remembered_files[slot]);
            rmdir(remembered_folders[slot]);
        }
    }
}

static void remove_remembered_and_reraise(int signal_number) {
    remove_remembered();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, NULL);
    raise(signal_number);
}

static void install_handlers(void) {
    for (size_t index = 0; index < sizeof cleanup_signals / sizeof cleanup_signals[0]; index++) {
        struct sigaction current;
        if (sigaction(cleanup_signals[index], NULL, &current) != 0) continue;
        if (current.sa_handler == SIG_IGN) continue;  // e.g. SIGHUP under nohup: leave it ignored
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = remove_remembered_and_reraise;
        sigemptyset(&action.sa_mask);
        for (size_t other = 0; other < sizeof cleanup_signals / sizeof cleanup_signals[0]; other++) {
            sigaddset(&action.sa_mask, cleanup_signals[other]);
        }
        sigaction(cleanup_signals[index], &action, NULL);
        // A parent may have started us with the signal blocked (it stays pending, the build runs on):
        // Ctrl-C and kill must end a build, so the calling thread accepts them.
        sigset_t accepted;
        sigemptyset(&accepted);
        sigaddset(&accepted, cleanup_signals[index]);
        pthread_sigmask(SIG_UNBLOCK, &accepted, NULL);
    }
}

int disclose_remember_private_file(const char *file, const char *folder) {
    if (strlen(file) >= PATH_MAX || strlen(folder) >= PATH_MAX) return -1;
    pthread_mutex_lock(&remembered_lock);
    if (!handlers_installed) {
        install_handlers();
        atexit(remove_remembered);  // exit() skips Swift deinitializers
        handlers_installed = 1;
    }
    int found = -1;
    for (int slot = 0; slot < DISCLOSE_SLOTS; slot++) {
        if (!remembered_used[slot]) {
            strcpy(remembered_files[slot], file);
            strcpy(remembered_folders[slot], folder);
            remembered_used[slot] = 1;
            found = slot;
            break;
        }
    }
    pthread_mutex_unlock(&remembered_lock);
    return found;
}

void disclose_forget_private_file(int slot) {
    if (slot < 0 || slot >= DISCLOSE_SLOTS) return;
    pthread_mutex_lock(&remembered_lock);
    remembered_used[slot] = 0;
    pthread_mutex_unlock(&remembered_lock);
}
