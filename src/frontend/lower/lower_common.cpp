// Helpers shared by the lower_*.cpp files: names, types, sequence options, constraints.
#include "base/number.h"
#include "frontend/expr_walk.h"
#include "frontend/lower/lower.h"
#include "frontend/source_slice.h"

namespace pgdrift {

SourceSpan LowerContext::span_at(int32_t location, uint32_t length) const {
  if (location < 0 || static_cast<uint32_t>(location) >= stmt_span.length) return stmt_span;
  return stmt_span.sub(static_cast<uint32_t>(location), length);
}

Expr LowerContext::expr(PgQuery__Node* node, int32_t location) const {
  return Expr(exprs, clone_node(node, *exprs), span_at(location));
}

std::string LowerContext::statement_printed() const { return slice::trimmed(text, begin); }

std::string expression_printed(PgQuery__Node* expr, const LowerContext& ctx) {
  int32_t loc = min_location(expr);
  if (loc < 0 || static_cast<size_t>(loc) >= ctx.text.size()) return "";
  size_t from = static_cast<size_t>(loc), to = slice::element_end(ctx.text, from);
  slice::balance(ctx.text, from, to);
  return slice::trimmed(ctx.text, from, to);
}

void LowerContext::warn(DiagKind kind, int32_t location, std::string message) const {
  diags.report(kind, span_at(location), std::move(message));
}

std::string str_of(const PgQuery__Node* n) {
  if (!n) return "";
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_STRING: return n->string->sval;
    case PG_QUERY__NODE__NODE_INTEGER: return std::to_string(n->integer->ival);
    case PG_QUERY__NODE__NODE_FLOAT: return n->float_->fval;
    case PG_QUERY__NODE__NODE_BOOLEAN: return n->boolean->boolval ? "true" : "false";
    case PG_QUERY__NODE__NODE_A_CONST: {
      const PgQuery__AConst* c = n->a_const;
      switch (c->val_case) {
        case PG_QUERY__A__CONST__VAL_IVAL: return std::to_string(c->ival->ival);
        case PG_QUERY__A__CONST__VAL_FVAL: return c->fval->fval;
        case PG_QUERY__A__CONST__VAL_SVAL: return c->sval->sval;
        case PG_QUERY__A__CONST__VAL_BOOLVAL: return c->boolval->boolval ? "true" : "false";
        default: return "";
      }
    }
    case PG_QUERY__NODE__NODE_TYPE_NAME: {
      const PgQuery__TypeName* t = n->type_name;
      return t->n_names ? str_of(t->names[t->n_names - 1]) : "";
    }
    default: return "";
  }
}

std::vector<std::string> strings_of(PgQuery__Node** items, size_t n) {
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(str_of(items[i]));
  return out;
}

ast::QualName qualname_of(const PgQuery__RangeVar* rv, const LowerContext& ctx) {
  ast::QualName q;
  if (!rv) return q;
  q.schema = rv->schemaname ? rv->schemaname : "";
  q.name = rv->relname ? rv->relname : "";
  q.span = ctx.span_at(rv->location, static_cast<uint32_t>(q.name.size()));
  return q;
}

ast::QualName qualname_of_list(const std::vector<std::string>& names, SourceSpan span) {
  ast::QualName q;
  q.span = span;
  if (names.empty()) return q;
  q.name = names.back();
  if (names.size() >= 2) q.schema = names[names.size() - 2];
  return q;
}

