#include "frontend/script.h"

#include <algorithm>
#include <string>

#include "frontend/script_lex.h"

namespace pgdrift {
namespace {

using namespace script_lex;

enum class Tok { Code, Comment, Error };

class Splitter {
 public:
  Splitter(std::string_view text, uint32_t file, DiagnosticEngine& diags)
      : text_(text), file_(file), diags_(diags) {}

  std::vector<StatementText> run(size_t begin) {
    begin_ = pos_ = begin;
    while (skip_gap() && pos_ < text_.size())
      if (!scan_statement()) break;
    return std::move(out_);
  }

 private:
  bool skip_gap();
  bool scan_statement();
  bool finish_statement(size_t start, size_t end);
  Tok skip_special();
  bool skip_quoted(size_t start, size_t open_len, char quote, bool escapes);
  Tok skip_dollar();
  bool skip_block_comment();
  void skip_line();
  bool meta_command();
  bool skip_copy_data(SourceSpan copy, size_t line, size_t* data_end = nullptr);
  bool is_terminator_line(size_t at) const;
  void track_atomic(size_t from, size_t to);
  void report(DiagKind kind, size_t at, size_t len, std::string message) {
    diags_.report(kind, SourceSpan{file_, static_cast<uint32_t>(at), static_cast<uint32_t>(len)},
                  std::move(message));
  }
  char at(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  std::string_view text_;  // ends where splitting ends (EOF or "-- migrate:down")
  uint32_t file_;
  DiagnosticEngine& diags_;
  size_t begin_ = 0;
  size_t pos_ = 0;
  std::vector<StatementText> out_;
  // CREATE FUNCTION ... BEGIN ATOMIC ... END: semicolons inside do not end the statement.
  bool create_stmt_ = false;   // the statement starts with CREATE
  std::string_view last_word_;
  int atomic_depth_ = 0;       // > 0 inside BEGIN ATOMIC (CASE ... END nests)
  int paren_depth_ = 0;        // > 0 inside parentheses (CREATE RULE ... DO (a; b))
};

// Follows the words of code runs of a CREATE statement, as psql does for SQL-standard bodies.
void Splitter::track_atomic(size_t from, size_t to) {
  size_t i = from;
  while (i < to) {
    while (i < to && !is_ident_start(text_[i])) ++i;
    size_t w = i;
    while (i < to && is_ident_char(text_[i])) ++i;
    if (i == w) break;
    std::string_view word = text_.substr(w, i - w);
    if (atomic_depth_ == 0) {
      if (ascii_iequals(word, "atomic") && ascii_iequals(last_word_, "begin")) atomic_depth_ = 1;
    } else if (ascii_iequals(word, "case") || (ascii_iequals(word, "atomic") && ascii_iequals(last_word_, "begin"))) {
      ++atomic_depth_;
    } else if (ascii_iequals(word, "end")) {
      --atomic_depth_;
    }
    last_word_ = word;
  }
}

// Skips whitespace, comments and meta-commands before a statement; false stops splitting.
bool Splitter::skip_gap() {
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (is_space(c)) {
      ++pos_;
    } else if (c == '-' && at(pos_ + 1) == '-') {
      skip_line();
    } else if (c == '/' && at(pos_ + 1) == '*') {
      if (!skip_block_comment()) return false;
    } else if (c == '\\') {
      if (!meta_command()) return false;
    } else {
      return true;
    }
  }
  return true;
}

// Scans from the first token to the ';' (or the end); false stops splitting.
bool Splitter::scan_statement() {
  size_t start = pos_, last = pos_;
  create_stmt_ = ascii_iequals(text_.substr(start, 6), "create");
  atomic_depth_ = 0;
  paren_depth_ = 0;
  last_word_ = {};
  while (pos_ < text_.size()) {
    size_t run = pos_;
    while (pos_ < text_.size() && !kSpecial[uc(text_[pos_])]) ++pos_;
    if (create_stmt_) track_atomic(run, pos_);
    for (size_t p = pos_; p > run; --p) {
      if (!is_space(text_[p - 1])) {
        last = p;
        break;
      }
    }
    if (pos_ == text_.size()) break;
    if (text_[pos_] == ';' && (atomic_depth_ > 0 || paren_depth_ > 0)) {
      last = ++pos_;
      continue;
    }
    if (text_[pos_] == ';') {
      ++pos_;
      return finish_statement(start, last);
    }
    Tok tok = skip_special();
    if (tok == Tok::Error) return false;
    if (tok == Tok::Code) last = pos_;
  }
  return finish_statement(start, last);
}

bool Splitter::finish_statement(size_t start, size_t end) {
  if (end <= start) return true;
  SourceSpan span{file_, static_cast<uint32_t>(start), static_cast<uint32_t>(end - start)};
  std::string_view text = text_.substr(start, end - start);
  out_.push_back(StatementText{span, text, {}});
  if (!is_copy_from_stdin(text)) return true;
  size_t eol = text_.find('\n', pos_);
  size_t first = eol == npos ? text_.size() : eol + 1, data_end = first;
  if (!skip_copy_data(span, first, &data_end)) return false;
  out_.back().data = text_.substr(first, data_end - first);
  return true;
}

// pos_ is at a byte of kSpecial other than ';'.
Tok Splitter::skip_special() {
  size_t start = pos_;
  switch (text_[pos_]) {
    case '\'':
      if (start > begin_ && (text_[start - 1] == 'E' || text_[start - 1] == 'e') &&
          (start - 1 == begin_ || !is_ident_char(text_[start - 2])))
        return skip_quoted(start - 1, 2, '\'', true) ? Tok::Code : Tok::Error;
      return skip_quoted(start, 1, '\'', false) ? Tok::Code : Tok::Error;
    case '"':
      return skip_quoted(start, 1, '"', false) ? Tok::Code : Tok::Error;
    case '$':
      return skip_dollar();
    case '-':
      if (at(pos_ + 1) != '-') break;
      skip_line();
      return Tok::Comment;
    case '/':
      if (at(pos_ + 1) != '*') break;
      return skip_block_comment() ? Tok::Comment : Tok::Error;
    case '(':
      ++paren_depth_;
      break;
    case ')':
      if (paren_depth_ > 0) --paren_depth_;
      break;
    default:
      break;
  }
  ++pos_;
  return Tok::Code;
}

// A quoted string or identifier opened at `start`; the quote is doubled to embed it, and
// E'...' strings also escape with a backslash.
bool Splitter::skip_quoted(size_t start, size_t open_len, char quote, bool escapes) {
  size_t p = start + open_len;
  const char* stops = quote == '"' ? "\"" : escapes ? "'\\" : "'";
  for (;;) {
    size_t hit = text_.find_first_of(stops, p);
    if (hit == npos) {
      report(DiagKind::unterminated, start, open_len,
             quote == '"' ? "unterminated quoted identifier" : "unterminated quoted string");
      return false;
    }
    if (text_[hit] == '\\' || at(hit + 1) == quote) {
      p = hit + 2;
      continue;
    }
    pos_ = hit + 1;
    return true;
  }
}

// $tag$ ... $tag$ where the tag is empty or an identifier without '$' not starting with a
// digit; a '$' that continues an identifier (a$b) or starts a parameter ($1) is plain code.
Tok Splitter::skip_dollar() {
  size_t start = pos_;
  ++pos_;
  if (start > begin_ && is_ident_char(text_[start - 1])) return Tok::Code;
  size_t p = start + 1;
  if (is_ident_start(at(p))) {
    while (p < text_.size() && is_ident_char(text_[p]) && text_[p] != '$') ++p;
  }
  if (at(p) != '$') return Tok::Code;
  std::string_view tag = text_.substr(start, p + 1 - start);
  size_t close = text_.find(tag, p + 1);
  if (close == npos) {
    report(DiagKind::unterminated, start, tag.size(), "unterminated dollar-quoted string");
    return Tok::Error;
  }
  pos_ = close + tag.size();
  return Tok::Code;
}

// pos_ is at "/*"; comments nest.
bool Splitter::skip_block_comment() {
  size_t start = pos_, p = pos_ + 2;
  for (int depth = 1; depth > 0;) {
    size_t hit = text_.find_first_of("*/", p);
    if (hit == npos) {
      report(DiagKind::unterminated, start, 2, "unterminated /* comment");
      return false;
    }
    if (text_[hit] == '*' && at(hit + 1) == '/') {
      --depth;
      p = hit + 2;
    } else if (text_[hit] == '/' && at(hit + 1) == '*') {
      ++depth;
      p = hit + 2;
    } else {
      p = hit + 1;
    }
  }
  pos_ = p;
  return true;
}

void Splitter::skip_line() {
  size_t eol = text_.find('\n', pos_);
  pos_ = eol == npos ? text_.size() : eol + 1;
}

// pos_ is at a backslash outside a statement: a psql meta-command running to the end of line.
bool Splitter::meta_command() {
  size_t start = pos_;
  skip_line();
  size_t end = pos_;
  while (end > start && is_space(text_[end - 1])) --end;
  size_t name_end = start + 1;
  while (name_end < end && !is_space(text_[name_end]) && text_[name_end] != '\\') ++name_end;
  std::string_view name = text_.substr(start + 1, name_end - start - 1);
  std::string shown = "\\" + std::string(name);
  switch (classify_meta(name)) {
    case Meta::Harmless:
      return true;
    case Meta::CopyData:
      if (!is_copy_from_stdin(text_.substr(start + 1, end - start - 1))) return true;
      return skip_copy_data(SourceSpan{file_, static_cast<uint32_t>(start),
                                       static_cast<uint32_t>(end - start)},
                            pos_);
    case Meta::Include:
      report(DiagKind::unknown_meta_command, start, end - start,
             "psql meta-command " + shown + " is not followed: included files are not read");
      return true;
    case Meta::Quit:
      report(DiagKind::unknown_meta_command, start, end - start,
             "psql stops at " + shown + ": the rest of the file is ignored");
      return false;
    case Meta::Unknown:
      break;
  }
  report(DiagKind::unknown_meta_command, start, end - start,
         "unknown psql meta-command " + shown + " is skipped");
  return true;
}

// True when the line starting at `at` is exactly "\." (CRLF allowed).
bool Splitter::is_terminator_line(size_t line) const {
  if (at(line) != '\\' || at(line + 1) != '.') return false;
  size_t p = line + 2;
  if (at(p) == '\r') ++p;
  return p >= text_.size() || text_[p] == '\n';
}

// COPY data runs from `line` up to the line "\." (where *data_end is set); false when that line
// is missing.
bool Splitter::skip_copy_data(SourceSpan copy, size_t line, size_t* data_end) {
  while (!is_terminator_line(line)) {
    size_t hit = text_.find("\n\\.", line);
    if (hit == npos) {
      diags_.report(DiagKind::unterminated, copy, "copy data has no terminating \\. line");
      return false;
    }
    line = hit + 1;
  }
  if (data_end) *data_end = line;
  pos_ = line;
  skip_line();
  return true;
}

}  // namespace

std::vector<StatementText> split_script(const SourceManager& sources, uint32_t file_id,
                                        DiagnosticEngine& diags) {
  std::string_view text = sources.file(file_id).text();
  size_t begin = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  size_t up = find_dbmate_marker(text, "migrate:up", 0);
  if (up != npos) {
    size_t eol = text.find('\n', up);
    begin = eol == npos ? text.size() : eol + 1;
    size_t down = find_dbmate_marker(text, "migrate:down", begin);
    if (down != npos) text = text.substr(0, down);
  }
  return Splitter(text, file_id, diags).run(begin);
}

bool has_dbmate_sections(std::string_view text) {
  return find_dbmate_marker(text, "migrate:up", 0) != npos;
}

}  // namespace pgdrift
