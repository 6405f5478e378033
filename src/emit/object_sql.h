// Plain SQL that creates one catalog object as it is (no guards), with its comment: shared by
// `pgdrift dump` (kinds in order) and `pgdrift baseline` (dependency order).
#pragma once
#include <map>
#include <string>

#include "catalog/catalog.h"
#include "catalog/object_kind.h"

namespace pgdrift {

// "COMMENT ON <what> IS '...';\n", or "" without a comment.
std::string comment_sql(const std::string& what, const std::string& text);

std::string schema_sql(const catalog::Schema& s);  // CREATE SCHEMA (not for public) and comment
std::string extension_sql(const catalog::Extension& e);
std::string wrapper_sql(const catalog::ForeignDataWrapper& w);
std::string opfamily_sql(const catalog::OpFamily& f);
std::string opclass_sql(const catalog::OpClass& c);
std::string server_sql(const catalog::ForeignServer& s);
std::string enum_sql(const catalog::EnumType& e);
std::string domain_sql(const catalog::Domain& d);
std::string composite_sql(const catalog::CompositeType& c);
std::string range_sql(const catalog::RangeType& r);
std::string sequence_sql(const catalog::Sequence& s);        // CREATE SEQUENCE (its comment: after OWNED BY)
std::string sequence_owner_sql(const catalog::Sequence& s);  // ALTER SEQUENCE ... OWNED BY, or ""
std::string routine_sql(const catalog::Function& f);
std::string aggregate_create_sql(const catalog::Aggregate& a);
std::string cast_sql(const catalog::Cast& c);
std::string collation_sql(const catalog::Collation& c);
std::string user_mapping_sql(const catalog::UserMapping& m);
std::string ts_dictionary_sql(const catalog::TsDictionary& d);
std::string ts_config_sql(const catalog::TsConfig& c);  // with its mappings
std::string event_trigger_sql(const catalog::EventTrigger& e);
std::string statistics_sql(const catalog::Statistics& st);
std::string operator_sql(const catalog::Operator& o);
std::string index_sql(const catalog::Index& ix);
std::string constraint_sql(const catalog::Table& t, const std::string& name, const catalog::Constraint& c);
std::string policy_sql(const std::string& relation, const std::string& name, const catalog::Policy& p);
std::string view_create_sql(const catalog::View& v);  // the view, its comments and column defaults
std::string publication_sql(const catalog::Publication& p);
// A plain kind's object (catalog/objects.h): its CREATE and comment; the query that finds it.
std::string plain_sql(ObjectKind k, const catalog::PlainObject& p);
std::string plain_exists_sql(ObjectKind k, const catalog::PlainObject& p);  // SELECT 1 FROM ...
// Row-level security of a table: ENABLE / FORCE.
std::string rls_sql(const catalog::Table& t);

// A trigger or rule (`what`: "TRIGGER", "RULE") of relation `id`: created, then its firing state
// when not the default, then its comment.
template <class Part>
std::string part_sql(const std::string& id, const char* what, const std::string& name, const Part& p);

extern template std::string part_sql(const std::string&, const char*, const std::string&, const catalog::Trigger&);
extern template std::string part_sql(const std::string&, const char*, const std::string&, const catalog::Rule&);

}  // namespace pgdrift
