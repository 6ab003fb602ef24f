// OpenSSL's libcrypto, for SHA-256 content hashes (EVP interface; uses the CPU's SHA
// instructions where present).
#include <openssl/evp.h>