ast::TypeRef type_ref_of(const PgQuery__TypeName* t, const LowerContext& ctx) {
  ast::TypeRef r;
  if (!t) return r;
  r.names = strings_of(t->names, t->n_names);
  for (size_t i = 0; i < t->n_typmods; ++i) {
    const PgQuery__Node* m = t->typmods[i];
    if (m->node_case == PG_QUERY__NODE__NODE_A_CONST && m->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
      r.typmods.push_back(m->a_const->ival->ival);
      r.typmod_texts.push_back(std::to_string(m->a_const->ival->ival));
    } else if (m->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && m->column_ref->n_fields == 1) {
      r.typmod_texts.push_back(str_of(m->column_ref->fields[0]));  // geometry(Point, 4326)
    } else if (m->node_case == PG_QUERY__NODE__NODE_A_CONST) {
      r.typmod_texts.push_back(str_of(m));
    } else {
      ctx.warn(DiagKind::unsupported_clause, t->location, "type modifier is not a plain integer");
    }
  }
  r.array = t->n_array_bounds > 0;
  r.pct_type = t->pct_type;
  r.span = ctx.span_at(t->location);
  r.setof = t->setof;
  return r;
}

namespace {
std::optional<int64_t> int_arg(const PgQuery__DefElem* d) {
  if (!d->arg) return std::nullopt;
  std::string s = str_of(d->arg);
  return to_int64(s);  // out of range: PostgreSQL refuses the statement
}
}  // namespace

