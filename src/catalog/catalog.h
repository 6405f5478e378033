// The normalized catalog: what a schema *is*, independent of how its SQL was written.
// A value type: two catalogs are equal exactly when pgdrift sees no drift between them.
// Where an object is defined (Origin) and texts kept only for printing (Shown) never take
// part in equality.
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "catalog/model_base.h"
#include "catalog/objects.h"

namespace pgdrift::catalog {

struct Column {
  std::string name;
  std::string type;       // format_type() text, user types schema-qualified
  Shown<std::string> type_printed;
  std::string collation;  // "" = the type's default; else qualified, e.g. pg_catalog."C"
  bool not_null = false;
  OptExpr default_expr;
  OptExpr generated;  // GENERATED ALWAYS AS (...) STORED
  char identity = 0;                    // 'a' ALWAYS, 'd' BY DEFAULT (its sequence is in
                                        // Catalog::sequences with identity = true)
  int statistics = -1;                  // SET STATISTICS; -1 = the server's default target
  char storage = 0;                     // SET STORAGE p, e, x, m; 0 = the type's default
  std::string compression;              // pglz, lz4; "" = default_toast_compression
  std::map<std::string, std::string> options;  // SET (n_distinct = ...)
  std::string comment;
  Origin origin;
  bool operator==(const Column&) const = default;
};

enum class ConType { PrimaryKey, Unique, ForeignKey, Check, Exclude };

struct Constraint {
  std::string name;
  ConType type = ConType::Check;
  std::vector<std::string> columns;  // keys, FK local columns
  std::vector<std::string> include;
  std::map<std::string, std::string> index_options;  // WITH (fillfactor=...) of its index
  bool clustered = false;                            // ALTER TABLE ... CLUSTER ON its index
  bool nulls_not_distinct = false;
  OptExpr check;   // CHECK expression
  Key ref_table;                     // FOREIGN KEY
  std::vector<std::string> ref_columns;
  char match = 's', on_update = 'a', on_delete = 'a';
  std::vector<std::string> on_delete_set_columns;  // ON DELETE SET NULL / SET DEFAULT (a, b)
  std::string exclude_using;          // EXCLUDE: "gist (c WITH &&)" canonical
  OptExpr exclude_where;
  bool deferrable = false, initially_deferred = false, no_inherit = false, not_valid = false;
  std::string comment;
  Shown<std::string> printed;  // the definition, as pg_get_constraintdef prints it
  Origin origin;
  bool operator==(const Constraint&) const = default;
  std::string definition() const;  // pg_get_constraintdef() style
};

struct IndexKey {
  std::string column;                  // plain column, or
  OptExpr expr;      // expression
  std::string collation, opclass;      // qualified / bare as PostgreSQL prints
  std::string opclass_options;         // "siglen='32'", as pg_get_indexdef prints them
  bool desc = false;
  int nulls = 0;                       // 0 default for the direction, 1 FIRST, 2 LAST (non-default only)
  bool operator==(const IndexKey&) const = default;
};

struct Index {
  std::string schema, name, table;  // table is in the same schema
  bool unique = false, nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<IndexKey> keys;
  std::vector<std::string> include;
  std::vector<std::pair<std::string, std::string>> options;  // storage parameters, sorted by name
  Shown<std::vector<std::pair<std::string, std::string>>> options_written;  // in the order written (kept so)
  OptExpr where;
  bool clustered = false;                  // ALTER TABLE ... CLUSTER ON this index
  std::map<int, int> column_statistics;    // ALTER INDEX ... ALTER COLUMN n SET STATISTICS
  std::string comment;
  Shown<std::string> printed;  // CREATE INDEX ..., as pg_get_indexdef prints it
  Origin origin;
  bool operator==(const Index&) const = default;
  std::string definition() const;  // pg_get_indexdef() style
};

struct Trigger {
  std::string name;
  std::string timing;   // BEFORE, AFTER, INSTEAD OF
  std::string events;   // "INSERT OR UPDATE OF a, b" in PostgreSQL's order
  bool row = false;
  OptExpr when;
  std::string function;  // qualified name
  std::vector<std::string> args;
  bool constraint = false, deferrable = false, initially_deferred = false;
  Key from_table;        // constraint trigger FROM table (empty = none)
  std::string referencing;  // transition tables: "OLD TABLE AS o NEW TABLE AS n"
  char enabled = 'O';    // O origin (default), D disabled, A always, R replica
  std::string comment;
  Shown<std::string> printed;  // CREATE TRIGGER ..., as pg_get_triggerdef prints it
  Origin origin;
  bool operator==(const Trigger&) const = default;
  std::string definition(const std::string& table) const;  // pg_get_triggerdef() style
};

// A rewrite rule (CREATE RULE) of a table or view; a view's own "_RETURN" rule is the view.
struct Rule {
  std::string name;
  std::string event;          // SELECT, INSERT, UPDATE, DELETE
  bool instead = false;
  std::string where;          // canonical condition ("" = none)
  std::string actions;        // canonical actions, "; "-separated ("" = NOTHING)
  Shown<std::string> where_sql, actions_sql;  // runnable, names qualified
  char enabled = 'O';         // as pg_rewrite.ev_enabled
  std::string comment;
  Shown<Refs> refs;           // what its condition and actions use
  Origin origin;
  bool operator==(const Rule&) const = default;
  std::string definition(const std::string& relation) const;  // CREATE RULE ..., runnable
};

struct Policy {
  std::string name;
  bool permissive = true;
  std::string cmd = "all";          // all, select, insert, update, delete
  std::vector<std::string> roles;   // sorted; {"public"} by default
  OptExpr using_expr, check_expr;
  std::string comment;
  Origin origin;
  bool operator==(const Policy&) const = default;
  std::string definition(const std::string& table) const;  // CREATE POLICY ...
};

struct Table {
  std::string schema, name;
  std::map<std::string, Column> columns;
  Shown<std::vector<std::string>> column_order;  // attnum order, for printing
  std::map<std::string, Constraint> constraints;
  std::map<std::string, Trigger> triggers;
  std::map<std::string, Rule> rules;
  std::map<std::string, Policy> policies;
  bool unlogged = false;
  std::string access_method;  // "" = heap (tables of other access methods: CREATE ACCESS METHOD)
  std::map<std::string, std::string> options;  // storage parameters (WITH, SET); toast.* included
  bool rls_enabled = false, rls_forced = false;
  std::string partition_by;       // "RANGE (created)"; "" = not partitioned
  Shown<std::vector<std::string>> partition_key_columns;  // key columns ("" for expressions)
  Key partition_of;               // parent of a partition; empty = not a partition
  std::string partition_bound;    // "FOR VALUES IN (1, 2)", "DEFAULT"
  std::vector<Key> inherits;      // INHERITS parents, in order
  Key of_type;                    // a typed table (OF type): its composite type; empty = not typed
  char replica_identity = 'd';    // d default (primary key), f full, n nothing, i index
  std::string replica_index;      // with 'i'
  Shown<bool> from_query;         // CREATE TABLE AS: a column type the query does not state is "" (not compared)
  Shown<std::string> query_sql;   // its query, to create it again
  std::string foreign_server;      // a foreign table: its server ("" = an ordinary table)
  std::vector<std::pair<std::string, std::string>> foreign_options;  // as written
  // The platform's table (platform.h): a shell holding only what the project attaches to it
  // (triggers, policies, rules); never created, altered or dropped.
  bool external = false;
  std::string comment;
  Origin origin;
  bool operator==(const Table&) const = default;
  const Column* column(const std::string& n) const;
};

// A view or materialized view. Its query is compared in canonical form (query_canon.h):
// the way PostgreSQL stores it, independent of how it was written.
struct View {
  std::string schema, name;
  bool materialized = false;
  std::vector<std::string> columns;  // output column names, in order
  std::string definition;            // canonical query (compared)
  Shown<std::string> sql;            // the query to run, names qualified
  std::vector<std::pair<std::string, std::string>> options;  // sorted: check_option, security_invoker, storage
  std::string access_method;         // materialized views; "" = heap
  Shown<bool> with_no_data;          // materialized views created WITH NO DATA (not compared)
  std::map<std::string, std::string> column_comments;
  std::map<std::string, StoredExpr> column_defaults;  // ALTER VIEW v ALTER COLUMN c SET DEFAULT
  std::string comment;
  Shown<std::vector<Key>> reads;     // tables and views its query reads, for ordering
  Shown<std::string> printed;        // the query, as pg_get_viewdef prints it
  Shown<Refs> refs;                  // functions and types it uses, relations it reads
  std::map<std::string, Trigger> triggers;  // INSTEAD OF (and statement) triggers on the view
  std::map<std::string, Rule> rules;
  Shown<std::string> placeholder;    // a query reading the view itself: the query it replaced, to
                                     // create the view over first (as pg_dump does)
  Origin origin;
  bool operator==(const View&) const = default;
};

struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<Key, EnumType> enums;
  std::map<Key, Domain> domains;
  std::map<Key, CompositeType> composites;
  std::map<Key, RangeType> ranges;
  std::map<Key, Sequence> sequences;
  std::map<Key, Table> tables;
  std::map<Key, Index> indexes;
  std::map<Key, Function> functions;  // key: (schema, "name(identity args)")
  std::map<Key, Aggregate> aggregates;  // key: (schema, "name(identity args)")
  std::map<Key, Cast> casts;            // key: (source, target)
  std::map<Key, Collation> collations;
  std::map<Key, TsDictionary> ts_dictionaries;
  std::map<Key, TsConfig> ts_configs;
  std::map<Key, UserMapping> user_mappings;  // (server, user)
  std::map<std::string, EventTrigger> event_triggers;
  std::map<Key, Statistics> statistics;
  std::map<Key, Operator> operators;  // key: (schema, "name(left,right)")
  std::map<std::string, ForeignDataWrapper> wrappers;
  std::map<Key, OpFamily> opfamilies;  // (schema, "name/method")
  std::map<Key, OpClass> opclasses;    // (schema, "name/method")
  std::map<std::string, ForeignServer> servers;
  std::map<Key, View> views;
  std::map<std::string, Publication> publications;
  // The plain kinds (objects.h), keyed (schema, name); "" schema outside schemas.
  std::map<Key, AccessMethod> access_methods;
  std::map<Key, Language> languages;
  std::map<Key, Transform> transforms;  // (type, language)
  std::map<Key, Conversion> conversions;
  std::map<Key, TsParser> ts_parsers;
  std::map<Key, TsTemplate> ts_templates;
  // Objects referenced but never defined (auth.users in Supabase projects): not compared.
  Shown<std::set<std::string>> externals;
  // Privileges and owners: roles differ between environments, so they are compared only when
  // asked (diff options), never by ==.
  Shown<std::set<Grant>> grants;
  Shown<std::set<DefaultGrant>> default_grants;
  // The built-in defaults (EXECUTE on functions, USAGE on types to PUBLIC) that a FOR ROLE
  // revoked, with that role: default_grants compares them whoever revoked, the reconciler
  // revokes (or grants back) them for the role that did.
  Shown<std::set<DefaultGrant>> revoked_builtins;
  Shown<std::map<std::string, std::string>> owners;  // object (as in Grant) -> role
  // Every name a table constraint has had (never shrinks), so that relation_exists and
  // constraint_name_taken answer "no" without scanning a schema's tables (quadratic in a dump
  // of thousands of tables). An index, not state: equal for any two catalogs.
  struct NamesSeen {
    std::unordered_set<std::string> names;
    bool operator==(const NamesSeen&) const { return true; }
  } constraint_names;
  void note_constraint_name(const std::string& n) { constraint_names.names.insert(n); }
  bool operator==(const Catalog&) const = default;

