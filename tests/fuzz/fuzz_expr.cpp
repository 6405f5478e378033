// libFuzzer target: expression normalization (canonical(), the deparsed SQL, the columns and
// references) of any text libpg_query accepts as an expression, and of a SELECT as a view
// query. Names resolve to themselves through a resolver that knows nothing.
#include <cstdint>
#include <cstdio>
#include <string>

#include "frontend/expr.h"

namespace {

struct NullResolver final : pgdrift::ExprResolver {
  static pgdrift::ResolvedName split(const std::vector<std::string>& name) {
    if (name.empty()) return {};
    if (name.size() == 1) return {"", name[0]};
    return {name[name.size() - 2], name.back()};
  }
  pgdrift::ResolvedName function(const std::vector<std::string>& name) const override { return split(name); }
  pgdrift::ResolvedName relation(const std::vector<std::string>& name) const override { return split(name); }
  pgdrift::ResolvedName type(const std::vector<std::string>& name) const override { return split(name); }
  std::string column_type(const std::string&) const override { return "text"; }
};

bool has_parameter(const std::string& text) {
  for (size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '$' && text[i + 1] >= '0' && text[i + 1] <= '9') return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pgdrift;
  std::string text(reinterpret_cast<const char*>(data), size);
  NullResolver resolver;
  if (auto e = parse_expression(text)) {
    std::string canonical = e->canonical(resolver);
    ExprRefs refs;
    std::string sql = e->sql(resolver, refs);
    (void)e->columns();
    (void)e->nextval_sequence();
    (void)e->figure_colname();
    // The SQL pgdrift writes for an expression means what was written: it normalizes the same.
    // Text PostgreSQL itself refuses in a DDL expression (a parameter $1, a type modifier that is
    // not a constant) may print as SQL that does not parse: only a different meaning fails.
    auto again = parse_expression(sql);
    if (!has_parameter(text) && again && again->canonical(resolver) != canonical) {
      std::fprintf(stderr, "canonical: %s\nsql: %s\n", canonical.c_str(), sql.c_str());
      __builtin_trap();
    }
  }
  if (auto q = parse_expression("(" + text + ")")) (void)q->canonical(resolver);
  return 0;
}
