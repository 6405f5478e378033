#include "base/diagnostics.h"

#include <algorithm>
#include <ostream>

namespace pgdrift {

namespace {
const DiagInfo kInfos[] = {
#define DIAG(id, sev, code, summary) {Severity::sev, code, summary},
#include "base/diag_kinds.def"
#undef DIAG
};

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Note: return "\033[1;36m";
    case Severity::Warning: return "\033[1;35m";
    case Severity::Error: return "\033[1;31m";
  }
  return "";
}

// Source line with tabs kept (so the caret lines up) and a caret under the span.
std::string caret_lines(const SourceFile& file, const SourceSpan& span) {
  LineCol lc = file.line_col(span.offset);
  std::string_view line = file.line_text(lc.line);
  if (line.size() > 400) return {};
  std::string out = "  ";
  out.append(line);
  out += "\n  ";
  for (uint32_t i = 0; i + 1 < lc.col && i < line.size(); ++i) out += line[i] == '\t' ? '\t' : ' ';
  out += '^';
  size_t rest = line.size() >= lc.col ? line.size() - lc.col : 0;
  size_t tildes = std::min<size_t>(span.length > 0 ? span.length - 1 : 0, rest);
  out.append(tildes, '~');
  out += '\n';
  return out;
}
}  // namespace

const DiagInfo& diag_info(DiagKind kind) { return kInfos[static_cast<size_t>(kind)]; }

void DiagnosticEngine::report(DiagKind kind, SourceSpan span, std::string message) {
  diags_.push_back(Diagnostic{kind, span, std::move(message)});
}

size_t DiagnosticEngine::count(Severity severity) const {
  return static_cast<size_t>(std::count_if(diags_.begin(), diags_.end(), [&](const Diagnostic& d) {
    return diag_info(d.kind).severity == severity;
  }));
}

std::string DiagnosticEngine::format(const Diagnostic& d, bool color) const {
  const DiagInfo& info = diag_info(d.kind);
  std::string out;
  if (d.span.valid()) out += sources_.describe(d.span) + ": ";
  else out += "pgdrift: ";
  if (color) out += severity_color(info.severity);
  out += severity_name(info.severity);
  out += ":";
  if (color) out += "\033[0m";
  out += " " + d.message + " [" + std::string(info.code) + "]\n";
  if (d.span.valid() && d.span.file < sources_.size())
    out += caret_lines(sources_.file(d.span.file), d.span);
  return out;
}

void DiagnosticEngine::render(std::ostream& out, Severity min_severity, bool color) const {
  for (const Diagnostic& d : diags_)
    if (diag_info(d.kind).severity >= min_severity) out << format(d, color);
}

}  // namespace pgdrift
