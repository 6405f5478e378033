// Columns: shared by CREATE TABLE and ALTER TABLE ADD COLUMN.
#pragma once
#include "catalog/replay.h"

namespace pgdrift::catalog {

// Adds `def` to `t`: type (serial expanded into a sequence + default + NOT NULL), collation,
// NOT NULL, DEFAULT, identity, generated. Constraints that belong to the table (PK, UNIQUE,
// CHECK, FK, EXCLUDE) are appended to `table_constraints` for the caller to add in order.
void add_column(Replayer& r, Table& t, const ast::ColumnDef& def,
                std::vector<ast::Constraint>& table_constraints);

// Sets a column default; a plain NULL default means no default, as in PostgreSQL.
void set_column_default(Replayer& r, Table& t, Column& c, const Expr& e, const std::string& printed = "");

// Makes `c` an identity column with its own sequence.
void add_identity(Replayer& r, Table& t, Column& c, char kind, const ast::SeqOptions& options);



// Typed tables (replay_typed_table.cpp). OF type: `t` takes the composite type's attributes as
// its columns (those it lacks) and records the type; false when there is no such composite type.
bool make_typed(Replayer& r, Table& t, const ast::QualName& type);
// ALTER TYPE composite ... ADD / DROP / ALTER ATTRIBUTE CASCADE: the typed tables follow.
void alter_typed_tables(Replayer& r, const Key& type, const ast::AlterTableCmd& c);

}  // namespace pgdrift::catalog
