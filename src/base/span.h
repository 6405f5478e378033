// Source spans: a byte range inside one file of a SourceManager.
#pragma once
#include <cstdint>

namespace pgdrift {

struct SourceSpan {
  uint32_t file = UINT32_MAX;  // index into SourceManager; UINT32_MAX = no location
  uint32_t offset = 0;         // byte offset of the first character
  uint32_t length = 0;         // byte length

  bool valid() const { return file != UINT32_MAX; }
  SourceSpan sub(uint32_t rel_offset, uint32_t len) const {
    return SourceSpan{file, offset + rel_offset, len};
  }
};

// Where a catalog object was defined. Compares equal to every other Origin so that
// value types holding one can default their operator== and still compare by content.
struct Origin {
  SourceSpan span;
  bool operator==(const Origin&) const { return true; }
};

}  // namespace pgdrift
