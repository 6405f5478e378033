#include "frontend/frontend.h"

#include <cctype>

#include "frontend/lower/lower.h"
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

void parse_one(const StatementText& st, DiagnosticEngine& diags, std::vector<ast::Stmt>& out,
               FrontendStats& stats) {
  ParseFailure err;
  std::optional<ParseOutput> parsed = parse_sql(st.text, err);
  if (!parsed) {
    diags.report(DiagKind::syntax_error, st.span.sub(static_cast<uint32_t>(err.byte_offset), 1), err.message);
    return;
  }
  for (size_t i = 0; i < parsed->tree->n_stmts; ++i) {
    const PgQuery__RawStmt* raw = parsed->tree->stmts[i];
    if (!raw->stmt) continue;
    uint32_t loc = static_cast<uint32_t>(raw->stmt_location);
    uint32_t len = raw->stmt_len ? static_cast<uint32_t>(raw->stmt_len) : st.span.length - loc;
    LowerContext ctx{diags, parsed->arena, st.span.sub(loc, len), statement_tag(st.text.substr(loc, len)),
                     std::string_view(st.text).substr(0, loc + len), loc};
    ast::Node node = lower_statement(raw->stmt, ctx);
    count(node, stats);
    out.push_back(ast::Stmt{std::move(node), ctx.tag, ctx.stmt_span});
  }
}
}  // namespace

std::vector<ast::Stmt> parse_files(const SourceManager& sources, const std::vector<uint32_t>& files,
                                   DiagnosticEngine& diags, FrontendStats* stats) {
  FrontendStats local;
  std::vector<ast::Stmt> out;
  for (uint32_t id : files) {
    for (const StatementText& st : split_script(sources, id, diags)) parse_one(st, diags, out, local);
  }
  if (stats) *stats = local;
  return out;
}

}  // namespace pgdrift
