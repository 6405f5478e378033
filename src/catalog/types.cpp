#include "catalog/types.h"

#include <algorithm>
#include <array>
#include <climits>

#include "base/sql_ident.h"

namespace pgdrift::catalog {

namespace {
struct Builtin {
  std::string_view internal;
  std::string_view display;  // format_type() text without typmods
};

// Sorted by internal name.
constexpr std::array<Builtin, 76> kBuiltins = {{
    {"anyarray", "anyarray"},
    {"anycompatible", "anycompatible"},
    {"anyelement", "anyelement"},
    {"anyenum", "anyenum"},
    {"anynonarray", "anynonarray"},
    {"anyrange", "anyrange"},
    {"bit", "bit"},
    {"bool", "boolean"},
    {"box", "box"},
    {"bpchar", "character"},
    {"bytea", "bytea"},
    {"char", "\"char\""},
    {"cidr", "cidr"},
    {"circle", "circle"},
    {"cstring", "cstring"},
    {"date", "date"},
    {"daterange", "daterange"},
    {"event_trigger", "event_trigger"},
    {"fdw_handler", "fdw_handler"},
    {"float4", "real"},
    {"float8", "double precision"},
    {"index_am_handler", "index_am_handler"},
    {"inet", "inet"},
    {"int2", "smallint"},
    {"int4", "integer"},
    {"int4range", "int4range"},
    {"int8", "bigint"},
    {"int8range", "int8range"},
    {"internal", "internal"},
    {"interval", "interval"},
    {"json", "json"},
    {"jsonb", "jsonb"},
    {"jsonpath", "jsonpath"},
    {"language_handler", "language_handler"},
    {"line", "line"},
    {"lseg", "lseg"},
    {"macaddr", "macaddr"},
    {"macaddr8", "macaddr8"},
    {"money", "money"},
    {"name", "name"},
    {"numeric", "numeric"},
    {"numrange", "numrange"},
    {"oid", "oid"},
    {"path", "path"},
    {"pg_lsn", "pg_lsn"},
    {"pg_snapshot", "pg_snapshot"},
    {"point", "point"},
    {"polygon", "polygon"},
    {"record", "record"},
    {"regclass", "regclass"},
    {"regconfig", "regconfig"},
    {"regnamespace", "regnamespace"},
    {"regoper", "regoper"},
    {"regproc", "regproc"},
    {"regprocedure", "regprocedure"},
    {"regrole", "regrole"},
    {"regtype", "regtype"},
    {"table_am_handler", "table_am_handler"},
    {"text", "text"},
    {"tid", "tid"},
    {"time", "time without time zone"},
    {"timestamp", "timestamp without time zone"},
    {"timestamptz", "timestamp with time zone"},
    {"timetz", "time with time zone"},
    {"trigger", "trigger"},
    {"tsquery", "tsquery"},
    {"tsrange", "tsrange"},
    {"tstzrange", "tstzrange"},
    {"tsvector", "tsvector"},
    {"txid_snapshot", "txid_snapshot"},
    {"uuid", "uuid"},
    {"varbit", "bit varying"},
    {"varchar", "character varying"},
    {"void", "void"},
    {"xid", "xid"},
    {"xml", "xml"},
}};

// SQL spellings that reach us unqualified (the parser qualifies keywords like INTEGER itself).
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kAliases = {{
    {"bigint", "int8"}, {"boolean", "bool"}, {"decimal", "numeric"}, {"double precision", "float8"},
    {"int", "int4"}, {"integer", "int4"}, {"real", "float4"}, {"smallint", "int2"},
    {"varbit", "varbit"},
}};

const Builtin* find_builtin(std::string_view internal) {
  auto it = std::lower_bound(kBuiltins.begin(), kBuiltins.end(), internal,
                             [](const Builtin& b, std::string_view n) { return b.internal < n; });
  return it != kBuiltins.end() && it->internal == internal ? &*it : nullptr;
}

// interval typmods: a field mask (bits from PostgreSQL's datetime.h) and a precision.
std::string interval_fields(int64_t mask) {
  constexpr int64_t kYear = 1 << 2, kMonth = 1 << 1, kDay = 1 << 3, kHour = 1 << 10,
                    kMinute = 1 << 11, kSecond = 1 << 12;
  struct F { int64_t mask; const char* text; };
  static const F kFields[] = {
      {kYear, " year"}, {kMonth, " month"}, {kDay, " day"}, {kHour, " hour"}, {kMinute, " minute"},
      {kSecond, " second"}, {kYear | kMonth, " year to month"}, {kDay | kHour, " day to hour"},
      {kDay | kHour | kMinute, " day to minute"}, {kDay | kHour | kMinute | kSecond, " day to second"},
      {kHour | kMinute, " hour to minute"}, {kHour | kMinute | kSecond, " hour to second"},
      {kMinute | kSecond, " minute to second"}};
  for (const F& f : kFields)
    if (f.mask == mask) return f.text;
  return "";
}

std::string typmod_text(std::string_view internal, const std::vector<int64_t>& mods) {
  if (mods.empty()) return "";
  if (internal == "interval") {
    std::string out = interval_fields(mods[0]);
    if (mods.size() > 1) out += "(" + std::to_string(mods[1]) + ")";
    return out;
  }
  if (internal == "numeric") {
    return "(" + std::to_string(mods[0]) + "," + std::to_string(mods.size() > 1 ? mods[1] : 0) + ")";
  }
  std::string out = "(";
  for (size_t i = 0; i < mods.size(); ++i) out += (i ? "," : "") + std::to_string(mods[i]);
  return out + ")";
}
}  // namespace

std::optional<std::string> builtin_type(std::string_view name) {
  for (const auto& [alias, internal] : kAliases)
    if (alias == name) return std::string(internal);
  if (find_builtin(name)) return std::string(name);
  return std::nullopt;
}

std::string format_type(const std::string& schema, const std::string& name,
                        const std::vector<int64_t>& typmods, bool array) {
  std::string out;
  const Builtin* b = schema.empty() ? find_builtin(name) : nullptr;
  if (!b) {
    out = schema.empty() ? quote_ident(name) : qualified(schema, name);
    out += typmod_text(name, typmods);
  } else {
    std::string_view disp = b->display;
    std::string mods = typmod_text(b->internal, typmods);
    // The precision goes before "with/without time zone".
    size_t tz = disp.find(" with");
    if (!mods.empty() && tz != std::string_view::npos && b->internal != "interval") {
      out = std::string(disp.substr(0, tz)) + mods + std::string(disp.substr(tz));
    } else if (b->internal == "interval" && !mods.empty() && mods[0] == '(') {
      out = std::string(disp) + mods;
    } else {
      out = std::string(disp) + mods;
    }
  }
  if (array) out += "[]";
  return out;
}

bool is_default_opclass(const std::string& method, const std::string& type, const std::string& opclass) {
  bool array = type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0;
  if (array) return method == "gin" && opclass == "array_ops";
  std::string base = type;  // typmods removed: "timestamp(3) without time zone" -> "timestamp without time zone"
  if (size_t open = base.find('('); open != std::string::npos) base.erase(open, base.find(')', open) - open + 1);
  std::string internal;
  for (const Builtin& b : kBuiltins)
    if (b.display == base) internal = std::string(b.internal);
  if (internal.empty()) return false;
  if (method == "gin") return internal == "jsonb" && opclass == "jsonb_ops";
  if (method != "btree" && method != "hash") return false;
  if (internal == "varchar") return opclass == "text_ops" || opclass == "varchar_ops";
  if (internal == "bpchar") return opclass == "bpchar_ops";
  return opclass == internal + "_ops";
}

std::optional<std::string> serial_base_type(std::string_view name) {
  if (name == "serial" || name == "serial4") return "integer";
  if (name == "bigserial" || name == "serial8") return "bigint";
  if (name == "smallserial" || name == "serial2") return "smallint";
  return std::nullopt;
}

int64_t seq_type_min(const std::string& type) {
  if (type == "smallint") return SHRT_MIN;
  if (type == "integer") return INT_MIN;
  return INT64_MIN;
}

int64_t seq_type_max(const std::string& type) {
  if (type == "smallint") return SHRT_MAX;
  if (type == "integer") return INT_MAX;
  return INT64_MAX;
}

}  // namespace pgdrift::catalog
