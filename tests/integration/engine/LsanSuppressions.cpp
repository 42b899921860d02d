// SPDX-License-Identifier: GPL-3.0-or-later
// LeakSanitizer (PASSCODE_SANITIZE=ON): OpenSSL keeps per-thread error state that it frees only when the
// thread ends; Qt's network helper threads (host lookup, TLS backend probing) outlive main() in these test
// processes, so LSan reports those blocks, allocated inside libcrypto, at exit. They are not the project's
// leaks; everything else is still checked. Unused in builds without the sanitizer.
extern "C" const char *__lsan_default_suppressions(); // NOLINT(bugprone-reserved-identifier)
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libcrypto.so\n";
}
