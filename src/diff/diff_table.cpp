// Tables and their parts: columns, constraints, triggers, rules and policies (a view's triggers and rules too).
#include <algorithm>

#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::string identity_text(char c) { return c == 'a' ? "always" : c == 'd' ? "by default" : ""; }

const Sequence* identity_sequence(const Catalog& cat, const Table& t, const std::string& col) {
  for (const auto& [k, s] : cat.sequences)
    if (s.identity && s.owner_table == Key{t.schema, t.name} && s.owner_column == col) return &s;
  return nullptr;
}

std::string expr_text(const OptExpr& e) { return e ? e->sql.value : ""; }
std::string expr_key(const OptExpr& e) { return e ? e->canonical : ""; }

void attr_expr(std::vector<AttrChange>& out, const char* name, const OptExpr& a,
               const OptExpr& d) {
  if (expr_key(a) != expr_key(d)) out.push_back(AttrChange{name, expr_text(d), expr_text(a)});
}

std::vector<AttrChange> column_details(const Catalog& ac, const Catalog& dc, const Table& at, const Table& dt,
                                       const Column& a, const Column& d) {
  std::vector<AttrChange> out;
  attr(out, "type", a.type, d.type);
  attr(out, "collation", a.collation, d.collation);
  attr(out, "not null", yes_no(a.not_null), yes_no(d.not_null));
  attr_expr(out, "default", a.default_expr, d.default_expr);
  attr_expr(out, "generated", a.generated, d.generated);
  attr(out, "identity", identity_text(a.identity), identity_text(d.identity));
  if (a.identity && d.identity) {
    const Sequence* as = identity_sequence(ac, at, a.name);
    const Sequence* ds = identity_sequence(dc, dt, d.name);
    if (as && ds && !(as->params == ds->params)) attr(out, "identity options", seq_params_text(as->params), seq_params_text(ds->params));
  }
  auto storage = [](char s) { return std::string(s == 'p' ? "plain" : s == 'e' ? "external" : s == 'm' ? "main" : s == 'x' ? "extended" : ""); };
  attr(out, "statistics", a.statistics < 0 ? "" : std::to_string(a.statistics), d.statistics < 0 ? "" : std::to_string(d.statistics));
  attr(out, "storage", storage(a.storage), storage(d.storage));
  attr(out, "compression", a.compression, d.compression);
  attr(out, "options", options_text(a.options), options_text(d.options));
  attr(out, "comment", a.comment, d.comment);
  return out;
}

std::vector<AttrChange> constraint_details(const Constraint& a, const Constraint& d) {
  std::vector<AttrChange> out;
  Constraint a2 = a, d2 = d;
  a2.comment = d2.comment = "";
  a2.not_valid = d2.not_valid = false;
  a2.clustered = d2.clustered = false;
  // REFERENCES t without columns means t's primary key, unknown when t is external.
  if (a2.ref_columns.empty()) a2.ref_columns = d2.ref_columns;
  if (d2.ref_columns.empty()) d2.ref_columns = a2.ref_columns;
  if (!(a2 == d2)) out.push_back(AttrChange{"definition", d.definition(), a.definition()});
  attr(out, "validated", yes_no(!a.not_valid), yes_no(!d.not_valid));
  attr(out, "clustered", yes_no(a.clustered), yes_no(d.clustered));
  attr(out, "comment", a.comment, d.comment);
  return out;
}

// A trigger or rule: its definition, its firing state (ENABLE / DISABLE ...) and its comment.
template <class Part>
std::vector<AttrChange> part_details(const std::string& id, const Part& a, const Part& d) {
  std::vector<AttrChange> out;
  Part a2 = a, d2 = d;
  a2.comment = d2.comment = "";
  a2.enabled = d2.enabled = 'O';
  if (!(a2 == d2)) out.push_back({"definition", d.definition(id), a.definition(id)});
  attr(out, "enabled", std::string(1, a.enabled), std::string(1, d.enabled));
  attr(out, "comment", a.comment, d.comment);
  return out;
}

