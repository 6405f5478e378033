// The loader: .pgdrift text → ANTLR parse tree → Policy (values and matching: match.cpp).
// The only file that sees ANTLR; syntax errors become E010 diagnostics at byte-exact spans.
#include "policy/policy.h"

#include <algorithm>

#include <antlr4-runtime.h>

#include "PolicyBaseVisitor.h"
#include "PolicyLexer.h"
#include "PolicyParser.h"
#include "base/sql_ident.h"
#include "policy/policy_syntax.h"

namespace pgdrift {

// ------------------------------------------------------------------------------- loader

namespace {

using namespace policy_syntax;

template <typename T>
void add_unique(std::vector<T>& list, T value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

// Whether the parser's error recovery left a mark under `t`: a rule that failed (its children
// may be missing) or a token it conjured or skipped. A statement can carry one without having
// been reported: ANTLR reports nothing more until it matches a token again.
bool has_syntax_error(antlr4::tree::ParseTree* t) {
  if (dynamic_cast<antlr4::tree::ErrorNode*>(t)) return true;
  if (auto* r = dynamic_cast<antlr4::ParserRuleContext*>(t); r && r->exception) return true;
  for (antlr4::tree::ParseTree* c : t->children)
    if (has_syntax_error(c)) return true;
  return false;
}

// Walks a parse tree that may hold syntax errors (those statements are skipped) into a Policy.
class Builder : public pgdrift_policy_gen::PolicyBaseVisitor {
 public:
  explicit Builder(LoadState& st) : st_(st) {}
  Policy policy;

  antlrcpp::Any visitStatement(PolicyParser::StatementContext* ctx) override {
    bool broken = std::find(st_.broken.begin(), st_.broken.end(), ctx) != st_.broken.end() || has_syntax_error(ctx);
    // An unknown rule cannot fail to parse; it can only miss its ';'. Report both.
    if (broken && !(ctx->directive() && ctx->directive()->unknownRule())) return {};
    return visitChildren(ctx);
  }

  antlrcpp::Any visitIncludeRule(PolicyParser::IncludeRuleContext* ctx) override {
    for (auto* p : ctx->patternList()->pattern()) add_unique(policy.include_schemas, pattern(p));
    return {};
  }

  antlrcpp::Any visitExcludeRule(PolicyParser::ExcludeRuleContext* ctx) override {
    if (ctx->SCHEMA()) {
      for (auto* p : ctx->patternList()->pattern()) add_unique(policy.exclude_schemas, pattern(p));
      return {};
    }
    for (auto* q : ctx->qualifiedPatternList()->qualifiedPattern()) {
      std::vector<PolicyParser::PatternContext*> parts = q->pattern();
      NamePattern np{parts.size() == 2 ? pattern(parts[0]) : "", pattern(parts.back()), span(q)};
      add_unique(policy.exclude_tables, std::move(np));
    }
    return {};
  }

  // The profile's own file, parsed as a policy of its own and merged in.
  antlrcpp::Any visitProfileRule(PolicyParser::ProfileRuleContext* ctx) override {
    std::string name = name_value(ctx->name());
    std::optional<std::string_view> text = profile_text(name);
    if (!text) {
      std::string known;
      for (const std::string& n : profile_names()) known += (known.empty() ? "" : ", ") + n;
      if (!name.empty()) st_.add(span(ctx->name()), "unknown profile " + in_quotes(name) + " (known: " + known + ")");
      return {};
    }
    uint32_t id = st_.sources->add("share/profiles/" + name + ".pgdrift", std::string(*text));
    std::optional<Policy> loaded = load_policy(*st_.sources, id, *st_.diags, st_.kinds);
    if (!loaded) st_.add(span(ctx->name()), "profile " + in_quotes(name) + " does not load");
    else policy.merge(*loaded);
    return {};
  }

  antlrcpp::Any visitExternalRule(PolicyParser::ExternalRuleContext* ctx) override {
    using Kind = Policy::External::Kind;
    if (ctx->SCHEMA() || ctx->ROLE()) {
      for (auto* n : ctx->name())
        policy.externals.push_back({ctx->SCHEMA() ? Kind::Schema : Kind::Role, "", name_value(n), {}, {}, span(n)});
      return {};
    }
    std::vector<PolicyParser::NameContext*> parts = ctx->objectId()->name();
    if (parts.size() != 2) {
      st_.add(span(ctx->objectId()), "an external table or function is written schema.name");
      return {};
    }
    Policy::External e{ctx->TABLE() ? Kind::Table : Kind::Function, name_value(parts[0]), name_value(parts[1]), {}, {},
                       span(ctx->objectId())};
    std::vector<PolicyParser::SqlItemContext*> items = ctx->sqlItem();
    if (ctx->RETURNS()) {
      e.returns = sql_text(items.back());
      items.pop_back();
    }
    for (auto* item : items) e.items.push_back(sql_text(item));
    policy.externals.push_back(std::move(e));
    return {};
  }

  antlrcpp::Any visitIgnoreRule(PolicyParser::IgnoreRuleContext* ctx) override {
    if (ctx->COMMENTS()) {
      policy.ignore_comments = true;
      return {};
    }
    if (ctx->PRIVILEGES() && ctx->patternList()) {
      for (auto* p : ctx->patternList()->pattern()) add_unique(policy.ignore_privileges_schemas, pattern(p));
      return {};
    }
    if (!ctx->name()) {
      (ctx->OWNERS() ? policy.ignore_owners : policy.ignore_privileges) = true;
      return {};
    }
    std::string kind = name_value(ctx->name());
    bool known = st_.kinds.empty() || std::find(st_.kinds.begin(), st_.kinds.end(), kind) != st_.kinds.end();
    if (!known || kind == "privilege" || kind == "owner") {
      st_.add(span(ctx->name()), "unknown object kind " + in_quotes(kind) + (known ? " (use 'ignore privileges;' or 'ignore owners;')" : ""));
      return {};
    }
    for (auto* o : ctx->objectPattern()) {
      Policy::Ignored rule{kind, {}, span(o)};
      for (auto* p : o->pattern()) rule.parts.push_back(pattern(p));
      add_unique(policy.ignored, std::move(rule));
    }
    return {};
  }

  // A kind ("column"), or an object id as reports print it: each part quoted as PostgreSQL
  // would need it (public."order").
  antlrcpp::Any visitAllowDropRule(PolicyParser::AllowDropRuleContext* ctx) override {
    for (auto* id : ctx->objectId()) {
      std::string text;
      std::vector<PolicyParser::NameContext*> parts = id->name();
      for (auto* n : parts) text += (text.empty() ? "" : ".") + (parts.size() == 1 ? name_value(n) : quote_ident(name_value(n)));
      if (std::find(policy.allow_drop.begin(), policy.allow_drop.end(), text) != policy.allow_drop.end()) continue;
      policy.allow_drop.push_back(std::move(text));
      policy.allow_drop_at.push_back(span(id));
    }
    return {};
  }

  antlrcpp::Any visitRenameRule(PolicyParser::RenameRuleContext* ctx) override {
    Policy::Rename r;
    r.at = span(ctx);
    for (auto* n : ctx->objectId()->name()) r.from.push_back(name_value(n));
    if (ctx->ENUM()) {
      r.kind = "enum value";
      r.from.push_back(string_value(ctx->STRING(0)));
      r.to = string_value(ctx->STRING(1));
    } else {
      r.kind = ascii_lower(ctx->children[1]->getText());  // the kind's keyword
      r.to = name_value(ctx->name());
    }
    size_t max_parts = r.kind == "column" || r.kind == "constraint" || r.kind == "enum value" ? 3 : 2;
    size_t min_parts = max_parts - 1;
    if (r.from.size() < min_parts || r.from.size() > max_parts) {
      st_.add(span(ctx->objectId()), "a " + r.kind + " is named " + (max_parts == 3 ? "[schema.]" + std::string(r.kind == "enum value" ? "type.'label'" : "table.name") : std::string("[schema.]name")));
      return {};
    }
    policy.renames.push_back(std::move(r));
    return {};
  }

  antlrcpp::Any visitUsingRule(PolicyParser::UsingRuleContext* ctx) override {
    Policy::Using u;
    u.at = span(ctx);
    for (auto* n : ctx->objectId()->name()) u.column.push_back(name_value(n));
    SourceSpan whole = span(ctx->sqlExpression());  // with its outer parentheses
    u.expression = std::string(st_.text.substr(whole.offset + 1, whole.length - 2));
    if (u.column.size() < 2 || u.column.size() > 3) {
      st_.add(span(ctx->objectId()), "a column is named [schema.]table.column");
      return {};
    }
    if (u.expression.find_first_not_of(" \t\r\n") == std::string::npos) {
      st_.add(span(ctx->sqlExpression()), "empty conversion expression");
      return {};
    }
    policy.usings.push_back(std::move(u));
    return {};
  }

  antlrcpp::Any visitUnknownRule(PolicyParser::UnknownRuleContext* ctx) override {
    Token* tok = ctx->getStart();
    size_t type = tok->getType();
    bool word = type != PolicyParser::ERROR_CHAR && type != PolicyParser::UNTERMINATED_QUOTE &&
                type != PolicyParser::COMMA && type != PolicyParser::DOT;
    st_.add(st_.span_of(tok),
            word ? "unknown rule " + in_quotes(st_.text_of(tok)) : unexpected(st_, tok, ""));
    return {};
  }

 private:
  SourceSpan span(antlr4::ParserRuleContext* ctx) const {
    SourceSpan first = st_.span_of(ctx->getStart()), last = st_.span_of(ctx->getStop());
    return SourceSpan{st_.file, first.offset, last.offset + last.length - first.offset};
  }

  // A column definition, argument or type as written, tokens joined by one space (none before
  // a '(' or '[', none inside them).
  std::string sql_text(PolicyParser::SqlItemContext* ctx) {
    std::string out;
    for (auto* atom : ctx->sqlAtom()) {
      std::string piece;
      for (size_t i = 0; i < atom->children.size(); ++i) {
        auto* leaf = dynamic_cast<antlr4::tree::TerminalNode*>(atom->children[i]);
        auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(atom->children[i]);
        std::string_view t = leaf ? st_.text_of(leaf->getSymbol()) : st_.text.substr(span(rule).offset, span(rule).length);
        piece += std::string(t) + (leaf && leaf->getSymbol()->getType() == PolicyParser::COMMA ? " " : "");
      }
      bool glued = atom->LPAREN() || atom->LBRACKET();
      out += (out.empty() || glued ? "" : " ") + piece;
    }
    return out;
  }

  // 'a label' as PostgreSQL stores it ('' → ').
  std::string string_value(antlr4::tree::TerminalNode* node) {
    std::string_view raw = st_.text_of(node->getSymbol());
    std::string out;
    for (size_t i = 1; i + 1 < raw.size(); ++i) {
      out += raw[i];
      if (raw[i] == '\'') ++i;
    }
    return out;
  }

  // A name as PostgreSQL stores it: unquoted folded to lower case, quoted kept ("" → ").
  std::string name_value(PolicyParser::NameContext* ctx) {
    if (!ctx->QUOTED_IDENT()) return ascii_lower(st_.text_of(ctx->getStart()));
    std::string_view raw = st_.text_of(ctx->getStart());
    std::string out;
    for (size_t i = 1; i + 1 < raw.size(); ++i) {
      out += raw[i];
      if (raw[i] == '"') ++i;
    }
    if (out.empty()) st_.add(span(ctx), "empty quoted name");
    return out;
  }

  // A glob: wildcards of unquoted patterns stay, characters of quoted names are literal.
  std::string pattern(PolicyParser::PatternContext* ctx) {
    if (ctx->GLOB()) return ascii_lower(st_.text_of(ctx->getStart()));
    bool quoted_name = ctx->name()->QUOTED_IDENT() != nullptr;
    std::string out;
    for (char c : name_value(ctx->name())) {
      if (quoted_name && (c == '*' || c == '?' || c == '\\')) out += '\\';
      out += c;
    }
    return out;
  }

  LoadState& st_;
};

}  // namespace

std::optional<Policy> load_policy(SourceManager& sources, uint32_t file_id,
                                  DiagnosticEngine& diags, std::span<const std::string> kinds) {
  const SourceFile& file = sources.file(file_id);
  LoadState st{file_id, file.text(), {}, {}, {}, kinds, &sources, &diags};
  if (std::optional<uint32_t> bad = decode_utf8(file.text(), st.utf8)) {
    diags.report(DiagKind::policy_syntax, SourceSpan{file_id, *bad, 1}, "invalid utf-8");
    return std::nullopt;
  }
  CodePointStream input(std::move(st.utf8.cps));  // byte_at stays
  pgdrift_policy_gen::PolicyLexer lexer(&input);
  DiagListener listener(st);
  lexer.removeErrorListeners();
  lexer.addErrorListener(&listener);
  antlr4::CommonTokenStream tokens(&lexer);
  PolicyParser parser(&tokens);
  parser.removeErrorListeners();
  parser.addErrorListener(&listener);
  parser.setErrorHandler(std::make_shared<ErrorStrategy>(st));
  Builder builder(st);
  builder.visit(parser.file());

  std::stable_sort(st.found.begin(), st.found.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.span.offset < b.span.offset;
  });
  for (Diagnostic& d : st.found) diags.report(d.kind, d.span, std::move(d.message));
  if (!st.found.empty()) return std::nullopt;
  return std::move(builder.policy);
}

}  // namespace pgdrift
