#ifndef KG_CLIBXML2_SHIM_H
#define KG_CLIBXML2_SHIM_H

/* libxml2 built with ICU includes <unicode/ucnv.h> from encoding.h, whose
   enums clash with Foundation's own copy of ICU in any Swift module that
   imports both. Nothing here uses libxml2's ICU converters (only their
   fields in xmlCharEncodingHandler, which Swift never allocates), so the
   ICU part of the headers is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

/* Swift 6 cannot import C globals such as xmlFree (a function pointer
   variable); these inline wrappers give Swift plain functions to call. */
static inline void kg_xmlFree(void *pointer) { xmlFree(pointer); }

/* Silences libxml2's default error printing to stderr; callers collect
   errors through structured handlers instead. */
static inline void kg_xmlIgnoreError(void *context, const char *message, ...) {
    (void)context; (void)message;
}
static inline void kg_xmlSilenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, kg_xmlIgnoreError);
}

#endif