// The triggers or rules (`parts`) of one table or view, each known by its definition on it.
template <class Part, class Relation>
void diff_parts(const Relation& a, const Relation& d, std::map<std::string, Part> Relation::*parts, std::vector<Change>& out) {
  std::string rid = qualified(d.schema, d.name);
  auto sub = [&](const std::string& name) { return rid + "." + quote_ident(name); };
  constexpr ObjectKind kind = kind_of<Part>::value;
  merge_walk<std::string, Part>(
      a.*parts, d.*parts,
      [&](const Part& p) { out.push_back({kind, ChangeKind::Missing, sub(p.name), rid, {{"definition", p.definition(rid), ""}}, p.origin.span, {}, {}, ObjectRef(p, &d)}); },
      [&](const Part& p) { out.push_back({kind, ChangeKind::Extra, sub(p.name), rid, {{"definition", "", p.definition(rid)}}, {}, p.origin.span, ObjectRef(p, &a), {}}); },
      [&](const Part& x, const Part& y) {
        auto det = part_details(rid, x, y);
        if (!det.empty()) out.push_back({kind, ChangeKind::Changed, sub(y.name), rid, det, y.origin.span, x.origin.span, ObjectRef(x, &a), ObjectRef(y, &d)});
      });
}

std::vector<AttrChange> policy_details(const Policy& a, const Policy& d) {
  std::vector<AttrChange> out;
  attr(out, "permissive", yes_no(a.permissive), yes_no(d.permissive));
  attr(out, "command", a.cmd, d.cmd);
  // TO current_user is stored as the role that ran CREATE POLICY: it matches any one role.
  auto special = [](const std::string& r) { return r == "current_user" || r == "current_role" || r == "session_user"; };
  std::vector<std::string> ad = a.roles, dd = d.roles;
  if (ad.size() == dd.size()) {
    for (size_t i = 0; i < dd.size(); ++i)
      if (special(dd[i])) {
        dd.erase(dd.begin() + static_cast<long>(i));
        ad.erase(ad.begin() + static_cast<long>(std::min(i, ad.size() - 1)));
        --i;
      }
  }
  std::string ar, dr;
  for (const auto& x : ad) ar += (ar.empty() ? "" : ", ") + x;
  for (const auto& x : dd) dr += (dr.empty() ? "" : ", ") + x;
  attr(out, "roles", ar, dr);
  attr_expr(out, "using", a.using_expr, d.using_expr);
  attr_expr(out, "with check", a.check_expr, d.check_expr);
  attr(out, "comment", a.comment, d.comment);
  return out;
}

}  // namespace

template <class Relation>
void diff_triggers(const Relation& a, const Relation& d, std::vector<Change>& out) {
  diff_parts(a, d, &Relation::triggers, out);
}
template void diff_triggers<Table>(const Table&, const Table&, std::vector<Change>&);
template void diff_triggers<View>(const View&, const View&, std::vector<Change>&);

template <class Relation>
void diff_rules(const Relation& a, const Relation& d, std::vector<Change>& out) {
  diff_parts(a, d, &Relation::rules, out);
}
template void diff_rules<Table>(const Table&, const Table&, std::vector<Change>&);
template void diff_rules<View>(const View&, const View&, std::vector<Change>&);

namespace {
void diff_triggers_policies(const Table& a, const Table& d, std::vector<Change>& out) {
  std::string tid = qualified(d.schema, d.name);
  auto sub = [&](const std::string& name) { return tid + "." + quote_ident(name); };
  diff_triggers(a, d, out);
  merge_walk<std::string, Policy>(
      a.policies, d.policies,
      [&](const Policy& p) { out.push_back({ObjectKind::Policy, ChangeKind::Missing, sub(p.name), tid, {{"definition", p.definition(tid), ""}}, p.origin.span, {}, {}, ObjectRef(p, &d)}); },
      [&](const Policy& p) { out.push_back({ObjectKind::Policy, ChangeKind::Extra, sub(p.name), tid, {{"definition", "", p.definition(tid)}}, {}, p.origin.span, ObjectRef(p, &a), {}}); },
      [&](const Policy& x, const Policy& y) {
        auto det = policy_details(x, y);
        if (!det.empty()) out.push_back({ObjectKind::Policy, ChangeKind::Changed, sub(y.name), tid, det, y.origin.span, x.origin.span, ObjectRef(x, &a), ObjectRef(y, &d)});
      });
}

void diff_parts(const Catalog& ac, const Catalog& dc, const Table& a, const Table& d, std::vector<Change>& out) {
  std::string tid = qualified(d.schema, d.name);
  auto sub = [&](const std::string& name) { return tid + "." + quote_ident(name); };
  merge_walk<std::string, Column>(
      a.columns, d.columns,
      [&](const Column& c) { out.push_back({ObjectKind::Column, ChangeKind::Missing, sub(c.name), tid, {}, c.origin.span, {}, {}, ObjectRef(c, &d)}); },
      [&](const Column& c) { out.push_back({ObjectKind::Column, ChangeKind::Extra, sub(c.name), tid, {}, {}, c.origin.span, ObjectRef(c, &a), {}}); },
      [&](const Column& x, const Column& y) {
        // CREATE TABLE AS: a column whose type the query does not state is not compared
        if ((a.from_query.value || d.from_query.value) && (x.type.empty() || y.type.empty())) return;
        auto details = column_details(ac, dc, a, d, x, y);
        if (!details.empty())
          out.push_back({ObjectKind::Column, ChangeKind::Changed, sub(y.name), tid, details, y.origin.span, x.origin.span, ObjectRef(x, &a), ObjectRef(y, &d)});
      });
  merge_walk<std::string, Constraint>(
      a.constraints, d.constraints,
      [&](const Constraint& c) {
        out.push_back({ObjectKind::Constraint, ChangeKind::Missing, sub(c.name), tid,
                       {{"definition", c.definition(), ""}}, c.origin.span, {}, {}, ObjectRef(c, &d)});
      },
      [&](const Constraint& c) {
        out.push_back({ObjectKind::Constraint, ChangeKind::Extra, sub(c.name), tid,
                       {{"definition", "", c.definition()}}, {}, c.origin.span, ObjectRef(c, &a), {}});
      },
      [&](const Constraint& x, const Constraint& y) {
        auto details = constraint_details(x, y);
        if (!details.empty())
          out.push_back({ObjectKind::Constraint, ChangeKind::Changed, sub(y.name), tid, details, y.origin.span, x.origin.span, ObjectRef(x, &a), ObjectRef(y, &d)});
      });
}
}  // namespace

