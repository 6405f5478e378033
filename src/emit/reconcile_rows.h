// The rows that state each plan step's object for the runtime (src/emit/runtime/*.sql): one
// table per kind, one row per step. Internal to emit.
#pragma once
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "plan/step.h"

namespace pgdrift::emit_detail {

struct Row {
  std::string part;                  // the runtime part (file) and table suffix: "column" -> pgd_column
  std::vector<std::string> columns;  // of the table
  std::vector<std::string> values;   // SQL literals, in the same order
};

// SQL literals.
std::string text_or_null(const std::string& s);  // NULL for ""
std::string boolean(bool b);
std::string text_array(const std::vector<std::string>& v);  // ARRAY[...]::text[]; NULL when empty
std::string option_array(const std::map<std::string, std::string>& options);  // ARRAY['name=value', ...]; '{}' when empty

// The object as the dump printed it, when the step found it in sync (its printed forms are then
// the database's own).
template <class T>
const T* printed_source(const Step& s) {
  return s.in_sync ? s.actual.as<T>() : nullptr;
}

// The row of one step (Ensure, SequenceOwner, Acl or Drop).
Row step_row(const Step& s, const catalog::Catalog& desired);

// Rows of the parts of tables (rows_table.cpp) and of the other kinds (rows_objects.cpp).
Row table_row(const Step& s, const catalog::Table& t);
Row column_row(const Step& s, const catalog::Catalog& desired, const catalog::Table& t, const catalog::Column& c);
Row constraint_row(const Step& s, const catalog::Table& t, const catalog::Constraint& c);
Row index_row(const Step& s, const catalog::Index& ix);
Row trigger_row(const Step& s, const catalog::Key& relation, const catalog::Trigger& tr);  // of a table or view
Row rule_row(const Step& s, const catalog::Key& relation, const catalog::Rule& r);  // of a table or view
Row policy_row(const Step& s, const catalog::Table& t, const catalog::Policy& p);
Row function_row(const Step& s, const catalog::Function& f);
Row view_row(const Step& s, const catalog::View& v);
Row domain_row(const Step& s, const catalog::Domain& d);
Row publication_row(const Step& s, const catalog::Publication& p);
Row acl_row(const Step& s, const catalog::Catalog& desired);
Row default_acl_row(const Step& s, const catalog::Catalog& desired);
Row drop_row(const Step& s);
// --fix-sequences: one line per serial or identity column of the desired tables,
// "INSERT INTO pg_temp.pgd_seqfix ..."; "" when there is none.
std::string sequence_fix_rows(const catalog::Catalog& desired);

}  // namespace pgdrift::emit_detail
