// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LeakSanitizer suppressions compiled into every test executable (included once, by its main), so that they
// apply whatever environment ctest gives the test. Each entry names third-party state that is not ours to
// free:
//
// OpenSSL, reached only through Qt's TLS backend (we never call it directly): when a test's
// QNetworkAccessManager talks TLS to the sandbox, Qt's HTTP thread may still hold its SSL session and the
// thread's OpenSSL error queue when the process exits. CI saw it about once in 30 runs of
// sandbox_program.ServesHttpsWithACertificate (3 objects of 328 bytes from CRYPTO_zalloc, ERR_vset_error).
// LeakSanitizer calls this hook at start-up.
extern "C" const char *__lsan_default_suppressions();
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libcrypto.so\n"
           "leak:libssl.so\n";
}
