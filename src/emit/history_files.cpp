// Placeholder migrations for remote-only versions, and the verification queries of the objects
// the pending migrations create.
#include <algorithm>

#include "base/sql_ident.h"
#include "diff/inventory.h"
#include "emit/object_sql.h"
#include "emit/history.h"

namespace pgdrift {

namespace {
std::string slug(std::string name) {
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name.empty() ? "remote_only" : name;
}

// The file a remote-only version gets, named the way the folder's tool names its migrations.
std::string placeholder_path(const HistoryContext& c, const HistoryEntry& e) {
  if (c.local.extension == ".rb") return e.version + "_remote_only_" + e.version + ".rb";
  switch (c.ledger.kind) {
    case LedgerKind::Prisma: return e.name + "/migration.sql";
    case LedgerKind::Flyway: return "V" + e.version + "__" + slug(e.name) + ".sql";
    case LedgerKind::GolangMigrate: return e.version + "_" + slug(e.name) + ".up.sql";
    default: return e.version + "_" + slug(e.name) + ".sql";
  }
}

std::string placeholder_text(const HistoryContext& c, const HistoryEntry& e) {
  const LedgerEntry& row = c.ledger.entries[e.rows.back()];
  bool ruby = c.local.extension == ".rb";
  std::string mark = ruby ? "# " : "-- ";
  std::string out = mark + "pgdrift history: placeholder for migration " + e.version + (e.name.empty() ? "" : " (" + e.name + ")") +
                    "\n" + mark + "applied on the database (" + c.sources.describe(row.span) + ", ledger " + ledger_table(c.ledger) +
                    ") but never committed to " + c.folder + ".\n";
  if (ruby)
    return out + "# The database already has its changes: this file only aligns the history.\nclass RemoteOnly" + e.version +
           " < ActiveRecord::Migration[6.0]\n  def change; end\nend\n";
  if (c.ledger.kind == LedgerKind::Dbmate) out += "-- migrate:up\n";
  if (row.statements && !row.statements->empty()) {
    out += "-- The ledger holds the statements it ran; they are below, as recorded.\n\n";
    for (const std::string& s : *row.statements) out += s + ";\n\n";
  } else {
    out += "-- The database already has its changes: this file only aligns the history.\n";
  }
  if (c.ledger.kind == LedgerKind::Dbmate) out += "\n-- migrate:down\n";
  return out;
}
}  // namespace

std::vector<std::pair<std::string, std::string>> history_placeholders(const HistoryContext& c) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const HistoryEntry& e : c.report.entries)
    if (e.status == HistoryStatus::RemoteOnly && !e.rows.empty()) out.emplace_back(placeholder_path(c, e), placeholder_text(c, e));
  return out;
}

