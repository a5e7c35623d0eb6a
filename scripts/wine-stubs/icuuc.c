/* Exists only because Wine lacks what Windows 10 has: the system ICU library icuuc.dll
 * (in Windows 10 since version 1903). Qt 6's QtCore links to twenty of its ucnv_*
 * functions, which it uses only for text codecs beyond its own UTF-8/16/32 and Latin-1;
 * the editor asks for none. Never shipped: built into the Wine prefix's system32 only.
 *
 * Every converter lookup fails (there are no converters), so QStringConverter keeps to
 * its built-in codecs. Functions that take an error code set it to a failure. */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;          /* > 0 is a failure */
typedef uint16_t UChar;
typedef int8_t UBool;
typedef struct UConverter UConverter;
typedef void UConverterCallback(void);

#define EXPORT __declspec(dllexport)
enum { U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}

static void no_callback(UConverterCallback **action, const void **context)
{
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}

/* Opening, naming, listing: there is nothing to open. */
EXPORT UConverter *ucnv_open(const char *name, UErrorCode *status) { (void)name; fail(status); return NULL; }
EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }
EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }
EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *status) { (void)cnv; fail(status); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) { (void)name; (void)standard; fail(status); return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 4; }

/* Converting: never reached without a converter; fail if called anyway. */
EXPORT void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *target_end, const char **source, const char *source_end, int32_t *offsets, UBool flush, UErrorCode *status)
{ (void)cnv; (void)target; (void)target_end; (void)source; (void)source_end; (void)offsets; (void)flush; fail(status); }
EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_end, const UChar **source, const UChar *source_end, int32_t *offsets, UBool flush, UErrorCode *status)
{ (void)cnv; (void)target; (void)target_end; (void)source; (void)source_end; (void)offsets; (void)flush; fail(status); }
EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *status) { (void)cnv; fail(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *status) { (void)cnv; fail(status); return 0; }

/* Callbacks: Qt only reads, sets and names them. */
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_getToUCallBack(const UConverter *cnv, UConverterCallback **action, const void **context) { (void)cnv; no_callback(action, context); }
EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, UConverterCallback **action, const void **context) { (void)cnv; no_callback(action, context); }
EXPORT void ucnv_setToUCallBack(UConverter *cnv, UConverterCallback *action, const void *context, UConverterCallback **old_action, const void **old_context, UErrorCode *status)
{ (void)cnv; (void)action; (void)context; no_callback(old_action, old_context); fail(status); }
EXPORT void ucnv_setFromUCallBack(UConverter *cnv, UConverterCallback *action, const void *context, UConverterCallback **old_action, const void **old_context, UErrorCode *status)
{ (void)cnv; (void)action; (void)context; no_callback(old_action, old_context); fail(status); }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *status)
{ (void)args; (void)source; (void)length; (void)offset; fail(status); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_end, int32_t offset, UErrorCode *status)
{ (void)args; (void)source; (void)source_end; (void)offset; fail(status); }
