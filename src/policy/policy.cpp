// The loader: .pgdrift text → ANTLR parse tree → Policy (values and matching: match.cpp).
// The only file that sees ANTLR; syntax errors become E010 diagnostics at byte-exact spans.
#include "policy/policy.h"

#include <algorithm>

#include <antlr4-runtime.h>

#include "PolicyBaseVisitor.h"
#include "PolicyLexer.h"
#include "PolicyParser.h"
#include "base/sql_ident.h"

namespace pgdrift {

// ------------------------------------------------------------------------------- loader

namespace {

using pgdrift_policy_gen::PolicyParser;
using antlr4::Token;

// Code points of a UTF-8 text, and the byte offset where each starts (plus one past the end):
// ANTLR counts code points, diagnostics count bytes.
struct Utf8Text {
  std::u32string cps;
  std::vector<uint32_t> byte_at;
};

// Strict decoding that skips a leading BOM; returns the byte offset of the first invalid
// sequence, if any.
std::optional<uint32_t> decode_utf8(std::string_view s, Utf8Text& out) {
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  for (size_t i = s.starts_with("\xEF\xBB\xBF") ? 3 : 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return static_cast<uint32_t>(i);
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return static_cast<uint32_t>(i);
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return static_cast<uint32_t>(i);
    out.cps.push_back(cp);
    out.byte_at.push_back(static_cast<uint32_t>(i));
    i += n;
  }
  out.byte_at.push_back(static_cast<uint32_t>(s.size()));
  return std::nullopt;
}

// ANTLRInputStream over code points we decoded ourselves (its own decoder throws on bad
// UTF-8 and drops a BOM, which would shift every index).
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointStream(std::u32string cps) {
    _data = std::move(cps);
    p = 0;
  }
};

// What one load collects: E010 diagnostics (reported sorted once parsing is done) and the
// statements that had a syntax error, which the builder then skips.
struct LoadState {
  uint32_t file;
  std::string_view text;
  Utf8Text utf8;
  std::vector<Diagnostic> found;
  std::vector<const antlr4::ParserRuleContext*> broken;
  std::span<const std::string> kinds;  // what `ignore <kind>` accepts (empty: any word)
  SourceManager* sources = nullptr;    // where a profile's file is added
  DiagnosticEngine* diags = nullptr;   // where a profile's own problems go