  Catalog();  // a fresh database: schema public
  void forget_printed();  // after a rename: the texts as written no longer say what the server prints
  bool relation_exists(const Key& k) const;  // table, view, index or sequence
  // The first function (in key order) of `schema` called `name`, any arguments; nullptr if none.
  const Function* function_named(const std::string& schema, const std::string& name) const;
  bool type_exists(const Key& k) const;      // enum, domain, composite or range
};

// The plain kinds (objects.h): the map of one in a catalog, and f(map) for each, in registry order.
template <class T>
concept Plain = std::is_base_of_v<PlainObject, T>;
template <Plain T, class C>
auto& plain_map(C& cat) {
  if constexpr (std::is_same_v<T, AccessMethod>) return cat.access_methods;
  else if constexpr (std::is_same_v<T, Language>) return cat.languages;
  else if constexpr (std::is_same_v<T, TsParser>) return cat.ts_parsers;
  else if constexpr (std::is_same_v<T, TsTemplate>) return cat.ts_templates;
  else if constexpr (std::is_same_v<T, Conversion>) return cat.conversions;
  else { static_assert(std::is_same_v<T, Transform>); return cat.transforms; }
}
template <class C, class F>
void for_each_plain_map(C& cat, F&& f) {
  f(cat.access_methods);
  f(cat.languages);
  f(cat.ts_parsers);
  f(cat.ts_templates);
  f(cat.conversions);
  f(cat.transforms);
}

