#include "frontend/input.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "frontend/migrations.h"

namespace pgdrift {
namespace fs = std::filesystem;

namespace {

// Length of the UTF-8 sequence starting at s[i], 0 when it is not well-formed (overlong forms,
// surrogates and code points above U+10FFFF are rejected as RFC 3629 says).
size_t utf8_length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  unsigned c = byte(i);
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return byte(i + 1) >= lo && byte(i + 1) <= hi && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return byte(i + 1) >= lo && byte(i + 1) <= hi && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}


// A file's text and what keeps it alive.
struct Text {
  std::shared_ptr<const void> keep;
  std::string_view view;
};

// Reads a whole stream into a string of its own; on failure returns false with errno's text in
// `error`.
bool read_stream(std::FILE* f, Text& out, std::string& error) {
  auto text = std::make_shared<std::string>();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text->append(buf, n);
  out.view = *text;
  out.keep = std::move(text);
  if (!std::ferror(f)) return true;
  error = std::strerror(errno);
  return false;
}

// A regular file is mapped into memory, not copied: a dump of gigabytes costs page-cache pages
// the kernel may drop, not memory of pgdrift's own, and no time copying. Anything else (a pipe,
// /proc, an empty file, a mapping refused) is read.
bool read_file(const std::string& path, Text& out, std::string& error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    auto size = static_cast<size_t>(st.st_size);
    void* addr = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fileno(f), 0);
    if (addr != MAP_FAILED) {
      std::fclose(f);
      out.keep = std::shared_ptr<const void>(addr, [size](const void* p) { munmap(const_cast<void*>(p), size); });
      out.view = std::string_view(static_cast<const char*>(addr), size);
      return true;
    }
  }
  bool ok = read_stream(f, out, error);
  std::fclose(f);
  return ok;
}

// Adds one file under `name`; reports E001/E002 and returns false when it cannot be used.
bool add_file(const std::string& name, const std::string& path, bool from_stdin,
              SourceManager& sources, DiagnosticEngine& diags, std::vector<uint32_t>& ids) {
  Text text;
  std::string error;
  bool read = from_stdin ? read_stream(stdin, text, error) : read_file(path, text, error);
  if (!read) {
    diags.report(DiagKind::io_error, SourceSpan{}, "cannot read '" + name + "': " + error);
    return false;
  }
  size_t bad = first_non_text_byte(text.view);
  if (bad != std::string::npos) {
    // Keep only the valid prefix so that rendering the diagnostic never prints binary bytes.
    uint32_t id = sources.add(name, std::move(text.keep), text.view.substr(0, bad));
    diags.report(DiagKind::binary_input, SourceSpan{id, static_cast<uint32_t>(bad), 1},
                 "'" + name + "' is not a SQL text file");
    return false;
  }
  ids.push_back(sources.add(name, std::move(text.keep), text.view));
  return true;
}

}  // namespace

size_t first_non_text_byte(std::string_view bytes) {
  constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  size_t i = 0;
  while (i < bytes.size()) {
    uint64_t w;
    // 64 ASCII bytes, none zero (a dump's COPY data is gigabytes of them): one test for eight
    // words, which the compiler turns into vector instructions.
    for (; i + 64 <= bytes.size(); i += 64) {
      uint64_t flags = 0;
      for (size_t k = 0; k < 64; k += 8) {
        std::memcpy(&w, bytes.data() + i + k, 8);
        flags |= w | ((w - kOnes) & ~w);
      }
      if (flags & kHigh) break;
    }
    if (i == bytes.size()) break;
    if (i + 8 <= bytes.size()) {
      std::memcpy(&w, bytes.data() + i, 8);
      if (((w & kHigh) | ((w - kOnes) & ~w & kHigh)) == 0) {  // 8 ASCII bytes, none zero
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0) return i;
    size_t n = utf8_length(bytes, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

bool looks_like_text(std::string_view bytes) {
  return first_non_text_byte(bytes) == std::string_view::npos;
}

std::optional<std::vector<uint32_t>> load_input(const std::string& arg, SourceManager& sources,
                                                DiagnosticEngine& diags) {
  std::vector<uint32_t> ids;
  if (arg == "-") {
    if (!add_file("<stdin>", arg, true, sources, diags, ids)) return std::nullopt;
    return ids;
  }
  std::error_code ec;
  if (fs::is_directory(arg, ec)) {
    MigrationSet set = discover_migrations(arg, diags);
    if (set.files.empty()) return std::nullopt;
    bool ok = true;
    for (const MigrationFile& f : set.files)
      ok = add_file(f.display, f.path.string(), false, sources, diags, ids) && ok;
    if (!ok) return std::nullopt;
    return ids;
  }
  if (!add_file(arg, arg, false, sources, diags, ids)) return std::nullopt;
  return ids;
}

}  // namespace pgdrift
