// pgdrift allocates a great deal and frees little until it exits: parse trees kept by the catalog,
// the catalog itself. On glibc's defaults that means a page fault per fresh 4 KiB page (a fifth
// of a small check's time on a VM) and heaps trimmed and grown again. Four tunables remove most
// of it: transparent huge pages for malloc's heaps (2 MiB per fault, where the system allows
// them on request), heaps grown 16 MiB at a time, never trimmed, and blocks up to 32 MiB (the
// most glibc allows) taken from the heaps rather than mapped and unmapped one by one (a part's
// statements, libpg_query's larger memory contexts: 10 % of `check` at 5,000 tables). glibc
// reads them only when a program starts (GLIBC_TUNABLES), so pgdrift starts itself once more
// with them set (docs/performance.md has the numbers: CPU and memory both go down). Starting
// again costs a few ms, more than inputs under 32 KiB gain (measured: 5 KiB +4 ms, 17 KiB +2 ms,
// 50 KiB -2 ms, 170 KiB -19 ms of 64): only inputs of 32 KiB and more are worth it. It happens
// before main, ahead of the static initializers (below).
#include "cli/malloc_tuning.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

namespace pgdrift::cli {

namespace {
constexpr const char* kTunables =
    "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=16777216:glibc.malloc.trim_threshold=1073741824:"
    "glibc.malloc.mmap_threshold=33554432";

constexpr std::uintmax_t kWorthIt = 32 * 1024;

// Whether the files and folders the arguments name hold kWorthIt bytes or more (counted until
// they do; an argument that names nothing counts nothing).
bool large_inputs(char** argv) {
  namespace fs = std::filesystem;
  std::uintmax_t total = 0;
  std::error_code ec;
  for (char** a = argv + 1; *a && total < kWorthIt; ++a) {
    fs::path p(*a);
    if (fs::is_regular_file(p, ec)) total += fs::file_size(p, ec);
    if (!fs::is_directory(p, ec)) continue;
    for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end && total < kWorthIt; it.increment(ec))
      if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total >= kWorthIt;
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#endif
#endif
  return false;
}
}  // namespace

void tune_malloc(char** argv) {
  const char* now = std::getenv("GLIBC_TUNABLES");
  if (sanitized() || (now && std::strstr(now, "glibc.malloc.hugetlb"))) return;  // set already (or by the user)
  if (!large_inputs(argv)) return;
  std::string value = now && *now ? std::string(now) + ":" + kTunables : kTunables;
  if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  // The binary's own path (not /proc/self/exe, which would name the process "exe" in ps and top).
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return;
  execv(self.c_str(), argv);  // returns only on failure: go on untuned
}

namespace {
// Runs before the C++ static initializers (priority 101 comes before the default one: the
// iostreams', the policy grammar's ATN), so that the process that only starts itself again does
// not pay for them: 2-3 ms of a 100-table check. glibc hands ELF constructors main's arguments.
__attribute__((constructor(101))) void tune_before_static_initializers(int, char** argv) { tune_malloc(argv); }
}  // namespace

}  // namespace pgdrift::cli
