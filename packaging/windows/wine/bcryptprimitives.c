/* Test-only stand-in for bcryptprimitives.dll!ProcessPrng, which Wine 8 lacks and extensions
 * built with Rust >= 1.78 import (cryptography, python-calamine, rpds). It asks Windows' (here
 * Wine's) system random generator, as the real function does. Built into the Wine prefix's
 * system32 by packaging/windows/build-windows.sh; never part of the installer. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
