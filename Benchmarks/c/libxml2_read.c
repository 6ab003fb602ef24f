/* How fast libxml2 alone walks a PubMed XML file, by the two interfaces graph could use:
 * the pull reader (xmlTextReader, which builds a node per element) and the SAX2 push parser
 * (callbacks only). Both read gzip through zlib and count elements; nothing else is done.
 *
 *   cc -O2 -o Benchmarks/out/libxml2_read Benchmarks/c/libxml2_read.c \
 *      $(pkg-config --cflags --libs libxml-2.0) -lz
 *   /usr/bin/time -f "%e s" Benchmarks/out/libxml2_read reader FILE.xml.gz
 *   /usr/bin/time -f "%e s" Benchmarks/out/libxml2_read sax FILE.xml.gz
 */
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

static long elements = 0;

static void on_start(void *context, const xmlChar *name, const xmlChar *prefix,
                     const xmlChar *uri, int namespace_count, const xmlChar **namespaces,
                     int attribute_count, int defaulted_count, const xmlChar **attributes) {
  elements++;
}

static int read_sax(const char *path) {
  xmlSAXHandler handler;
  memset(&handler, 0, sizeof handler);
  handler.initialized = XML_SAX2_MAGIC;
  handler.startElementNs = on_start;
  gzFile file = gzopen(path, "rb");
  if (!file) return 1;
  char buffer[1 << 16];
  xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&handler, NULL, NULL, 0, path);
  xmlCtxtUseOptions(parser, XML_PARSE_NONET);
  int count;
  while ((count = gzread(file, buffer, sizeof buffer)) > 0) xmlParseChunk(parser, buffer, count, 0);
  xmlParseChunk(parser, NULL, 0, 1);
  int failed = !parser->wellFormed;
  xmlFreeParserCtxt(parser);
  gzclose(file);
  return failed;
}

static int read_pull(const char *path) {
  xmlTextReaderPtr reader = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_COMPACT);
  if (!reader) return 1;
  int status;
  while ((status = xmlTextReaderRead(reader)) == 1)
    if (xmlTextReaderNodeType(reader) == XML_READER_TYPE_ELEMENT) elements++;
  xmlFreeTextReader(reader);
  return status != 0;
}

int main(int argc, char **argv) {
  if (argc != 3 || (strcmp(argv[1], "sax") && strcmp(argv[1], "reader"))) {
    fprintf(stderr, "usage: %s sax|reader FILE.xml[.gz]\n", argv[0]);
    return 2;
  }
  int failed = strcmp(argv[1], "sax") == 0 ? read_sax(argv[2]) : read_pull(argv[2]);
  printf("%s: %ld elements%s\n", argv[1], elements, failed ? " (parse error)" : "");
  return failed;
}
