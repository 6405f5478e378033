// The policy loader's syntax side (policy.cpp only; sees ANTLR): UTF-8 decoding with byte
// offsets, the load state, and E010 diagnostics for lexer and parser errors at byte-exact spans.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <antlr4-runtime.h>

#include "PolicyParser.h"
#include "base/diagnostics.h"
#include "base/source.h"

namespace pgdrift::policy_syntax {

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
inline std::optional<uint32_t> decode_utf8(std::string_view s, Utf8Text& out) {
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

inline std::string in_quotes(std::string_view text) { return "'" + std::string(text) + "'"; }

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "a name", "';'", "'schema'" or "end of file".
inline std::string token_display(const antlr4::Parser& p, size_t type) {
  if (type == Token::EOF) return "end of file";
  std::string literal = p.getVocabulary().getLiteralName(type);
  if (!literal.empty()) return literal;
  return in_quotes(ascii_lower(p.getVocabulary().getSymbolicName(type)));
}

// "',' or ';'"; every token that can start a name collapses into "a name"; "" if too long.
inline std::string describe_expected(antlr4::Parser& p, const antlr4::misc::IntervalSet& expected) {
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
inline std::string unexpected(const LoadState& st, const Token* tok, const std::string& expected) {
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

}  // namespace pgdrift::policy_syntax
