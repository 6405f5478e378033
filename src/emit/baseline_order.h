// The order of `pgdrift baseline` and `pgdrift adopt`: the reconciler plan from an empty
// database, each table created with its columns in one statement, and the plain SQL of each
// step. Internal to emit.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "plan/graph.h"
#include "plan/step.h"

namespace pgdrift::emit_detail {

// How a column is created: inside its table's CREATE TABLE (merged), there without its default
// (set when the functions it calls exist), or added later (its type or generation expression
// needs objects that come after the table).
enum class ColumnPlace { Merged, DefaultLater, Later };

class Layout {
 public:
  explicit Layout(const Plan& p);
  // The steps' indices in the order to print them; a cycle broken adds a note.
  std::vector<size_t> order(std::vector<std::string>& notes) const;
  const Plan& plan;
  std::vector<ColumnPlace> place;  // per step (Merged for steps that are not columns)

 private:
  const Step& step(int number) const { return plan.steps[static_cast<size_t>(number - 1)]; }
  ColumnPlace column_place(size_t i) const;
  size_t node_of(size_t i) const;  // a merged column's node is its table's
  std::map<const catalog::Table*, size_t> table_step_;
  std::vector<GraphNode> nodes_;
};

// Owners and privileges (revoked built-ins included) of the objects `keep` admits (as
// Grant::object names them).
// ALTER TABLE ... REPLICA IDENTITY of every table whose identity is not the default.
std::string replica_identity_sql(const catalog::Catalog& cat);
std::string acl_sql(const catalog::Catalog& cat, const std::function<bool(const std::string&)>& keep);
// ALTER DEFAULT PRIVILEGES, one line each, that give a new database the catalog's.
std::vector<std::string> default_privilege_lines(const catalog::Catalog& cat);

// The plain SQL of step `i` ("" for what another step prints: merged columns, inherited keys,
// identity sequences).
std::string step_sql(const catalog::Catalog& cat, const Layout& l, size_t i);

}  // namespace pgdrift::emit_detail
