// libxml2's streaming reader (xmlTextReader), for PubMed and DBLP XML.
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
