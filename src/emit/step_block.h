// One guarded step of the reconciler: a DO block whose body logs every action it takes
// (with the statement that undoes it) and says "up to date" when it took none.
#pragma once
#include <string>

#include "base/sql_ident.h"
#include "catalog/catalog.h"
#include "plan/step.h"

namespace pgdrift {

class StepBlock {
 public:
  explicit StepBlock(const Step& step) : step_(step) {}
  StepBlock& line(const std::string& text, int indent = 1);
  // PERFORM pgdrift.log(...) with `undo_expr` an SQL expression (a literal, format(...), NULL).
  StepBlock& log(const std::string& action, const std::string& undo_expr, int indent = 2);
  std::string text() const;  // the DO block, with hazards as a comment above it

 private:
  const Step& step_;
  std::string body_;
};

inline std::string lit(const std::string& s) { return quote_literal(s); }
// A literal used as a format() template: '%' doubled so only our own %s/%L are placeholders.
inline std::string fmt_lit(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '%' ? std::string("%%") : std::string(1, c);
  return quote_literal(out);
}
inline std::string lit_or_null(const std::string& s) { return s.empty() ? "NULL" : quote_literal(s); }
// 'schema', 'name' argument list for the pgdrift.* helper functions.
inline std::string args2(const std::string& a, const std::string& b) { return lit(a) + ", " + lit(b); }
inline std::string args3(const std::string& a, const std::string& b, const std::string& c) {
  return lit(a) + ", " + lit(b) + ", " + lit(c);
}

// Per-kind step emitters (emit_step_*.cpp).
std::string emit_schema_step(const Step& s);
std::string emit_extension_step(const Step& s);
std::string emit_enum_step(const Step& s);
std::string emit_sequence_step(const Step& s);
std::string emit_sequence_owner_step(const Step& s);
std::string emit_table_step(const Step& s, const catalog::Catalog& desired);
std::string emit_column_step(const Step& s, const catalog::Catalog& desired, const catalog::Catalog& actual);
std::string emit_constraint_step(const Step& s);
std::string emit_index_step(const Step& s, const catalog::Catalog& desired);
// REPLICA IDENTITY of a table (in its table step, and in the step of the index it names).
void replica_identity_guard(StepBlock& b, const catalog::Table& t, bool after_index);
std::string emit_drop_step(const Step& s, const catalog::Catalog& actual);
std::string emit_function_step(const Step& s);
std::string emit_view_step(const Step& s, const catalog::Catalog& desired);
std::string emit_privileges_step(const Step& s, const catalog::Catalog& desired, bool grants, bool owners);
std::string emit_revoke_step(const Step& s, const catalog::Catalog& actual);
std::string emit_default_privileges_step(const Step& s, const catalog::Catalog& desired);
std::string emit_publication_step(const Step& s);
std::string emit_trigger_step(const Step& s);
std::string emit_policy_step(const Step& s);
std::string emit_domain_step(const Step& s);
std::string emit_composite_step(const Step& s);
std::string emit_range_step(const Step& s);

// COMMENT ON guard shared by the steps: sets the comment when it differs.
void comment_guard(StepBlock& b, const std::string& kind, const std::string& on, const std::string& s,
                   const std::string& n, const std::string& sub, const std::string& comment);

}  // namespace pgdrift
