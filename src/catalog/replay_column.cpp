#include "catalog/replay_column.h"

#include "base/sql_ident.h"
#include "catalog/names.h"
#include "catalog/replay_sequence.h"
#include "catalog/types.h"

namespace pgdrift::catalog {

void set_column_default(Replayer& r, Table& t, Column& c, const Expr& e) {
  StoredExpr s = r.store(e, &t);
  if (s.canonical == "NULL") c.default_expr.reset();
  else c.default_expr = std::move(s);
}

void add_identity(Replayer& r, Table& t, Column& c, char kind, const ast::SeqOptions& options) {
  c.identity = kind;
  c.not_null = true;
  create_column_sequence(r, t, c.name, c.type, &options, true);
}

namespace {
void add_serial(Replayer& r, Table& t, Column& c, const std::string& base) {
  c.type = base;
  c.not_null = true;
  ast::SeqOptions opts;
  std::string seq = create_column_sequence(r, t, c.name, base, &opts, false);
  std::string call = "nextval(" + quote_literal(qualified(t.schema, seq)) + "::regclass)";
  if (std::optional<Expr> e = parse_expression(call)) set_column_default(r, t, c, *e);
}
}  // namespace

void add_column(Replayer& r, Table& t, const ast::ColumnDef& def,
                std::vector<ast::Constraint>& table_constraints) {
  std::string name = truncate_identifier(def.name);
  if (t.columns.count(name)) {
    r.warn(DiagKind::duplicate_object, "column " + quote_ident(name) + " already exists", def.span);
    return;
  }
  Column& c = t.columns[name];
  c.name = name;
  c.origin = Origin{def.span};
  t.column_order.value.push_back(name);
  std::optional<std::string> serial =
      def.type.names.size() == 1 && !def.type.array ? serial_base_type(def.type.names[0]) : std::nullopt;
  if (serial) add_serial(r, t, c, *serial);
  else c.type = r.column_type_of(def.type);
  c.collation = r.collation_of(def.collation);
  for (const ast::Constraint& k : def.constraints) {
    switch (k.kind) {
      case ast::ConstraintKind::NotNull: c.not_null = true; break;
      case ast::ConstraintKind::Null: c.not_null = false; break;
      case ast::ConstraintKind::Default: if (k.expr) set_column_default(r, t, c, *k.expr); break;
      case ast::ConstraintKind::Identity: add_identity(r, t, c, k.identity, k.identity_options); break;
      case ast::ConstraintKind::Generated: if (k.expr) c.generated = r.store(*k.expr, &t); break;
      default: table_constraints.push_back(k); break;
    }
  }
}

}  // namespace pgdrift::catalog
