// CREATE TRIGGER, CREATE/ALTER POLICY: both belong to their table.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
std::string events_text(const ast::CreateTrigger& s) {
  std::string out;
  auto add = [&](const std::string& e) { out += (out.empty() ? "" : " OR ") + e; };
  if (s.events & 4) add("INSERT");
  if (s.events & 8) add("DELETE");
  if (s.events & 16) {
    std::string u = "UPDATE";
    for (size_t i = 0; i < s.columns.size(); ++i) u += (i ? ", " : " OF ") + quote_ident(s.columns[i]);
    add(u);
  }
  if (s.events & 32) add("TRUNCATE");
  return out;
}
}  // namespace

// The triggers of the table or view CREATE TRIGGER names (a view's are INSTEAD OF or per statement).
static std::map<std::string, Trigger>* triggers_of(Replayer& r, const ast::QualName& q, Table*& table) {
  table = nullptr;
  if (!r.find_table(q))
    if (std::optional<Key> v = r.find_view(q)) return &r.cat.views.at(*v).triggers;
  table = r.table_or_warn(q, false);
  return table ? &table->triggers : nullptr;
}

void replay_create_trigger(Replayer& r, const ast::CreateTrigger& s) {
  Table* t = nullptr;
  std::map<std::string, Trigger>* triggers = triggers_of(r, s.table, t);
  if (!triggers) return;
  if (triggers->count(s.name) && !s.replace) {
    r.warn(DiagKind::duplicate_object, "trigger " + quote_ident(s.name) + " already exists; statement ignored");
    return;
  }
  Trigger tr;
  tr.name = s.name;
  tr.timing = s.timing & 2 ? "BEFORE" : s.timing & 64 ? "INSTEAD OF" : "AFTER";
  tr.events = events_text(s);
  tr.row = s.row;
  if (s.when) tr.when = r.store(*s.when, t);
  ResolvedName fn = r.function(s.function);
  tr.function = fn.schema.empty() ? quote_ident(fn.name) : qualified(fn.schema, fn.name);
  tr.args = s.args;
  tr.constraint = s.is_constraint;
  tr.referencing = s.referencing;
  if (s.from_table) {
    ResolvedName rn = r.relation(s.from_table->schema.empty() ? std::vector<std::string>{s.from_table->name}
                                                              : std::vector<std::string>{s.from_table->schema, s.from_table->name});
    tr.from_table = {rn.schema, rn.name};
  }
  tr.deferrable = s.deferrable;
  tr.initially_deferred = s.initially_deferred;
  tr.printed.value = s.printed;
  tr.origin = r.origin();
  if (auto old = triggers->find(s.name); old != triggers->end()) tr.comment = old->second.comment;
  (*triggers)[s.name] = std::move(tr);
}

void replay_create_policy(Replayer& r, const ast::CreatePolicy& s) {
  Table* t = r.table_or_warn(s.table, false);
  if (!t) return;
  if (t->policies.count(s.name)) {
    r.warn(DiagKind::duplicate_object, "policy " + quote_ident(s.name) + " already exists; statement ignored");
    return;
  }
  Policy p;
  p.name = s.name;
  p.permissive = s.permissive;
  p.cmd = s.cmd;
  p.roles = s.roles.empty() ? std::vector<std::string>{"public"} : s.roles;
  std::sort(p.roles.begin(), p.roles.end());
  if (s.using_expr) p.using_expr = r.store(*s.using_expr, t, s.using_printed);
  if (s.check_expr) p.check_expr = r.store(*s.check_expr, t, s.check_printed);
  p.origin = r.origin();
  t->policies[s.name] = std::move(p);
}

void replay_alter_policy(Replayer& r, const ast::AlterPolicy& s) {
  Table* t = r.table_or_warn(s.table, false);
  if (!t) return;
  auto it = t->policies.find(s.name);
  if (it == t->policies.end()) {
    r.warn(DiagKind::unknown_object, "policy " + quote_ident(s.name) + " does not exist; statement ignored");
    return;
  }
  Policy& p = it->second;
  if (s.roles) {
    p.roles = *s.roles;
    std::sort(p.roles.begin(), p.roles.end());
  }
  if (s.using_expr) p.using_expr = r.store(*s.using_expr, t, s.using_printed);
  if (s.check_expr) p.check_expr = r.store(*s.check_expr, t, s.check_printed);
}

}  // namespace pgdrift::catalog