// The objects privileges and owners are kept for, as Grant::object names them
// ("TABLE public.t", "FUNCTION public.f(integer)", "SCHEMA app", "TYPE public.mood").
std::set<std::string> acl_objects(const Catalog& cat);
std::string acl_function(const Function& f);  // "FUNCTION public.f(integer)"
// The privileges PostgreSQL gives an object by itself (USAGE on schema public, EXECUTE on
// functions and USAGE on types to PUBLIC): when the desired schema lacks one, it was revoked.
std::vector<Grant> builtin_grants(const std::string& object);

// "TABLES", "SEQUENCES", "FUNCTIONS", "TYPES", "SCHEMAS": a DefaultGrant kind as SQL names it.
const char* default_grant_kind_sql(char kind);

// "public.t (a, b) WHERE (...)": a publication's table as SQL.
std::string publication_table_sql(const Key& k, const PublicationTable& t);

// "TABLE public.t (email): UPDATE TO app WITH GRANT OPTION": a grant as reports name it.
std::string grant_text(const Grant& g);

// Views ordered so that each comes after the views it reads (otherwise by key).
std::vector<Key> views_in_dependency_order(const Catalog& cat);
// The views that read `key`, directly or through other views, readers after what they read.
std::vector<Key> views_reading(const Catalog& cat, const Key& key);

// "schema.name" with each part quoted as needed.
std::string key_text(const Key& k);

// The first routine of `routines` (functions or aggregates, keyed (schema, "name(identity)")) of
// `schema` called `name` that `accept` takes, in key order; routines.end() if none. The routines
// of one name are contiguous from "name(" (a name that itself holds "(" shares the prefix,
// hence the check of the name).
template <class Routines, class Accept>
typename Routines::const_iterator find_named(const Routines& routines, const std::string& schema, const std::string& name,
                                             Accept&& accept) {
  const std::string prefix = name + "(";
  for (auto it = routines.lower_bound(Key{schema, prefix});
       it != routines.end() && it->first.first == schema && it->first.second.compare(0, prefix.size(), prefix) == 0; ++it)
    if (it->second.name == name && accept(it->second)) return it;
  return routines.end();
}
// The key of a qualified name as key_text or format_type print it ("public.t", "app.\"T\"[]",
// "public.geometry(Point,4326)": array brackets and type modifiers left out); nullopt when the
// name is not qualified (built in).
std::optional<Key> parse_qualified(std::string_view text);

}  // namespace pgdrift::catalog