ast::SeqOptions seq_options_of(PgQuery__Node** opts, size_t n, const LowerContext& ctx) {
  ast::SeqOptions o;
  for (size_t i = 0; i < n; ++i) {
    if (opts[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = opts[i]->def_elem;
    std::string name = d->defname;
    if (name == "as") o.as_type = type_ref_of(d->arg ? d->arg->type_name : nullptr, ctx);
    else if (name == "increment") o.increment = int_arg(d);
    else if (name == "start") o.start = int_arg(d);
    else if (name == "restart") o.restart = d->arg ? int_arg(d) : std::optional<int64_t>(0);
    else if (name == "cache") o.cache = int_arg(d);
    else if (name == "minvalue") { if (d->arg) o.minvalue = int_arg(d); else o.no_minvalue = true; }
    else if (name == "maxvalue") { if (d->arg) o.maxvalue = int_arg(d); else o.no_maxvalue = true; }
    else if (name == "cycle") o.cycle = d->arg ? str_of(d->arg) == "true" || str_of(d->arg) == "1" : true;
    else if (name == "owned_by") {
      auto parts = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST
                       ? strings_of(d->arg->list->items, d->arg->list->n_items)
                       : std::vector<std::string>{};
      if (parts.size() == 1 && parts[0] == "none") parts.clear();
      o.owned_by = parts;
    } else if (name == "sequence_name") {
      auto parts = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST
                       ? strings_of(d->arg->list->items, d->arg->list->n_items)
                       : std::vector<std::string>{};
      o.sequence_qualname = qualname_of_list(parts, ctx.span_at(d->location));
    } else {
      ctx.warn(DiagKind::unsupported_clause, d->location, "sequence option '" + name + "' is not modelled");
    }
  }
  return o;
}

ast::IndexElem index_elem_of(const PgQuery__IndexElem* e, const LowerContext& ctx) {
  ast::IndexElem out;
  if (e->name && *e->name) out.column = e->name;
  if (e->expr) {
    Expr x = ctx.expr(e->expr);
    std::string col = x.as_column();  // "(col)" is a plain column to PostgreSQL
    if (!col.empty()) out.column = col;
    else out.expr = std::move(x);
  }
  out.collation = strings_of(e->collation, e->n_collation);
  out.opclass = strings_of(e->opclass, e->n_opclass);
  for (size_t i = 0; i < e->n_opclassopts; ++i)
    if (e->opclassopts[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM) {
      const PgQuery__DefElem* d = e->opclassopts[i]->def_elem;
      out.opclass_options.emplace_back(d->defname, d->arg ? str_of(d->arg) : "true");
    }
  out.ordering = e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_ASC ? 1
                 : e->ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC ? 2 : 0;
  out.nulls = e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST ? 1
              : e->nulls_ordering == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST ? 2 : 0;
  return out;
}

ast::ObjKind obj_kind_of(PgQuery__ObjectType t) {
  switch (t) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: return ast::ObjKind::Schema;
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: return ast::ObjKind::Extension;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: return ast::ObjKind::Table;
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: return ast::ObjKind::Column;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: return ast::ObjKind::Constraint;
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: return ast::ObjKind::Index;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return ast::ObjKind::Sequence;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: return ast::ObjKind::Type;
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: return ast::ObjKind::Type;
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT: return ast::ObjKind::DomainConstraint;
    case PG_QUERY__OBJECT_TYPE__OBJECT_ATTRIBUTE: return ast::ObjKind::Attribute;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW: return ast::ObjKind::View;
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: return ast::ObjKind::MatView;
    case PG_QUERY__OBJECT_TYPE__OBJECT_PUBLICATION: return ast::ObjKind::Publication;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION: return ast::ObjKind::Function;
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: return ast::ObjKind::Function;
    case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE: return ast::ObjKind::Aggregate;
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE: return ast::ObjKind::Procedure;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER: return ast::ObjKind::Trigger;
    case PG_QUERY__OBJECT_TYPE__OBJECT_RULE: return ast::ObjKind::Rule;
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: return ast::ObjKind::Policy;
    case PG_QUERY__OBJECT_TYPE__OBJECT_CAST: return ast::ObjKind::Cast;
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: return ast::ObjKind::Collation;
    case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER: return ast::ObjKind::EventTrigger;
    case PG_QUERY__OBJECT_TYPE__OBJECT_STATISTIC_EXT: return ast::ObjKind::Statistics;
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR: return ast::ObjKind::Operator;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY: return ast::ObjKind::TsDictionary;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION: return ast::ObjKind::TsConfig;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER: return ast::ObjKind::Server;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FDW: return ast::ObjKind::Wrapper;
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS: return ast::ObjKind::OpClass;
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPFAMILY: return ast::ObjKind::OpFamily;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE: return ast::ObjKind::ForeignTable;
    case PG_QUERY__OBJECT_TYPE__OBJECT_ACCESS_METHOD: return ast::ObjKind::AccessMethod;
    case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE: return ast::ObjKind::Language;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRANSFORM: return ast::ObjKind::Transform;
    case PG_QUERY__OBJECT_TYPE__OBJECT_CONVERSION: return ast::ObjKind::Conversion;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER: return ast::ObjKind::TsParser;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE: return ast::ObjKind::TsTemplate;
    default: return ast::ObjKind::Other;
  }
}

}  // namespace pgdrift

namespace pgdrift {

std::vector<std::pair<std::string, std::string>> def_options_of(PgQuery__Node** items, size_t n) {
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = items[i]->def_elem;
    std::string name = d->defnamespace && *d->defnamespace ? std::string(d->defnamespace) + "." + d->defname : d->defname;
    out.emplace_back(name, d->arg ? str_of(d->arg) : "true");
  }
  return out;
}

std::string def_word_of(const PgQuery__Node* a) {
  if (!a) return "true";
  if (a->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
    std::vector<std::string> n = strings_of(a->type_name->names, a->type_name->n_names);
    return n.empty() ? "" : n.back();
  }
  if (a->node_case == PG_QUERY__NODE__NODE_BOOLEAN) return a->boolean->boolval ? "true" : "false";
  return str_of(a);
}

std::vector<std::string> def_names_of(const PgQuery__Node* a) {
  if (!a) return {};
  if (a->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) return strings_of(a->type_name->names, a->type_name->n_names);
  if (a->node_case == PG_QUERY__NODE__NODE_LIST) return strings_of(a->list->items, a->list->n_items);
  return {str_of(a)};
}

std::string role_of(const PgQuery__RoleSpec* r) {
  if (!r) return "";
  switch (r->roletype) {
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC: return "PUBLIC";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER: return "CURRENT_USER";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE: return "CURRENT_ROLE";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER: return "SESSION_USER";
    default: return r->rolename ? r->rolename : "";
  }
}

}  // namespace pgdrift
