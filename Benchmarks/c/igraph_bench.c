/*
 * igraph_bench: the reference side of the wrapper-overhead comparison.
 *
 * Reads a canonical edge list (see Benchmarks/README.md: a header line "# n m weighted",
 * then "u v" or "u v w" lines with 0-based vertex ids, u < v, no duplicates), builds the
 * igraph graph once, then times each requested analytic with clock_gettime(CLOCK_MONOTONIC),
 * file reading excluded, and prints one JSON object on standard output.
 *
 * Every analytic calls the igraph function(s) with the same arguments as the product's bridge
 * (Sources/Graph/Bridge), so the ratio graph-bench / igraph_bench is the wrapper's overhead.
 *
 * Build: cc -O2 -o igraph_bench igraph_bench.c $(pkg-config --cflags --libs igraph)
 * Usage: igraph_bench FILE [--runs N] [--warmup N] [--seed S] [--queries Q] [--analytics a,b,...]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <igraph.h>

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The query picker shared with graph-bench and peers.py: a 64-bit LCG (Knuth's MMIX). */
static unsigned long long lcg_state;
static igraph_integer_t pick(igraph_integer_t n) {
  lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (igraph_integer_t)((lcg_state >> 33) % (unsigned long long)n);
}

static igraph_t graph;
static igraph_vector_t weights;
static int weighted = 0;
static unsigned long long seed = 42;
static int queries = 100;

