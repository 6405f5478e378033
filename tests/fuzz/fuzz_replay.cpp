// libFuzzer target: a whole SQL script through the frontend (split, libpg_query, lowering of
// every statement kind incl. DO blocks) and the catalog's replay, then the catalog diffed
// against itself (must be empty: replaying the same text twice gives the same catalog) and
// dumped. Any diagnostic is fine; a crash, a sanitizer report or a non-empty self-diff is not.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pgdrift::fuzz::replay_and_check(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
