// Rows of schemas, extensions, types, sequences, functions, views and publications, and the
// dispatch of a step to its kind's row (every kind of the registry: visit_object).
#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "base/md5.h"
#include "base/sql_ident.h"
#include "emit/reconcile_rows.h"
#include "emit/sql_defs.h"
#include "emit/sql_text.h"

namespace pgdrift::emit_detail {

using namespace catalog;

std::string text_or_null(const std::string& s) { return s.empty() ? "NULL" : quote_literal(s); }
std::string boolean(bool b) { return b ? "true" : "false"; }
std::string text_array(const std::vector<std::string>& v) {
  if (v.empty()) return "NULL";
  std::string out = "ARRAY[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + quote_literal(v[i]);
  return out + "]";
}

std::string option_array(const std::map<std::string, std::string>& options) {
  std::vector<std::string> v;
  for (const auto& [name, value] : options) v.push_back(name + "=" + value);
  return v.empty() ? "'{}'" : text_array(v);
}

namespace {
// Long definitions read best dollar-quoted.
std::string body(const std::string& s) { return s.find('\n') != std::string::npos ? dollar_quote(s, "pgd") : quote_literal(s); }

std::string float_text(double v) {  // as float4 prints: 100, 0.5, 1e+06
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// md5 of what pgd_function_text prints for the function, when the dump printed its arguments
// and result (and its body, when SQL-standard): see src/emit/runtime/function.sql.
std::string function_fingerprint(const Function& f, const Function* printed) {
  if (!printed || (printed->printed_args.value.empty() && !f.identity.empty())) return "";
  if (!f.procedure && printed->printed_result.value.empty()) return "";
  if (f.sql_standard_body && printed->printed_body.value.empty()) return "";
  std::string config;
  for (const std::string& c : f.config) config += (config.empty() ? "" : ";") + c;
  std::string transforms;
  for (const std::string& t : f.transforms) transforms += (transforms.empty() ? "" : ", ") + t;
  std::string parts[] = {printed->printed_args.value, f.procedure ? "" : printed->printed_result.value, f.language,
                         std::string(1, f.procedure ? 'v' : f.volatility), f.strict ? "t" : "f", f.security_definer ? "t" : "f",
                         f.leakproof ? "t" : "f", std::string(1, f.procedure ? 'u' : f.parallel), float_text(f.cost),
                         float_text(f.rows), config, f.sql_standard_body ? "" : f.body,
                         f.sql_standard_body ? printed->printed_body.value : "", transforms};
  std::string text;
  for (size_t i = 0; i < std::size(parts); ++i) text += (i ? "\n" : "") + parts[i];
  return md5_hex(text);
}
}  // namespace

Row function_row(const Step& s, const Function& f) {
  return {"function", {"step", "sch", "name", "identity", "procedure", "def", "fingerprint", "comment"},
          {std::to_string(s.number), quote_literal(f.schema), quote_literal(f.name), quote_literal(f.identity), boolean(f.procedure),
           body(function_sql(f)), text_or_null(function_fingerprint(f, printed_source<Function>(s))), text_or_null(f.comment)}};
}

// Options as PostgreSQL stores them (srvoptions, ftoptions): "name=value,name=value".
namespace {
std::string stored_options(const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out;
  for (const auto& [k, v] : options) out += (out.empty() ? "" : ",") + k + "=" + v;
  return out;
}
// ... sorted as "name=value" strings (byte order, as COLLATE "C" sorts them).
std::string sorted_stored_options(const std::vector<std::pair<std::string, std::string>>& options) {
  std::vector<std::string> items;
  for (const auto& [k, v] : options) items.push_back(k + "=" + v);
  std::sort(items.begin(), items.end());
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ",") + i;
  return out;
}
}  // namespace

Row view_row(const Step& s, const View& v) {
  const View* p = printed_source<View>(s);
  std::vector<std::string> comments;
  for (const auto& [col, text] : v.column_comments) comments.insert(comments.end(), {col, text});
  std::vector<std::string> defaults;
  for (const auto& [col, e] : v.column_defaults) defaults.insert(defaults.end(), {col, e.sql.value});
  std::string placeholder = view_placeholder_sql(v);  // then replaced by its own query
  return {"view", {"step", "sch", "name", "materialized", "def", "tail", "printed", "options", "comment", "column_comments", "column_defaults", "placeholder"},
          {std::to_string(s.number), quote_literal(v.schema), quote_literal(v.name), boolean(v.materialized), body(view_sql(v)),
           body(view_tail(v)), p ? text_or_null(p->printed.value) : "NULL", text_or_null(view_options_text(v)), text_or_null(v.comment),
           text_array(comments), text_array(defaults), text_or_null(placeholder)}};
}

Row domain_row(const Step& s, const Domain& d) {
  const Domain* p = printed_source<Domain>(s);
  std::string create = "CREATE DOMAIN " + qualified(d.schema, d.name) + " AS " + d.base_type;
  if (!d.collation.empty()) create += " COLLATE " + d.collation;
  if (d.default_expr) create += " DEFAULT (" + d.default_expr->sql.value + ")";
  if (d.not_null) create += " NOT NULL";
  std::vector<std::string> names, defs, printed, valid;
  for (const auto& [n, c] : d.checks) {
    create += " CONSTRAINT " + quote_ident(n) + " CHECK (" + c.check.sql.value + ")";
    names.push_back(n);
    defs.push_back("CHECK (" + c.check.sql.value + ")");
    auto pc = p ? p->checks.find(n) : decltype(p->checks.end()){};
    printed.push_back(p && pc != p->checks.end() ? pc->second.printed.value : "");
    valid.push_back(c.not_valid ? "false" : "true");
  }
  std::string valid_array = valid.empty() ? "NULL" : "ARRAY[";
  for (size_t i = 0; i < valid.size(); ++i) valid_array += (i ? ", " : "") + valid[i] + (i + 1 == valid.size() ? "]" : "");
  return {"domain", {"step", "sch", "name", "def", "base", "not_null", "default_sql", "default_printed", "check_names", "check_defs",
                     "check_printed", "check_valid", "drop_extra", "comment"},
          {std::to_string(s.number), quote_literal(d.schema), quote_literal(d.name), quote_literal(create), quote_literal(d.base_type),
           boolean(d.not_null), d.default_expr ? quote_literal(d.default_expr->sql.value) : "NULL",
           p && p->default_expr ? text_or_null(p->default_expr->printed.value) : "NULL", text_array(names), text_array(defs),
           text_array(printed), valid_array, boolean(s.drop_extra_parts), text_or_null(d.comment)}};
}

Row publication_row(const Step& s, const Publication& p) {
  const Publication* a = printed_source<Publication>(s);
  auto has = [&](const char* op) { return p.publish.find(op) != std::string::npos ? "t" : "f"; };
  std::string options_text = std::string(has("insert")) + "," + has("update") + "," + has("delete") + "," + has("truncate") + "," +
                             (p.via_root ? "t" : "f");
  std::vector<std::string> tables, specs, printed, schemas(p.schemas.begin(), p.schemas.end());
  for (const auto& [k, t] : p.tables) {
    tables.push_back(key_text(k));
    specs.push_back(publication_table_sql(k, t));
    std::string cols;
    for (const std::string& c : t.columns) cols += (cols.empty() ? "" : ", ") + quote_ident(c);
    const PublicationTable* at = a ? &a->tables.at(k) : nullptr;
    bool known = at && (!at->where || !at->where->printed.value.empty());
    printed.push_back(known ? cols + "|" + (at->where ? at->where->printed.value : "") : "");
  }
  return {"publication", {"step", "name", "all_tables", "options", "options_text", "tables", "table_specs", "table_printed", "schemas",
                          "drop_extra", "comment"},
          {std::to_string(s.number), quote_literal(p.name), boolean(p.all_tables),
           quote_literal("publish = " + quote_literal(p.publish) + ", publish_via_partition_root = " + (p.via_root ? "true" : "false")),
           quote_literal(options_text), text_array(tables), text_array(specs), text_array(printed), text_array(schemas),
           boolean(s.drop_extra_parts), text_or_null(p.comment)}};
}

Row step_row(const Step& s, const Catalog& desired) {
  std::string n = std::to_string(s.number);
  switch (s.action) {
    case StepAction::Drop: return drop_row(s);
    case StepAction::Acl: return s.kind == ObjectKind::DefaultPrivilege ? default_acl_row(s, desired) : acl_row(s, desired);
    case StepAction::SequenceOwner: {
      const Sequence& q = *s.object.as<Sequence>();
      return {"sequence_owner", {"step", "sch", "name", "owner"},
              {n, quote_literal(q.schema), quote_literal(q.name), quote_literal(key_text(q.owner_table) + "." + quote_ident(q.owner_column))}};
    }
    case StepAction::Ensure: case StepAction::Release: break;
  }
  const Table* t = s.object.table();
  return visit_object(s.object, overloaded{
      [&](const Schema& x) -> Row { return {"schema", {"step", "name", "comment"}, {n, quote_literal(x.name), text_or_null(x.comment)}}; },
      [&](const Extension& x) -> Row {
        return {"extension", {"step", "name", "sch", "version"}, {n, quote_literal(x.name), quote_literal(x.schema), text_or_null(x.version)}};
      },
      [&](const EnumType& x) -> Row {
        std::vector<std::string> renames;  // new, old, new, old ...
        for (const auto& [to, from] : x.renamed_from.value) renames.insert(renames.end(), {to, from});
        return {"enum", {"step", "sch", "name", "labels", "renamed_from", "recreate", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), x.labels.empty() ? "'{}'" : text_array(x.labels), text_array(renames),
                 boolean(s.drop_extra_parts), text_or_null(x.comment)}};
      },
      [&](const Domain& x) { return domain_row(s, x); },
      [&](const CompositeType& x) -> Row {
        std::vector<std::string> names, types;
        for (const auto& [a, type] : x.attributes) names.push_back(a), types.push_back(type);
        return {"composite", {"step", "sch", "name", "attr_names", "attr_types", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), names.empty() ? "'{}'" : text_array(names),
                 types.empty() ? "'{}'" : text_array(types), text_or_null(x.comment)}};
      },
      [&](const RangeType& x) -> Row {
        return {"range", {"step", "sch", "name", "def", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.definition()), text_or_null(x.comment)}};
      },
      [&](const Sequence& x) -> Row {
        return {"sequence", {"step", "sch", "name", "options", "unlogged", "owned", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(sequence_options_sql(x.params)), boolean(x.unlogged),
                 boolean(!x.owner_table.second.empty()), text_or_null(x.comment)}};
      },
      [&](const Table& x) { return table_row(s, x); },
      [&](const Column& x) { return column_row(s, desired, *t, x); },
      [&](const Constraint& x) { return constraint_row(s, *t, x); },
      [&](const Index& x) { return index_row(s, x); },
      [&](const Function& x) { return function_row(s, x); },
      [&](const Aggregate& x) -> Row {
        return {"aggregate", {"step", "sch", "name", "identity", "def", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.identity), quote_literal(aggregate_sql(x)),
                 text_or_null(x.comment)}};
      },
      [&](const OpFamily& x) -> Row {
        std::vector<std::string> keys, members;
        for (const auto& [k, m] : x.members) keys.push_back(k), members.push_back(m);
        return {"opfamily", {"step", "sch", "name", "method", "keys", "members", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.method), keys.empty() ? "'{}'" : text_array(keys),
                 members.empty() ? "'{}'" : text_array(members), text_or_null(x.comment)}};
      },
      [&](const OpClass& x) -> Row {
        std::vector<std::string> members;
        for (const auto& [k, m] : x.members) members.push_back(m);
        return {"opclass", {"step", "sch", "name", "method", "def", "type", "is_default", "family", "storage", "members", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.method), quote_literal(x.definition()), quote_literal(x.type),
                 boolean(x.is_default), quote_literal(x.family), quote_literal(x.storage), members.empty() ? "'{}'" : text_array(members),
                 text_or_null(x.comment)}};
      },
      [&]<Plain T>(const T& x) -> Row {
        return {"plain", {"step", "kind", "sch", "name", "ident", "target", "def", "replace", "comment"},
                {n, quote_literal(object_kind_name(s.kind)), quote_literal(x.schema), quote_literal(x.name), quote_literal(plain_name(s.kind, x)),
                 quote_literal(std::string(plain_keyword(s.kind)) + " " + plain_name(s.kind, x)), quote_literal(x.def),
                 boolean(plain_replaceable(s.kind)), text_or_null(x.comment)}};
      },
      [&](const ForeignDataWrapper& x) -> Row {
        return {"wrapper", {"step", "name", "def", "handler", "validator", "options", "comment"},
                {n, quote_literal(x.name), quote_literal(x.definition()), quote_literal(x.handler), quote_literal(x.validator),
                 text_or_null(stored_options(x.options)), text_or_null(x.comment)}};
      },
      [&](const ForeignServer& x) -> Row {
        return {"server", {"step", "name", "def", "options", "comment"},
                {n, quote_literal(x.name), quote_literal(x.definition()), text_or_null(stored_options(x.options)), text_or_null(x.comment)}};
      },
      [&](const Collation& x) -> Row {
        return {"collation", {"step", "sch", "name", "def", "provider", "lc_collate", "lc_ctype", "deterministic", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.definition()), quote_literal(std::string(1, x.provider)),
                 quote_literal(x.collate), quote_literal(x.ctype), boolean(x.deterministic), text_or_null(x.comment)}};
      },
      [&](const UserMapping& x) -> Row {
        return {"user_mapping", {"step", "srv", "usr", "def", "options"},
                {n, quote_literal(x.server), quote_literal(x.user), quote_literal(x.definition()), text_or_null(sorted_stored_options(x.options))}};
      },
      [&](const TsDictionary& x) -> Row {
        return {"ts_dictionary", {"step", "sch", "name", "def", "tmpl_sch", "tmpl", "options", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.definition()), quote_literal(x.tmpl.first),
                 quote_literal(x.tmpl.second), quote_literal(x.options_sql()), text_or_null(x.comment)}};
      },
      [&](const TsConfig& x) -> Row {
        return {"ts_config", {"step", "sch", "name", "def", "parser_sch", "parser", "mappings", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.definition()), quote_literal(x.parser.first),
                 quote_literal(x.parser.second), x.mappings.empty() ? "'{}'::text[]" : text_array(x.mapping_lines()), text_or_null(x.comment)}};
      },
      [&](const Operator& x) -> Row {
        return {"operator", {"step", "sch", "name", "lefttype", "righttype", "def", "function", "commutator", "negator", "restrict_fn", "join_fn",
                             "hashes", "merges", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(x.left), quote_literal(x.right), quote_literal(x.definition()),
                 quote_literal(x.function), text_or_null(x.commutator), text_or_null(x.negator), text_or_null(x.restrict), text_or_null(x.join),
                 boolean(x.hashes), boolean(x.merges), text_or_null(x.comment)}};
      },
      [&](const Statistics& x) -> Row {
        const Statistics* p = printed_source<Statistics>(s);
        std::string def = x.definition(), head = "CREATE STATISTICS " + qualified(x.schema, x.name);
        std::string tail = def.substr(head.size(), def.rfind(" FROM ") - head.size());
        return {"statistics", {"step", "sch", "name", "def", "printed", "tsch", "tab", "tail", "target", "comment"},
                {n, quote_literal(x.schema), quote_literal(x.name), quote_literal(def), p ? text_or_null(p->printed.value) : "NULL",
                 quote_literal(x.table.first), quote_literal(x.table.second), quote_literal(tail), std::to_string(x.target), text_or_null(x.comment)}};
      },
      [&](const EventTrigger& x) -> Row {
        return {"event_trigger", {"step", "name", "def", "event", "tags", "function", "enabled", "comment"},
                {n, quote_literal(x.name), quote_literal(x.definition()), quote_literal(x.event), text_array(x.tags), quote_literal(x.function),
                 quote_literal(std::string(1, x.enabled)), text_or_null(x.comment)}};
      },
      [&](const Cast& x) -> Row {
        return {"cast", {"step", "source", "target", "def", "function", "method", "context", "comment"},
                {n, quote_literal(x.source), quote_literal(x.target), quote_literal(x.definition()), text_or_null(x.function),
                 quote_literal(std::string(1, x.method)), quote_literal(std::string(1, x.context)), text_or_null(x.comment)}};
      },
      [&](const Trigger& x) { return trigger_row(s, s.object.relation(), x); },
      [&](const Rule& x) { return rule_row(s, s.object.relation(), x); },
      [&](const Policy& x) { return policy_row(s, *t, x); },
      [&](const View& x) { return view_row(s, x); },
      [&](const Publication& x) { return publication_row(s, x); },
      [&](const Grant&) -> Row { throw std::logic_error("a privilege is ensured by an acl step"); },
      [&](const DefaultGrant&) -> Row { throw std::logic_error("a default privilege is ensured by an acl step"); },
      [&](const OwnerEntry&) -> Row { throw std::logic_error("an owner is ensured by an acl step"); },
  });
}

}  // namespace pgdrift::emit_detail
