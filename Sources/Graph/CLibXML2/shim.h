// libxml2's streaming reader (xmlTextReader, DBLP XML) and SAX2 push parser (PubMed XML).
//
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the system
// <unicode/ucnv.h>, whose UErrorCode clashes with the ICU copy bundled in Foundation
// (`_FoundationICU`) as soon as one Swift module sees both. Nothing here uses the ICU part of
// libxml2's API (only pointers to xmlCharEncodingHandler, never its fields), so hide it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
