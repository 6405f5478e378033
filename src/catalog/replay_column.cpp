#include "catalog/replay_column.h"

#include "base/sql_ident.h"
#include "frontend/literal_canon.h"
#include "catalog/names.h"
#include "catalog/replay_sequence.h"
#include "catalog/types.h"

namespace pgdrift::catalog {

// The base type of a column's type (through domains).
std::string base_type_of(const Catalog& cat, const std::string& type) {
  for (const auto& [k, d] : cat.domains)
    if (key_text(k) == type) return base_type_of(cat, d.base_type);
  return type;
}

void set_column_default(Replayer& r, Table& t, Column& c, const Expr& e, const std::string& printed) {
  StoredExpr s = r.store(e, &t, printed);
  // A tsvector literal is stored in tsvector's own form ('.' becomes '''.''').
  const std::string& text = s.canonical;
  if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' && base_type_of(r.cat, c.type) == "tsvector") {
    std::string value;
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      value += text[i];
      if (text[i] == '\'' && text[i + 1] == '\'') ++i;
    }
    s.canonical = quote_literal(canonical_tsvector(value));
  }
  // DEFAULT NULL is no default, unless coercing it to the column's type is more than a constant:
  // a type with a modifier (varchar(10), numeric(5,2)) or a domain keeps NULL::type as its default.
  std::optional<Key> type_key = parse_qualified(c.type);
  bool coerced = c.type.find('(') != std::string::npos || (type_key && r.cat.domains.count(*type_key));
  if (s.canonical == "NULL" && !coerced) c.default_expr.reset();
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
  c.type_printed.value = serial ? "" : def.type_printed;
  c.collation = r.collation_of(def.collation);
  c.compression = def.compression;
  for (const ast::Constraint& k : def.constraints) {
    switch (k.kind) {
      case ast::ConstraintKind::NotNull: c.not_null = true; break;
      case ast::ConstraintKind::Null: c.not_null = false; break;
      case ast::ConstraintKind::Default: if (k.expr) set_column_default(r, t, c, *k.expr, k.printed); break;
      case ast::ConstraintKind::Identity: add_identity(r, t, c, k.identity, k.identity_options); break;
      case ast::ConstraintKind::Generated: if (k.expr) c.generated = r.store(*k.expr, &t, k.printed); break;
      default: table_constraints.push_back(k); break;
    }
  }
}

}  // namespace pgdrift::catalog