void diff_tables(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<Key, Table>(
      ac.tables, dc.tables,
      [&](const Table& t) {
        std::string id = qualified(t.schema, t.name);
        out.push_back({ObjectKind::Table, ChangeKind::Missing, id, id, {}, t.origin.span, {}, {}, ObjectRef(t)});
      },
      [&](const Table& t) {
        std::string id = qualified(t.schema, t.name);
        out.push_back({ObjectKind::Table, ChangeKind::Extra, id, id, {}, {}, t.origin.span, ObjectRef(t), {}});
      },
      [&](const Table& a, const Table& d) {
        std::string id = qualified(d.schema, d.name);
        std::vector<AttrChange> details;
        attr(details, "unlogged", yes_no(a.unlogged), yes_no(d.unlogged));
        attr(details, "access method", a.access_method.empty() ? "heap" : a.access_method, d.access_method.empty() ? "heap" : d.access_method);
        attr(details, "storage parameters", options_text(a.options), options_text(d.options));
        attr(details, "row level security", yes_no(a.rls_enabled), yes_no(d.rls_enabled));
        attr(details, "force row level security", yes_no(a.rls_forced), yes_no(d.rls_forced));
        auto identity = [](const Table& t) {
          switch (t.replica_identity) {
            case 'f': return std::string("full");
            case 'n': return std::string("nothing");
            case 'i': return "using index " + quote_ident(t.replica_index);
            default: return std::string("default");
          }
        };
        attr(details, "replica identity", identity(a), identity(d));
        attr(details, "partition by", a.partition_by, d.partition_by);
        auto partition = [](const Table& t) { return t.partition_of.second.empty() ? std::string() : key_text(t.partition_of) + " " + t.partition_bound; };
        attr(details, "partition of", partition(a), partition(d));
        auto parents = [](const Table& t) {
          std::string out;
          for (const Key& k : t.inherits) out += (out.empty() ? "" : ", ") + key_text(k);
          return out;
        };
        attr(details, "inherits", parents(a), parents(d));
        auto typed = [](const Table& t) { return t.of_type.second.empty() ? std::string() : key_text(t.of_type); };
        attr(details, "of type", typed(a), typed(d));
        auto foreign = [](const Table& t) { return t.foreign_server.empty() ? std::string() : "SERVER " + quote_ident(t.foreign_server) + " " + sorted_options_sql(t.foreign_options); };
        attr(details, "foreign", foreign(a), foreign(d));
        attr(details, "comment", a.comment, d.comment);
        if (!details.empty()) out.push_back({ObjectKind::Table, ChangeKind::Changed, id, id, details, d.origin.span, a.origin.span, ObjectRef(a), ObjectRef(d)});
        diff_parts(ac, dc, a, d, out);
        diff_triggers_policies(a, d, out);
        diff_rules(a, d, out);
      });
}

}  // namespace pgdrift::diff_detail
