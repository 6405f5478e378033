// Diagnostics engine: kinds from diag_kinds.def, rendered LLVM-style with a caret.
#pragma once
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "base/span.h"

namespace pgdrift {

enum class Severity { Note, Warning, Error };

enum class DiagKind {
#define DIAG(id, sev, code, summary) id,
#include "base/diag_kinds.def"
#undef DIAG
};

struct DiagInfo {
  Severity severity;
  std::string_view code;
  std::string_view summary;
};
const DiagInfo& diag_info(DiagKind kind);

struct Diagnostic {
  DiagKind kind;
  SourceSpan span;
  std::string message;  // lower-case, no trailing period
};

class DiagnosticEngine {
 public:
  explicit DiagnosticEngine(const SourceManager& sources) : sources_(sources) {}
  const SourceManager& sources() const { return sources_; }

  void report(DiagKind kind, SourceSpan span, std::string message);
  const std::vector<Diagnostic>& all() const { return diags_; }
  void append(const DiagnosticEngine& other) { diags_.insert(diags_.end(), other.diags_.begin(), other.diags_.end()); }
  size_t count(Severity severity) const;
  bool has_errors() const { return count(Severity::Error) > 0; }

  // "file:line:col: warning: message [W100]" plus source line and caret.
  std::string format(const Diagnostic& d, bool color = false) const;
  // Writes every diagnostic at or above min_severity, in report order.
  void render(std::ostream& out, Severity min_severity, bool color) const;

 private:
  const SourceManager& sources_;
  std::vector<Diagnostic> diags_;
};

}  // namespace pgdrift
