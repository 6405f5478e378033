#include "base/source.h"

#include <algorithm>

namespace pgdrift {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

LineCol SourceFile::line_col(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  return LineCol{line, offset - line_starts_[line - 1] + 1};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

uint32_t SourceManager::add(std::string name, std::string text) {
  files_.emplace_back(std::move(name), std::move(text));
  return static_cast<uint32_t>(files_.size() - 1);
}

std::string SourceManager::describe(const SourceSpan& span) const {
  if (!span.valid() || span.file >= files_.size()) return "<unknown>";
  const SourceFile& f = files_[span.file];
  LineCol lc = f.line_col(span.offset);
  return f.name() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col);
}

}  // namespace pgdrift
