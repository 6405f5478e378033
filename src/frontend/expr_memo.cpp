#include "frontend/expr_memo.h"

#include <unordered_map>
#include <vector>

#include "frontend/pg_parse.h"

namespace pgdrift {

namespace {

// One question the resolver was asked: which method, its argument, and the answer as bytes.
struct Question {
  char method;
  std::vector<std::string> name;
  ResolvedName relation;
  std::string answer;
};

std::string bytes(const std::string& s) { return s; }
std::string bytes(const ResolvedName& r) { return r.schema + '\0' + r.name; }
std::string bytes(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += s + '\0';
  return out;
}
std::string bytes(const std::optional<std::vector<std::string>>& v) { return v ? "1" + bytes(*v) : "0"; }
std::string bytes(const std::optional<ResolvedName>& v) { return v ? "1" + bytes(*v) : "0"; }

// The answer `r` gives to `q` now, as bytes.
std::string ask(const ExprResolver& r, const Question& q) {
  switch (q.method) {
    case 'f': return bytes(r.function(q.name));
    case 'r': return bytes(r.relation(q.name));
    case 't': return bytes(r.type(q.name));
    case 'c': return r.column_type(q.name[0]);
    case 'n': return r.column_name(q.name[0]);
    case 'R': return bytes(r.relation_columns(q.relation));
    case 'F': return bytes(r.function_columns(q.name));
    default: return bytes(r.text_search_config(q.name));
  }
}

// Forwards every question to the real resolver and writes it down with its answer.
class Recorder final : public ExprResolver {
 public:
  explicit Recorder(const ExprResolver& inner) : inner_(inner) {}
  mutable std::vector<Question> questions;

  ResolvedName function(const std::vector<std::string>& n) const override { return note('f', n, inner_.function(n)); }
  ResolvedName relation(const std::vector<std::string>& n) const override { return note('r', n, inner_.relation(n)); }
  ResolvedName type(const std::vector<std::string>& n) const override { return note('t', n, inner_.type(n)); }
  std::string column_type(const std::string& c) const override { return note('c', {c}, inner_.column_type(c)); }
  std::string column_name(const std::string& c) const override { return note('n', {c}, inner_.column_name(c)); }
  std::optional<std::vector<std::string>> relation_columns(const ResolvedName& r) const override {
    auto answer = inner_.relation_columns(r);
    questions.push_back(Question{'R', {}, r, bytes(answer)});
    return answer;
  }
  std::optional<std::vector<std::string>> function_columns(const std::vector<std::string>& n) const override {
    return note('F', n, inner_.function_columns(n));
  }
  std::optional<ResolvedName> text_search_config(const std::vector<std::string>& n) const override {
    return note('s', n, inner_.text_search_config(n));
  }

 private:
  const ExprResolver& inner_;
  template <class T>
  T note(char method, std::vector<std::string> name, T answer) const {
    questions.push_back(Question{method, std::move(name), {}, bytes(answer)});
    return answer;
  }
};

struct Entry {
  std::vector<Question> questions;
  Printed printed;
};

// A tree printed in more contexts than this is printed anew each time after (bounded memory).
constexpr size_t kContextsPerTree = 4;

bool same_answers(const ExprResolver& r, const std::vector<Question>& questions) {
  for (const Question& q : questions)
    if (ask(r, q) != q.answer) return false;
  return true;
}
}  // namespace

Printed memo_print(const void* node, PrintRequest request, const ExprResolver& resolver,
                   const std::function<Printed(const ExprResolver&)>& print) {
  thread_local std::unordered_map<std::string, std::vector<Entry>> memo;
  std::string key(1, static_cast<char>(request));
  append_tree_key(key, static_cast<const PgQuery__Node*>(node));
  std::vector<Entry>& entries = memo[key];
  for (const Entry& e : entries)
    if (same_answers(resolver, e.questions)) return e.printed;
  Recorder recorder(resolver);
  Printed out = print(recorder);
  if (entries.size() < kContextsPerTree) entries.push_back(Entry{std::move(recorder.questions), out});
  return out;
}

}  // namespace pgdrift
