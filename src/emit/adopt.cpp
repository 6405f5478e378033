// pgdrift adopt: the objects only the database has, as an idempotent migration in dependency order.
#include <algorithm>

#include "base/sql_ident.h"
#include "base/version.h"
#include "emit/sql_text.h"
#include "emit/object_sql.h"
#include "emit/baseline.h"
#include "emit/baseline_order.h"
#include "emit/report.h"

namespace pgdrift {

using namespace catalog;

namespace {
// `sql` with `word` (a prefix of its first statement) followed by `insert`.
std::string after_prefix(std::string sql, const std::string& word, const std::string& insert) {
  if (sql.rfind(word, 0) == 0) sql.insert(word.size(), insert);
  return sql;
}

std::string do_guard(const std::string& exists, const std::string& sql) {
  return "DO $pgdrift_adopt$ BEGIN\nIF NOT EXISTS (" + exists + ") THEN\n" + sql + "END IF;\nEND $pgdrift_adopt$;\n";
}

// The statement of one step, made idempotent.
std::string guarded(const Step& s, const std::string& sql) {
  if (sql.empty()) return sql;
  auto lit = [](const std::string& v) { return quote_literal(v); };
  switch (s.kind) {
    case ObjectKind::Schema: return after_prefix(sql, "CREATE SCHEMA ", "IF NOT EXISTS ");
    case ObjectKind::Extension: return after_prefix(sql, "CREATE EXTENSION ", "IF NOT EXISTS ");
    case ObjectKind::Server: return after_prefix(sql, "CREATE SERVER ", "IF NOT EXISTS ");
    case ObjectKind::OpFamily:
      return do_guard("SELECT 1 FROM pg_catalog.pg_opfamily WHERE opfname = " + lit(s.object.as<OpFamily>()->name), sql);
    case ObjectKind::OpClass:
      return do_guard("SELECT 1 FROM pg_catalog.pg_opclass WHERE opcname = " + lit(s.object.as<OpClass>()->name), sql);
    case ObjectKind::Wrapper:
      return do_guard("SELECT 1 FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = " + lit(s.object.as<ForeignDataWrapper>()->name), sql);
    case ObjectKind::Sequence: return after_prefix(after_prefix(sql, "CREATE SEQUENCE ", "IF NOT EXISTS "), "CREATE UNLOGGED SEQUENCE ", "IF NOT EXISTS ");
    case ObjectKind::Table: {
      for (const char* w : {"CREATE TABLE ", "CREATE UNLOGGED TABLE ", "CREATE FOREIGN TABLE "})
        if (sql.rfind(w, 0) == 0) return after_prefix(sql, w, "IF NOT EXISTS ");
      return sql;
    }
    case ObjectKind::Column: {
      std::string out = sql;
      if (size_t at = out.find(" ADD COLUMN "); at != std::string::npos) out.insert(at + 12, "IF NOT EXISTS ");
      return out;
    }
    case ObjectKind::Index: return after_prefix(after_prefix(sql, "CREATE INDEX ", "IF NOT EXISTS "), "CREATE UNIQUE INDEX ", "IF NOT EXISTS ");
    case ObjectKind::View:
      return sql.rfind("CREATE MATERIALIZED VIEW ", 0) == 0 ? after_prefix(sql, "CREATE MATERIALIZED VIEW ", "IF NOT EXISTS ")
                                                            : after_prefix(sql, "CREATE ", "OR REPLACE ");
    case ObjectKind::Trigger: return after_prefix(sql, "CREATE ", "OR REPLACE ");
    case ObjectKind::Rule: return after_prefix(sql, "CREATE ", "OR REPLACE ");
    case ObjectKind::Aggregate: return after_prefix(sql, "CREATE ", "OR REPLACE ");
    case ObjectKind::Constraint:
      return do_guard("SELECT 1 FROM pg_catalog.pg_constraint WHERE conname = " + lit(s.object.as<Constraint>()->name), sql);
    case ObjectKind::Policy: {
      const Table& t = *s.object.table();
      return do_guard("SELECT 1 FROM pg_catalog.pg_policies WHERE schemaname = " + lit(t.schema) + " AND tablename = " + lit(t.name) +
                      " AND policyname = " + lit(s.object.as<Policy>()->name), sql);
    }
    case ObjectKind::Operator:
      return do_guard("SELECT 1 FROM pg_catalog.pg_operator WHERE oprcode <> 0 AND oid = to_regoperator(" + lit(s.object.as<Operator>()->id()) + ")", sql);
    case ObjectKind::Statistics:
      return after_prefix(sql, "CREATE STATISTICS ", "IF NOT EXISTS ");
    case ObjectKind::EventTrigger:
      return do_guard("SELECT 1 FROM pg_catalog.pg_event_trigger WHERE evtname = " + lit(s.object.as<EventTrigger>()->name), sql);
    case ObjectKind::Collation:
      return do_guard("SELECT 1 FROM pg_catalog.pg_collation WHERE collname = " + lit(s.object.as<Collation>()->name), sql);
    case ObjectKind::UserMapping: {
      const UserMapping& m = *s.object.as<UserMapping>();
      return do_guard("SELECT 1 FROM pg_catalog.pg_user_mappings WHERE srvname = " + lit(m.server) + " AND usename = " +
                      lit(m.user == "PUBLIC" ? "public" : m.user), sql);
    }
    case ObjectKind::TsDictionary:
      return do_guard("SELECT 1 FROM pg_catalog.pg_ts_dict WHERE dictname = " + lit(s.object.as<TsDictionary>()->name), sql);
    case ObjectKind::TsConfig:
      return do_guard("SELECT 1 FROM pg_catalog.pg_ts_config WHERE cfgname = " + lit(s.object.as<TsConfig>()->name), sql);
    case ObjectKind::Enum: case ObjectKind::Domain: case ObjectKind::Composite: case ObjectKind::Range: {
      std::string name = visit_object(s.object, [](const auto& o) -> std::string {
        if constexpr (requires { o.schema; o.name; }) return o.name;
        else return "";
      });
      return do_guard("SELECT 1 FROM pg_catalog.pg_type WHERE typname = " + lit(name), sql);
    }
    case ObjectKind::AccessMethod: case ObjectKind::Language: case ObjectKind::Transform:
    case ObjectKind::Conversion: case ObjectKind::TsParser: case ObjectKind::TsTemplate:
      return do_guard(plain_exists_sql(s.kind, *visit_object(s.object, [](const auto& o) -> const PlainObject* {
                        if constexpr (Plain<std::decay_t<decltype(o)>>) return &o;
                        else return nullptr;
                      })), sql);
    case ObjectKind::Cast: {
      const Cast& c = *s.object.as<Cast>();
      return do_guard("SELECT 1 FROM pg_catalog.pg_cast WHERE castsource = pg_catalog.to_regtype(" + lit(c.source) +
                      ") AND casttarget = pg_catalog.to_regtype(" + lit(c.target) + ")", sql);
    }
    case ObjectKind::Publication:
      return do_guard("SELECT 1 FROM pg_catalog.pg_publication WHERE pubname = " + lit(s.object.as<Publication>()->name), sql);
    default: return sql;  // routines and aggregates: CREATE OR REPLACE
  }
}

// The step belongs to an adopted object: named, or a part of an adopted table (its columns, keys,
// indexes, triggers, policies and owned sequences).
bool adopted(const Step& s, const std::set<std::string>& ids) {
  if (ids.count(s.id)) return true;
  if (const Table* t = s.object.table()) return ids.count(key_text({t->schema, t->name})) > 0;
  if (const Index* ix = s.object.as<Index>()) return ids.count(key_text({ix->schema, ix->table})) > 0;
  if (const Sequence* q = s.object.as<Sequence>())  // a serial's sequence goes with its table
    return ids.count(key_text({q->schema, q->name})) > 0 || (!q->owner_table.second.empty() && ids.count(key_text(q->owner_table)) > 0);
  return false;
}
// The name its privileges and owner go by (Grant::object), or "".
std::string acl_name(const Step& s) {
  return visit_object(s.object, [](const auto& o) -> std::string {
    using T = std::decay_t<decltype(o)>;
    if constexpr (std::is_same_v<T, Table> || std::is_same_v<T, View>) return "TABLE " + key_text({o.schema, o.name});
    else if constexpr (std::is_same_v<T, Sequence>) return "SEQUENCE " + key_text({o.schema, o.name});
    else if constexpr (std::is_same_v<T, Function>) return acl_function(o);
    else if constexpr (std::is_same_v<T, Schema>) return "SCHEMA " + quote_ident(o.name);
    else if constexpr (std::is_same_v<T, EnumType> || std::is_same_v<T, Domain> || std::is_same_v<T, CompositeType> ||
                       std::is_same_v<T, RangeType>)
      return "TYPE " + key_text({o.schema, o.name});
    else return "";
  });
}
}  // namespace

std::string emit_adopt(const Plan& plan, const Catalog& actual, const Catalog& desired, const std::set<std::string>& ids,
                       const std::string& desired_name, const std::string& actual_name) {
  emit_detail::Layout layout(plan);
  std::vector<std::string> notes;
  std::string out = "-- " + std::string(kVersion) + " adopt: what " + comment_text(actual_name) + " has that " + comment_text(desired_name) +
                    " never defined,\n-- as a migration that makes the repository say it. Idempotent: on the database that has these\n"
                    "-- objects it changes nothing; on one built from the repository it creates them.\n"
                    "SET check_function_bodies = false;\n\n";
  std::set<std::string> acl;
  for (size_t i : layout.order(notes)) {
    const Step& s = plan.steps[i];
    if (!adopted(s, ids)) continue;
    out += guarded(s, emit_detail::step_sql(actual, layout, i));
    if (s.action == StepAction::Ensure) acl.insert(acl_name(s));
  }
  // GRANT, REVOKE and OWNER TO are idempotent as they are
  out += emit_detail::acl_sql(actual, [&](const std::string& o) { return acl.count(o) > 0; });
  std::vector<std::string> repo = emit_detail::default_privilege_lines(desired);
  for (const std::string& line : emit_detail::default_privilege_lines(actual))
    if (std::find(repo.begin(), repo.end(), line) == repo.end()) out += line;
  return out + "RESET check_function_bodies;\n";
}

}  // namespace pgdrift
