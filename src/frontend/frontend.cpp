#include "frontend/frontend.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <thread>

#include "frontend/lower/lower.h"
#include "frontend/parse_ahead.h"
#include "frontend/pg_parse.h"
#include "frontend/script.h"

namespace pgdrift {

std::string statement_tag(std::string_view text) {
  std::string tag;
  int words = 0, limit = 2;
  size_t i = 0;
  while (i < text.size() && words < limit) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) break;
    std::string word(text.substr(start, i - start));
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!tag.empty()) tag += ' ';
    tag += word;
    ++words;
    if (words == 2 && (word == "OR" || word == "UNIQUE" || word == "MATERIALIZED" || word == "EVENT" ||
                       word == "DEFAULT" || word == "FOREIGN" || word == "UNLOGGED" || word == "TEMP" ||
                       word == "TEMPORARY" || word == "CONSTRAINT" || word == "TRUSTED"))
      limit = word == "OR" ? 4 : 3;
  }
  return tag;
}

namespace {
void count(const ast::Node& node, FrontendStats& st) {
  ++st.statements;
  if (auto* ig = std::get_if<ast::Ignored>(&node)) {
    (ig->why == ast::IgnoredWhy::NotSchema ? st.ignored : st.privileges)++;
  } else if (std::holds_alternative<ast::Unsupported>(node)) {
    ++st.unsupported;
  }
}

// Where lowered statements go: the input's statements, expressions, diagnostics and counts.
struct Lowered {
  DiagnosticEngine& diags;
  std::shared_ptr<Arena> exprs;
  std::vector<ast::Stmt> stmts;
  FrontendStats stats;
};

void lower_one(const StatementText& st, Parsed& parsed, Lowered& into) {
  if (!parsed.out) {
    into.diags.report(DiagKind::syntax_error, st.span.sub(static_cast<uint32_t>(parsed.err.byte_offset), 1), parsed.err.message);
    return;
  }
  for (size_t i = 0; i < parsed.out->tree->n_stmts; ++i) {
    const PgQuery__RawStmt* raw = parsed.out->tree->stmts[i];
    if (!raw->stmt) continue;
    uint32_t loc = static_cast<uint32_t>(raw->stmt_location);
    uint32_t len = raw->stmt_len ? static_cast<uint32_t>(raw->stmt_len) : st.span.length - loc;
    LowerContext ctx{into.diags, into.exprs, st.span.sub(loc, len), statement_tag(st.text.substr(loc, len)),
                     std::string_view(st.text).substr(0, loc + len), loc};
    ast::Node node = lower_statement(raw->stmt, ctx);
    count(node, into.stats);
    into.stmts.push_back(ast::Stmt{std::move(node), ctx.tag, ctx.stmt_span});
  }
  parsed.out.reset();  // the tree goes: the expressions kept were copied to `exprs`
}

// Statements are parsed ahead (parse_ahead.h) and lowered in order, so diagnostics and results
// are those of a sequential run; they go to the sink a part of kPart statements at a time.
constexpr size_t kPart = 512;

// Helper threads for parsing n statements: the other cores, none for a handful of statements.
size_t parse_helpers(size_t n) {
  size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::min(cores - 1, n / 16);
}
}  // namespace

namespace {
// How far the parse is, in bytes of `files`: whole files before the file of the last statement
// done, and that file up to the end of that statement (its COPY data included).
class ReadMeter {
 public:
  ReadMeter(const SourceManager& sources, const std::vector<uint32_t>& files, const std::vector<size_t>& first_of,
            const std::vector<StatementText>& texts)
      : sources_(sources), files_(files), first_of_(first_of), texts_(texts) {
    uint64_t total = 0;
    for (uint32_t id : files) {
      before_.push_back(total);
      total += sources.file(id).text().size();
    }
    before_.push_back(total);
  }

  uint64_t bytes_read(size_t done) const {
    if (done == 0) return 0;
    if (done >= texts_.size()) return before_.back();
    // the file of statement done - 1: the last one whose first statement is at or before it
    size_t k = static_cast<size_t>(std::upper_bound(first_of_.begin(), first_of_.end(), done - 1) - first_of_.begin()) - 1;
    const StatementText& st = texts_[done - 1];
    const char* end = st.data.empty() ? st.text.data() + st.text.size() : st.data.data() + st.data.size();
    return before_[k] + static_cast<uint64_t>(end - sources_.file(files_[k]).text().data());
  }

 private:
  const SourceManager& sources_;
  const std::vector<uint32_t>& files_;
  const std::vector<size_t>& first_of_;
  const std::vector<StatementText>& texts_;
  std::vector<uint64_t> before_;  // per file: the bytes of the files before it; then the total
};
}  // namespace

std::vector<ast::Stmt> parse_files(const SourceManager& sources, const std::vector<uint32_t>& files,
                                   DiagnosticEngine& diags, FrontendStats* stats, const ParseProgress& progress) {
  std::vector<ast::Stmt> out;
  parse_files_each(sources, files, diags, stats, progress, [&](std::vector<ast::Stmt>&& part) {
    if (out.empty()) out = std::move(part);
    else out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  });
  return out;
}

void parse_files_each(const SourceManager& sources, const std::vector<uint32_t>& files, DiagnosticEngine& diags,
                      FrontendStats* stats, const ParseProgress& progress, const StatementSink& sink) {
  // The statements of every file are parsed together (a migrations folder holds many small
  // files); each file's splitter diagnostics are reported where a file-by-file run reports
  // them: before its first statement is lowered.
  std::vector<StatementText> texts;
  std::vector<size_t> first_of;  // per file: the index of its first statement in `texts`
  std::vector<DiagnosticEngine> split_diags;
  for (uint32_t id : files) {
    split_diags.emplace_back(sources);
    first_of.push_back(texts.size());
    std::vector<StatementText> part = split_script(sources, id, split_diags.back());
    texts.insert(texts.end(), part.begin(), part.end());
  }
  Lowered lowered{diags, std::make_shared<Arena>(), {}, {}};
  size_t next_file = 0;
  auto report_splits_until = [&](size_t statement) {
    for (; next_file < first_of.size() && first_of[next_file] <= statement; ++next_file) diags.append(split_diags[next_file]);
  };
  const ReadMeter meter(sources, files, first_of, texts);
  ParseAhead ahead(texts, parse_helpers(texts.size()));
  for (size_t begin = 0; begin < texts.size(); begin += kPart) {
    size_t end = std::min(texts.size(), begin + kPart);
    lowered.stmts.reserve(end - begin);
    for (size_t i = begin; i < end; ++i) {
      report_splits_until(i);
      Parsed parsed = ahead.take(i);
      lower_one(texts[i], parsed, lowered);
    }
    sink(std::move(lowered.stmts));
    lowered.stmts.clear();
    if (progress) progress(meter.bytes_read(end));
  }
  report_splits_until(texts.size());
  if (progress) progress(meter.bytes_read(texts.size()));
  if (stats) *stats = lowered.stats;
}

}  // namespace pgdrift