/* One analytic run; returns a check value (cluster count, sum, ...) to compare tools. */
static double run_analytic(const char *name) {
  igraph_integer_t n = igraph_vcount(&graph);
  const igraph_vector_t *w = weighted ? &weights : NULL;
  double check = 0;
  if (strcmp(name, "leiden") == 0) {
    igraph_vector_t strength;
    igraph_vector_int_t membership;
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    igraph_rng_seed(igraph_rng_default(), seed);
    igraph_vector_init(&strength, 0);
    igraph_vector_int_init(&membership, 0);
    igraph_strength(&graph, &strength, igraph_vss_all(), IGRAPH_ALL, 1, w);
    double total = igraph_vector_sum(&strength);
    /* One iteration, as the product's default (never -1: see CommunityOptions.iterations). */
    igraph_community_leiden(&graph, w, &strength, 1.0 / total, 0.01, 0, 1, &membership,
                            &clusters, &quality);
    check = (double)clusters;
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&strength);
  } else if (strcmp(name, "louvain") == 0) {
    igraph_vector_int_t membership;
    igraph_rng_seed(igraph_rng_default(), seed);
    igraph_vector_int_init(&membership, 0);
    igraph_community_multilevel(&graph, w, 1.0, &membership, NULL, NULL);
    check = (double)(igraph_vector_int_max(&membership) + 1);
    igraph_vector_int_destroy(&membership);
  } else if (strcmp(name, "pagerank") == 0) {
    igraph_vector_t res;
    igraph_real_t value;
    igraph_vector_init(&res, 0);
    igraph_pagerank(&graph, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 0, 0.85,
                    w, NULL);
    check = igraph_vector_max(&res);
    igraph_vector_destroy(&res);
  } else if (strcmp(name, "betweenness") == 0) {
    igraph_vector_t res;
    igraph_vector_init(&res, 0);
    igraph_betweenness(&graph, &res, igraph_vss_all(), 0, NULL);
    check = igraph_vector_max(&res);
    igraph_vector_destroy(&res);
  } else if (strcmp(name, "closeness") == 0) {
    igraph_vector_t res;
    igraph_vector_int_t reach;
    igraph_bool_t all;
    igraph_vector_init(&res, 0);
    igraph_vector_int_init(&reach, 0);
    igraph_closeness(&graph, &res, &reach, &all, igraph_vss_all(), IGRAPH_ALL, NULL, 0);
    check = (double)igraph_vector_int_sum(&reach);
    igraph_vector_int_destroy(&reach);
    igraph_vector_destroy(&res);
  } else if (strcmp(name, "coreness") == 0) {
    igraph_vector_int_t res;
    igraph_vector_int_init(&res, 0);
    igraph_coreness(&graph, &res, IGRAPH_ALL);
    check = (double)igraph_vector_int_max(&res);
    igraph_vector_int_destroy(&res);
  } else if (strcmp(name, "components") == 0) {
    igraph_vector_int_t m, sizes;
    igraph_integer_t count = 0;
    igraph_vector_int_init(&m, 0);
    igraph_vector_int_init(&sizes, 0);
    igraph_connected_components(&graph, &m, &sizes, &count, IGRAPH_WEAK);
    check = (double)count;
    igraph_vector_int_destroy(&sizes);
    igraph_vector_int_destroy(&m);
  } else if (strcmp(name, "transitivity") == 0) {
    igraph_real_t value = 0;
    igraph_transitivity_undirected(&graph, &value, IGRAPH_TRANSITIVITY_ZERO);
    check = value;
  } else if (strcmp(name, "clustering") == 0) {
    igraph_vector_t res;
    igraph_vector_init(&res, 0);
    igraph_transitivity_local_undirected(&graph, &res, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO);
    check = igraph_vector_sum(&res);
    igraph_vector_destroy(&res);
  } else if (strcmp(name, "ego2") == 0) {
    lcg_state = seed;
    for (int q = 0; q < queries; q++) {
      igraph_vector_int_list_t list;
      igraph_vector_int_list_init(&list, 0);
      igraph_neighborhood(&graph, &list, igraph_vss_1(pick(n)), 2, IGRAPH_ALL, 0);
      check += (double)igraph_vector_int_size(igraph_vector_int_list_get_ptr(&list, 0));
      igraph_vector_int_list_destroy(&list);
    }
  } else if (strcmp(name, "path") == 0) {
    lcg_state = seed + 1;
    for (int q = 0; q < queries; q++) {
      igraph_integer_t from = pick(n), to = pick(n);
      igraph_vector_int_t vertices;
      igraph_vector_int_init(&vertices, 0);
      igraph_get_shortest_path(&graph, &vertices, NULL, from, to, IGRAPH_ALL);
      check += (double)igraph_vector_int_size(&vertices);
      igraph_vector_int_destroy(&vertices);
    }
  } else if (strcmp(name, "diameter") == 0) {
    igraph_real_t value = 0;
    igraph_diameter(&graph, &value, NULL, NULL, NULL, NULL, 0, 1);
    check = value;
  } else {
    fprintf(stderr, "igraph_bench: unknown analytic %s\n", name);
    exit(64);
  }
  return check;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: igraph_bench FILE [--runs N] [--warmup N] [--seed S] [--queries Q] "
                    "[--analytics a,b,...]\n");
    return 64;
  }
  const char *path = argv[1];
  int runs = 5, warmup = 1;
  char analytics[512] = "build,leiden,louvain,pagerank,coreness,components,transitivity,ego2,path";
  for (int i = 2; i + 1 < argc; i += 2) {
    if (strcmp(argv[i], "--runs") == 0) runs = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--warmup") == 0) warmup = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--seed") == 0) seed = strtoull(argv[i + 1], NULL, 10);
    else if (strcmp(argv[i], "--queries") == 0) queries = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--analytics") == 0) {
      strncpy(analytics, argv[i + 1], sizeof analytics - 1);
    } else {
      fprintf(stderr, "igraph_bench: unknown option %s\n", argv[i]);
      return 64;
    }
  }

  /* The product collects warnings instead of printing them; do the same silently here. */
  igraph_set_warning_handler(igraph_warning_handler_ignore);

  /* Read the file (not timed). */
  FILE *f = fopen(path, "r");
  if (!f) { perror(path); return 66; }
  long long n = 0, m = 0;
  if (fscanf(f, "# %lld %lld %d", &n, &m, &weighted) != 3) {
    fprintf(stderr, "igraph_bench: %s: missing '# n m weighted' header\n", path);
    return 65;
  }
  igraph_vector_int_t edges;
  igraph_vector_int_init(&edges, 2 * m);
  igraph_vector_init(&weights, weighted ? m : 0);
  for (long long e = 0; e < m; e++) {
    long long u, v;
    double w;
    if (fscanf(f, "%lld %lld", &u, &v) != 2) { fprintf(stderr, "short file\n"); return 65; }
    if (weighted) {
      if (fscanf(f, "%lf", &w) != 1) { fprintf(stderr, "missing weight\n"); return 65; }
      VECTOR(weights)[e] = w;
    }
    VECTOR(edges)[2 * e] = u;
    VECTOR(edges)[2 * e + 1] = v;
  }
  fclose(f);

  const char *version;
  int major, minor, patch;
  igraph_version(&version, &major, &minor, &patch);
  printf("{\"tool\":\"c-igraph\",\"igraph\":\"%s\",\"nodes\":%lld,\"edges\":%lld,\"weighted\":%d,"
         "\"runs\":%d,\"warmup\":%d,\"queries\":%d,\"results\":{",
         version, n, m, weighted, runs, warmup, queries);

  /* The graph every analytic runs on (its construction is the "build" row, timed below). */
  igraph_create(&graph, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);

  int first = 1;
  char *list = strdup(analytics);
  for (char *name = strtok(list, ","); name; name = strtok(NULL, ",")) {
    printf("%s\"%s\":{\"times\":[", first ? "" : ",", name);
    first = 0;
    double check = 0;
    if (strcmp(name, "build") == 0) {
      /* The one-off build: igraph_create from the edge vector (what IgraphGraph.make ends
         with), warm like graph-bench's, which has built the graph once before timing it. */
      for (int r = 0; r < warmup + runs; r++) {
        igraph_t g2;
        double s = now_s();
        igraph_create(&g2, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
        double t = now_s() - s;
        if (r >= warmup) printf("%s%.9f", r > warmup ? "," : "", t);
        igraph_destroy(&g2);
      }
      check = (double)igraph_ecount(&graph);
    } else {
      for (int r = 0; r < warmup; r++) run_analytic(name);
      for (int r = 0; r < runs; r++) {
        double s = now_s();
        check = run_analytic(name);
        printf("%s%.9f", r ? "," : "", now_s() - s);
      }
    }
    printf("],\"check\":%.10g}", check);
    fflush(stdout);
  }
  free(list);
  printf("}}\n");
  igraph_destroy(&graph);
  igraph_vector_int_destroy(&edges);
  igraph_vector_destroy(&weights);
  return 0;
}
