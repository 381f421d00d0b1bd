/* Test-only stand-in for Windows 10's system icuuc.dll, which Wine 8 lacks and Qt6Core.dll
 * (PySide6 >= 6.7) imports 18 ucnv_* converter functions from. Every converter is reported
 * unsupported, so Qt keeps to its built-in codecs (UTF-8/16/32, Latin-1). It is built into the
 * Wine prefix's system32 by packaging/windows/build-windows.sh and is never part of the
 * installer (the build checks that). */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
typedef uint16_t UChar;
typedef int8_t UBool;
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_UNSUPPORTED_ERROR; }

__declspec(dllexport) void *ucnv_open(const char *name, UErrorCode *err) { (void)name; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
__declspec(dllexport) void ucnv_close(void *cnv) { (void)cnv; }
__declspec(dllexport) void ucnv_toUnicode(void *c, UChar **t, const UChar *te, const char **s, const char *se, int32_t *o, UBool f, UErrorCode *err) { (void)c; (void)t; (void)te; (void)s; (void)se; (void)o; (void)f; fail(err); }
__declspec(dllexport) void ucnv_fromUnicode(void *c, char **t, const char *te, const UChar **s, const UChar *se, int32_t *o, UBool f, UErrorCode *err) { (void)c; (void)t; (void)te; (void)s; (void)se; (void)o; (void)f; fail(err); }
__declspec(dllexport) const char *ucnv_getName(const void *c, UErrorCode *err) { (void)c; fail(err); return NULL; }
__declspec(dllexport) const char *ucnv_getStandardName(const char *n, const char *std, UErrorCode *err) { (void)n; (void)std; fail(err); return NULL; }
__declspec(dllexport) int32_t ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
__declspec(dllexport) int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
__declspec(dllexport) void ucnv_reset(void *c) { (void)c; }
__declspec(dllexport) void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(err); }
__declspec(dllexport) void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; (void)o; (void)oc; fail(err); }
__declspec(dllexport) void ucnv_getToUCallBack(const void *c, void **a, const void **ctx) { (void)c; if (a) *a = NULL; if (ctx) *ctx = NULL; }
__declspec(dllexport) void ucnv_getFromUCallBack(const void *c, void **a, const void **ctx) { (void)c; if (a) *a = NULL; if (ctx) *ctx = NULL; }
__declspec(dllexport) int32_t ucnv_toUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
__declspec(dllexport) int32_t ucnv_fromUCountPending(const void *c, UErrorCode *err) { (void)c; fail(err); return 0; }
__declspec(dllexport) void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t l, int32_t o, UErrorCode *err) { (void)a; (void)s; (void)l; (void)o; fail(err); }
__declspec(dllexport) void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *se, int32_t o, UErrorCode *err) { (void)a; (void)s; (void)se; (void)o; fail(err); }
