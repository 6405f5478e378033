// Source files loaded into memory, with line tables for line:col lookup.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace pgdrift {

struct LineCol {
  uint32_t line = 0;  // 1-based
  uint32_t col = 0;   // 1-based, in bytes
};

class SourceFile {
 public:
  // `keep` owns the memory `text` views (a string, or a file mapped into memory).
  SourceFile(std::string name, std::shared_ptr<const void> keep, std::string_view text);
  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  LineCol line_col(uint32_t offset) const;
  std::string_view line_text(uint32_t line) const;  // without the newline

 private:
  std::string name_;
  std::shared_ptr<const void> keep_;
  std::string_view text_;
  std::vector<uint32_t> line_starts_;
};

// Owns every file read in one run; spans refer to files by index.
class SourceManager {
 public:
  uint32_t add(std::string name, std::string text);
  // A text someone else owns through `keep` (input.cpp: a file mapped into memory).
  uint32_t add(std::string name, std::shared_ptr<const void> keep, std::string_view text);
  const SourceFile& file(uint32_t id) const { return files_.at(id); }
  size_t size() const { return files_.size(); }
  // "file:line:col" for a span, or "<unknown>" when the span is invalid.
  std::string describe(const SourceSpan& span) const;

 private:
  std::deque<SourceFile> files_;
};

}  // namespace pgdrift
