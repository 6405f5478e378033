// glibc's allocator tuned for pgdrift's shape of work (see malloc_tuning.cpp).
#pragma once

namespace pgdrift::cli {

// Starts the program again with the tunables set when they are not; returns when they are (or
// when starting again is not possible: they change speed only, never results). Called before
// main, by a constructor in malloc_tuning.cpp.
void tune_malloc(char** argv);

}  // namespace pgdrift::cli