namespace {
using namespace catalog;

std::string regclass(const std::string& schema, const std::string& name) {
  return "to_regclass(" + quote_literal(quote_ident(schema) + "." + quote_ident(name)) + ")";
}

// The check that an object exists, or "" for kinds without one (privileges, owners, casts).
std::string exists_check(const ObjectRef& r) {
  const Key rel = r.relation();  // named, not bound: lambdas capture them (clang 14)
  const std::string &rs = rel.first, &rn = rel.second;
  auto in_relation = [&](const std::string& catalog_table, const std::string& rel_col, const std::string& name_col,
                         const std::string& name) {
    return "EXISTS (SELECT FROM pg_catalog." + catalog_table + " WHERE " + rel_col + " = " + regclass(rs, rn) + " AND " +
           name_col + " = " + quote_literal(name) + ")";
  };
  return visit_object(r, [&](const auto& o) -> std::string {
    using T = std::decay_t<decltype(o)>;
    if constexpr (std::is_same_v<T, Schema>) return "EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, Extension>) return "EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, Table> || std::is_same_v<T, View> || std::is_same_v<T, Sequence>) return regclass(o.schema, o.name) + " IS NOT NULL";
    else if constexpr (std::is_same_v<T, Index>) return regclass(o.schema, o.name) + " IS NOT NULL";
    else if constexpr (std::is_same_v<T, EnumType> || std::is_same_v<T, Domain> || std::is_same_v<T, CompositeType> || std::is_same_v<T, RangeType>)
      return "to_regtype(" + quote_literal(quote_ident(o.schema) + "." + quote_ident(o.name)) + ") IS NOT NULL";
    else if constexpr (std::is_same_v<T, Function> || std::is_same_v<T, Aggregate>)
      return "EXISTS (SELECT FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND p.proname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, Column>) return in_relation("pg_attribute", "attrelid", "NOT attisdropped AND attname", o.name);
    else if constexpr (std::is_same_v<T, Constraint>) return in_relation("pg_constraint", "conrelid", "conname", o.name);
    else if constexpr (std::is_same_v<T, Trigger>) return in_relation("pg_trigger", "tgrelid", "tgname", o.name);
    else if constexpr (std::is_same_v<T, Policy>) return in_relation("pg_policy", "polrelid", "polname", o.name);
    else if constexpr (std::is_same_v<T, Rule>) return in_relation("pg_rewrite", "ev_class", "rulename", o.name);
    else if constexpr (std::is_same_v<T, Publication>) return "EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, Operator>)
      return "to_regoperator(" + quote_literal(o.id()) + ") IS NOT NULL";
    else if constexpr (std::is_same_v<T, Statistics>)
      return "EXISTS (SELECT FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND s.stxname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, EventTrigger>)
      return "EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, Collation>)
      return "EXISTS (SELECT FROM pg_catalog.pg_collation c JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND c.collname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, UserMapping>)
      return "EXISTS (SELECT FROM pg_catalog.pg_user_mappings WHERE srvname = " + quote_literal(o.server) + " AND usename = " +
             quote_literal(o.user == "PUBLIC" ? "public" : o.user) + ")";
    else if constexpr (std::is_same_v<T, TsDictionary>)
      return "EXISTS (SELECT FROM pg_catalog.pg_ts_dict d JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND d.dictname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, TsConfig>)
      return "EXISTS (SELECT FROM pg_catalog.pg_ts_config c JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND c.cfgname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, OpFamily>)
      return "EXISTS (SELECT FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND f.opfname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, OpClass>)
      return "EXISTS (SELECT FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_namespace n ON n.oid = c.opcnamespace WHERE n.nspname = " +
             quote_literal(o.schema) + " AND c.opcname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, ForeignDataWrapper>)
      return "EXISTS (SELECT FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = " + quote_literal(o.name) + ")";
    else if constexpr (std::is_same_v<T, ForeignServer>) return "EXISTS (SELECT FROM pg_catalog.pg_foreign_server WHERE srvname = " + quote_literal(o.name) + ")";
    else if constexpr (Plain<T>) return "EXISTS (" + plain_exists_sql(kind_of<T>::value, o) + ")";
    else if constexpr (std::is_same_v<T, Cast>)
      return "EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = to_regtype(" + quote_literal(o.source) + ") AND casttarget = to_regtype(" +
             quote_literal(o.target) + "))";
    else if constexpr (std::is_same_v<T, Grant> || std::is_same_v<T, DefaultGrant> || std::is_same_v<T, OwnerEntry>) return "";  // not objects
    else static_assert(sizeof(T) == 0, "every kind of the registry needs its existence check");
  });
}
}  // namespace

std::string history_verify(const Catalog& desired, const std::set<uint32_t>& files, const SourceManager& sources) {
  std::vector<std::string> rows;
  for_each_object(desired, [&](const ObjectRef& r) {
    SourceSpan at = visit_object(r, [](const auto& o) -> SourceSpan {
      if constexpr (requires { o.origin; }) return o.origin.span;
      else return SourceSpan{};
    });
    if (!at.valid() || !files.count(at.file)) return;
    std::string check = exists_check(r);
    if (check.empty()) return;
    rows.push_back("  (" + quote_literal(inventory_kind(r)) + ", " + quote_literal(object_id(r)) + ", " +
                   quote_literal(sources.describe(at)) + ", " + check + ")");
  });
  std::string values;
  for (size_t i = 0; i < rows.size(); ++i) values += rows[i] + (i + 1 < rows.size() ? ",\n" : "\n");
  std::string out = "-- pgdrift history: verification queries for the objects the pending migrations create.\n"
                    "-- Read-only. Run after applying them: psql -v ON_ERROR_STOP=1 -f THIS_FILE fails naming what is missing.\n";
  if (rows.empty()) return out + "-- the pending migrations create no object pgdrift can check\n";
  out += "SELECT kind, object, defined_at, present FROM (VALUES\n" + values + ") AS v(kind, object, defined_at, present);\n\n";
  out += "DO $pgdrift_verify$\nDECLARE\n  missing text;\nBEGIN\n  SELECT string_agg(kind || ' ' || object, ', ') INTO missing FROM (VALUES\n" +
         values + "  ) AS v(kind, object, defined_at, present) WHERE NOT present;\n"
         "  IF missing IS NOT NULL THEN\n    RAISE EXCEPTION 'pgdrift history verify: missing %', missing;\n  END IF;\nEND\n$pgdrift_verify$;\n";
  return out;
}

}  // namespace pgdrift
