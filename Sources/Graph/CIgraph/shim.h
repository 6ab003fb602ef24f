// igraph.h defines _GNU_SOURCE before including libc headers. Including those headers first
// gives CIgraph and SwiftGlibc one definition of fd_set (otherwise a clean build fails with
// "'__fds_bits' ... is not present in definition of 'fd_set'"). Remove once igraph stops
// defining _GNU_SOURCE in its public header.
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/select.h>
#include <igraph.h>
