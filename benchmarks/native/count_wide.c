/* A hand-written single-pass counter for the wide benchmark file (an id column, then 2 x F one-digit answer
 * columns 1..5, LF line ends): the lower bound "kanokit analyze" is compared with (benchmarks/compare-c.sh).
 * It checks nothing a real reader must check (quotes, ragged rows, bad codes, duplicate ids): a floor, not a peer.
 * Build: gcc -O3 -mavx2 -o count_wide count_wide.c.  Usage: count_wide FILE  (prints feature 0's 25 cells). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: count_wide FILE\n"); return 1; }
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) { perror(argv[1]); return 1; }
    const unsigned char *p = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) { perror("mmap"); return 1; }
    const unsigned char *end = p + st.st_size;
    int columns = 1;
    while (p < end && *p != '\n') columns += *p++ == ',';
    p++;
    int features = (columns - 1) / 2;
    long *cells = calloc((size_t)features * 25, sizeof(long));
    long rows = 0;
    while (p < end) {
        while (*p != ',') p++;                 /* the id */
        p++;
        for (int f = 0; f < features; f++) {   /* "d,d," ... "d,d\n" */
            int a = p[0] - '1', b = p[2] - '1';
            cells[f * 25 + a * 5 + b]++;
            p += 4;
        }
        rows++;
    }
    printf("%ld rows, %d features; feature 0:", rows, features);
    for (int c = 0; c < 25; c++) printf(" %ld", cells[c]);
    printf("\n");
    return 0;
}
