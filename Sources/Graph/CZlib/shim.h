// zlib, for reading gzip-compressed input transparently.
#include <zlib.h>
