#include "base/source.h"

#include <algorithm>
#include <cstring>

namespace pgdrift {

SourceFile::SourceFile(std::string name, std::shared_ptr<const void> keep, std::string_view text)
    : name_(std::move(name)), keep_(std::move(keep)), text_(text) {
  line_starts_.push_back(0);
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))); ++p)
    line_starts_.push_back(static_cast<uint32_t>(p - begin + 1));
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
  return text_.substr(begin, end - begin);
}

uint32_t SourceManager::add(std::string name, std::string text) {
  auto owned = std::make_shared<const std::string>(std::move(text));
  std::string_view view = *owned;
  return add(std::move(name), std::move(owned), view);
}

uint32_t SourceManager::add(std::string name, std::shared_ptr<const void> keep, std::string_view text) {
  files_.emplace_back(std::move(name), std::move(keep), text);
  return static_cast<uint32_t>(files_.size() - 1);
}

std::string SourceManager::describe(const SourceSpan& span) const {
  if (!span.valid() || span.file >= files_.size()) return "<unknown>";
  const SourceFile& f = files_[span.file];
  LineCol lc = f.line_col(span.offset);
  return f.name() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col);
}

}  // namespace pgdrift
