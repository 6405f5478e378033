// GRANT / REVOKE, ALTER DEFAULT PRIVILEGES, ALTER ... OWNER TO.
#include <cctype>

#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
// PostgreSQL's one-letter object kinds for ACLs ('\0' when privileges are not modelled).
char target_of(PgQuery__ObjectType t) {
  switch (t) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
      return 'r';
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return 'S';
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION: case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
      return 'f';
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: return 'n';
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: return 'T';
    default: return '\0';
  }
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void objects_of(const PgQuery__GrantStmt* s, ast::Grant& g, const LowerContext& ctx) {
  for (size_t i = 0; i < s->n_objects; ++i) {
    const PgQuery__Node* o = s->objects[i];
    switch (o->node_case) {
      case PG_QUERY__NODE__NODE_RANGE_VAR: g.objects.push_back(qualname_of(o->range_var, ctx)); break;
      case PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS: g.functions.push_back(func_sig_of(o->object_with_args, ctx)); break;
      case PG_QUERY__NODE__NODE_STRING: g.objects.push_back(qualname_of_list({o->string->sval}, ctx.stmt_span)); break;
      case PG_QUERY__NODE__NODE_LIST:
        g.objects.push_back(qualname_of_list(strings_of(o->list->items, o->list->n_items), ctx.stmt_span));
        break;
      case PG_QUERY__NODE__NODE_TYPE_NAME:
        g.objects.push_back(qualname_of_list(strings_of(o->type_name->names, o->type_name->n_names), ctx.stmt_span));
        break;
      default: break;
    }
  }
}
}  // namespace

ast::Node lower_grant_stmt(const PgQuery__GrantStmt* s, LowerContext& ctx) {
  ast::Grant g;
  g.is_grant = s->is_grant;
  g.grant_option = s->grant_option;
  g.target = target_of(s->objtype);
  if (!g.target) {
    ctx.warn(DiagKind::not_compared, -1, "privileges on this kind of object are not modelled");
    return ast::Ignored{ast::IgnoredWhy::OwnershipOrPrivilege};
  }
  g.all_in_schema = s->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA;
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION) g.routines = 'f';
  if (s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE) g.routines = 'p';
  objects_of(s, g, ctx);
  for (size_t i = 0; i < s->n_privileges; ++i) {
    if (s->privileges[i]->node_case != PG_QUERY__NODE__NODE_ACCESS_PRIV) continue;
    const PgQuery__AccessPriv* p = s->privileges[i]->access_priv;
    std::string name = p->priv_name ? upper(p->priv_name) : "ALL";
    g.privileges.emplace_back(name, strings_of(p->cols, p->n_cols));
  }
  for (size_t i = 0; i < s->n_grantees; ++i)
    if (s->grantees[i]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC) g.grantees.push_back(role_of(s->grantees[i]->role_spec));
  return g;
}

ast::Node lower_default_privileges(const PgQuery__AlterDefaultPrivilegesStmt* s, LowerContext& ctx) {
  if (!s->action) return ast::Ignored{ast::IgnoredWhy::OwnershipOrPrivilege};
  ast::Node n = lower_grant_stmt(s->action, ctx);
  auto* g = std::get_if<ast::Grant>(&n);
  if (!g) return n;
  g->defaults = true;
  for (size_t i = 0; i < s->n_options; ++i) {
    if (s->options[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem* d = s->options[i]->def_elem;
    if (!d->arg || d->arg->node_case != PG_QUERY__NODE__NODE_LIST) continue;
    if (std::string(d->defname) == "schemas") g->default_schemas = strings_of(d->arg->list->items, d->arg->list->n_items);
    if (std::string(d->defname) == "roles")
      for (size_t k = 0; k < d->arg->list->n_items; ++k)
        if (d->arg->list->items[k]->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC)
          g->default_roles.push_back(role_of(d->arg->list->items[k]->role_spec));
  }
  return n;
}

ast::Node lower_alter_owner(const PgQuery__AlterOwnerStmt* s, LowerContext& ctx) {
  ast::AlterOwner o;
  o.target = target_of(s->object_type);
  o.owner = role_of(s->newowner);
  if (!o.target) {
    ctx.warn(DiagKind::not_compared, -1, "owners of this kind of object are not modelled");
    return ast::Ignored{ast::IgnoredWhy::OwnershipOrPrivilege};
  }
  if (s->relation) {
    o.object = qualname_of(s->relation, ctx);
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) {
    o.func = func_sig_of(s->object->object_with_args, ctx);
    o.object = o.func->name;
  } else if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_LIST) {
    o.object = qualname_of_list(strings_of(s->object->list->items, s->object->list->n_items), ctx.stmt_span);
  } else if (s->object) {
    o.object = qualname_of_list({str_of(s->object)}, ctx.stmt_span);
  }
  return o;
}

}  // namespace pgdrift
