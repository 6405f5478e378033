// SQL definitions of catalog objects, shared by the dump and the reconciler.
#pragma once
#include <string>

#include "catalog/catalog.h"

namespace pgdrift {

// "AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE",
// the same text pgdrift.sequence_options() builds on the server.
std::string sequence_options_sql(const catalog::SeqParams& p, bool with_type = true);

// A column as in CREATE TABLE: name, type, collation, generated, default, NOT NULL, identity.
std::string column_definition_sql(const catalog::Catalog& cat, const catalog::Table& t, const catalog::Column& c);

// CREATE [UNLOGGED] TABLE with every column (constraints are added separately).
std::string create_table_sql(const catalog::Catalog& cat, const catalog::Table& t);
// "name='value', ..." of storage parameters or column options.
std::string storage_options_sql(const std::map<std::string, std::string>& options);
// ALTER TABLE ONLY ... ALTER COLUMN ... SET STATISTICS / SET (...) / SET STORAGE of every column
// whose settings are not the defaults ("" when none).
std::string column_settings_sql(const catalog::Table& t);
std::string column_settings_sql(const catalog::Table& t, const catalog::Column& c);  // one column's

// CREATE OR REPLACE FUNCTION / PROCEDURE with every attribute pgdrift models.
std::string function_sql(const catalog::Function& f);

// CREATE AGGREGATE with every option.
std::string aggregate_sql(const catalog::Aggregate& a);

// CREATE [MATERIALIZED] VIEW with its options (`replace`: CREATE OR REPLACE, plain views only).
std::string view_sql(const catalog::View& v, bool replace = false);
// A view that reads itself: CREATE VIEW over the query it replaced ("" for other views).
std::string view_placeholder_sql(const catalog::View& v);
// " (a, b) AS SELECT ...": a view's columns and query, what follows its name (and options).
std::string view_tail(const catalog::View& v);
// The options as a view's reloptions print them: "check_option=local,security_invoker=true".
std::string view_options_text(const catalog::View& v);

// The identity sequence of a column, or nullptr.
const catalog::Sequence* identity_sequence_of(const catalog::Catalog& cat, const catalog::Table& t, const std::string& column);

}  // namespace pgdrift