  SourceSpan span_of(const Token* tok) const {
    size_t n = utf8.byte_at.size() - 1, start = tok->getStartIndex(), stop = tok->getStopIndex();
    uint32_t b = utf8.byte_at[std::min(start, n)];
    uint32_t e = stop + 1 > start ? utf8.byte_at[std::min(stop + 1, n)] : b;
    return SourceSpan{file, b, e - b};
  }
  std::string_view text_of(const Token* tok) const {
    SourceSpan s = span_of(tok);
    return text.substr(s.offset, s.length);
  }
  void add(SourceSpan span, std::string message) {
    found.push_back(Diagnostic{DiagKind::policy_syntax, span, std::move(message)});
  }
};

std::string in_quotes(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "a name", "';'", "'schema'" or "end of file".
std::string token_display(const antlr4::Parser& p, size_t type) {
  if (type == Token::EOF) return "end of file";
  std::string literal = p.getVocabulary().getLiteralName(type);
  if (!literal.empty()) return literal;
  return in_quotes(ascii_lower(p.getVocabulary().getSymbolicName(type)));
}

// "',' or ';'"; every token that can start a name collapses into "a name"; "" if too long.
std::string describe_expected(antlr4::Parser& p, const antlr4::misc::IntervalSet& expected) {
  std::vector<std::string> items;
  antlr4::misc::IntervalSet skip;
  if (expected.contains(size_t{PolicyParser::IDENT})) {
    const antlr4::atn::ATN& atn = p.getATN();
    skip = atn.nextTokens(atn.ruleToStartState[PolicyParser::RuleName]);
    skip.add(PolicyParser::GLOB);
    items.push_back(expected.contains(size_t{PolicyParser::GLOB}) ? "a name or pattern" : "a name");
  }
  for (ssize_t type : expected.toList())
    if (!skip.contains(type)) items.push_back(token_display(p, static_cast<size_t>(type)));
  if (items.empty() || items.size() > 4) return {};
  std::string out = items[0];
  for (size_t i = 1; i < items.size(); ++i)
    out += (i + 1 == items.size() ? " or " : ", ") + items[i];
  return out;
}

// The message for a token that cannot start or continue a statement.
std::string unexpected(const LoadState& st, const Token* tok, const std::string& expected) {
  if (tok->getType() == PolicyParser::ERROR_CHAR)
    return "unexpected character " + in_quotes(st.text_of(tok));
  if (tok->getType() == PolicyParser::UNTERMINATED_QUOTE) return "unterminated quoted identifier";
  std::string msg = tok->getType() == Token::EOF ? "unexpected end of file"
                                                 : "unexpected " + in_quotes(st.text_of(tok));
  return expected.empty() ? msg : msg + ", expected " + expected;
}

// Routes every syntax error (parser or, in theory, lexer) into LoadState at the token's span.
class DiagListener : public antlr4::BaseErrorListener {
 public:
  explicit DiagListener(LoadState& st) : st_(st) {}
  void syntaxError(antlr4::Recognizer* recognizer, Token* tok, size_t, size_t,
                   const std::string& msg, std::exception_ptr) override {
    if (tok) return st_.add(st_.span_of(tok), msg);
    // The lexer has a catch-all token, so this is a safety net only.
    auto* lexer = dynamic_cast<antlr4::Lexer*>(recognizer);
    size_t cp = lexer ? std::min(lexer->tokenStartCharIndex, st_.utf8.byte_at.size() - 1) : 0;
    st_.add(SourceSpan{st_.file, st_.utf8.byte_at[cp], 1}, "unexpected character");
  }

 private:
  LoadState& st_;
};

// Short messages instead of ANTLR's English; one error per statement: recovery skips to its
// ';'. A ';' missing at the end of a line is reported after the previous token.
class ErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit ErrorStrategy(LoadState& st) : st_(st) {}

  void sync(antlr4::Parser*) override {}

  void reportError(antlr4::Parser* p, const antlr4::RecognitionException& e) override {
    if (inErrorRecoveryMode(p)) return;
    begin(p);
    Token* tok = e.getOffendingToken();
    std::string msg = unexpected(st_, tok, describe_expected(*p, e.getExpectedTokens()));
    Token* prev = p->getTokenStream()->LT(-1);
    if (tok->getType() != Token::EOF || !prev) return p->notifyErrorListeners(tok, msg, nullptr);
    antlr4::CommonToken end = after(prev);  // not on a blank last line
    p->notifyErrorListeners(&end, msg, nullptr);
  }

  void recover(antlr4::Parser* p, std::exception_ptr) override {
    antlr4::TokenStream* in = p->getTokenStream();
    while (in->LA(1) != Token::EOF && in->LA(1) != PolicyParser::SEMI) p->consume();
    if (in->LA(1) == PolicyParser::SEMI &&
        p->getContext()->getRuleIndex() == PolicyParser::RuleStatement)
      p->consume();
  }

  Token* recoverInline(antlr4::Parser* p) override {
    Token* prev = p->getTokenStream()->LT(-1);
    Token* cur = p->getCurrentToken();
    bool line_end = prev && (cur->getType() == Token::EOF || cur->getLine() > prev->getLine());
    bool semi = p->getExpectedTokens().contains(size_t{PolicyParser::SEMI});
    if (!line_end || !semi || inErrorRecoveryMode(p)) throw antlr4::InputMismatchException(p);
    begin(p);
    antlr4::CommonToken end = after(prev);
    p->notifyErrorListeners(&end, "missing ';' after " + in_quotes(st_.text_of(prev)), nullptr);
    return getMissingSymbol(p);
  }

 private:
  // An empty token right after `prev`: where a missing ';' or the end of a statement goes.
  static antlr4::CommonToken after(const Token* prev) {
    antlr4::CommonToken tok(PolicyParser::SEMI, ";");
    tok.setStartIndex(prev->getStopIndex() + 1);
    tok.setStopIndex(prev->getStopIndex());
    return tok;
  }

  void begin(antlr4::Parser* p) {
    beginErrorCondition(p);
    for (auto* c = p->getContext(); c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent))
      if (c->getRuleIndex() == PolicyParser::RuleStatement) st_.broken.push_back(c);
  }

  LoadState& st_;
};

template <typename T>
void add_unique(std::vector<T>& list, T value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

// Walks a parse tree that may hold syntax errors (those statements are skipped) into a Policy.
class Builder : public pgdrift_policy_gen::PolicyBaseVisitor {
 public:
  explicit Builder(LoadState& st) : st_(st) {}
  Policy policy;

  antlrcpp::Any visitStatement(PolicyParser::StatementContext* ctx) override {
    bool broken = std::find(st_.broken.begin(), st_.broken.end(), ctx) != st_.broken.end();
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
