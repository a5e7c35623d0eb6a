/* Exists only because Wine lacks what Windows 10 has: bcryptprimitives.dll with its
 * ProcessPrng export, which Rust's standard library (inside python-calamine) imports for
 * random numbers. Never shipped: built into the Wine prefix's system32 only.
 *
 * ProcessPrng fills the buffer with random bytes and always succeeds on Windows; here it
 * takes them from BCryptGenRandom (the system RNG, which Wine does provide), in pieces
 * that fit its ULONG length. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE buffer, SIZE_T size)
{
    const SIZE_T piece_max = 1u << 30;
    while (size > 0) {
        ULONG piece = (ULONG)(size < piece_max ? size : piece_max);
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, buffer, piece, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        buffer += piece;
        size -= piece;
    }
    return TRUE;
}
