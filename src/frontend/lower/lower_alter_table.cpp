// ALTER TABLE (and ALTER INDEX/SEQUENCE/VIEW, which share the statement node).
#include "frontend/lower/lower.h"

namespace pgdrift {

namespace {
using ast::AlterKind;

ast::RelKind relkind_of(PgQuery__ObjectType t) {
  switch (t) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: return ast::RelKind::Index;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return ast::RelKind::Sequence;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW: return ast::RelKind::View;
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: return ast::RelKind::MatView;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE: return ast::RelKind::ForeignTable;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: return ast::RelKind::Type;
    default: return ast::RelKind::Table;
  }
}

void lower_set_identity(const PgQuery__AlterTableCmd* c, ast::AlterTableCmd& out, LowerContext& ctx) {
  if (!c->def || c->def->node_case != PG_QUERY__NODE__NODE_LIST) return;
  PgQuery__List* l = c->def->list;
  std::vector<PgQuery__Node*> seq_opts;
  for (size_t i = 0; i < l->n_items; ++i) {
    PgQuery__Node* n = l->items[i];
    if (n->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && std::string(n->def_elem->defname) == "generated") {
      out.identity = static_cast<char>(std::stoi(str_of(n->def_elem->arg)));
    } else {
      seq_opts.push_back(n);
    }
  }
  out.seq_options = seq_options_of(seq_opts.data(), seq_opts.size(), ctx);
}

// Fills `out` from `c`; false when the action is not modelled (already reported).
bool lower_cmd(const PgQuery__AlterTableCmd* c, ast::AlterTableCmd& out, LowerContext& ctx) {
  out.column = c->name ? c->name : "";
  out.missing_ok = c->missing_ok;
  out.cascade = c->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
  auto def_is = [&](PgQuery__Node__NodeCase k) { return c->def && c->def->node_case == k; };
  switch (c->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
      out.kind = AlterKind::AddColumn;
      if (def_is(PG_QUERY__NODE__NODE_COLUMN_DEF)) out.column_def = column_def_of(c->def->column_def, ctx);
      return out.column_def.has_value();
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn: out.kind = AlterKind::DropColumn; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
      out.kind = c->def ? AlterKind::SetDefault : AlterKind::DropDefault;
      if (c->def) {
        out.expr = ctx.expr(c->def);
        out.printed = expression_printed(c->def, ctx);
      }
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull: out.kind = AlterKind::SetNotNull; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull: out.kind = AlterKind::DropNotNull; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
      out.kind = AlterKind::AlterType;
      if (!def_is(PG_QUERY__NODE__NODE_COLUMN_DEF)) return false;
      const PgQuery__ColumnDef* d = c->def->column_def;
      out.type = type_ref_of(d->type_name, ctx);
      if (d->coll_clause) out.collation = strings_of(d->coll_clause->collname, d->coll_clause->n_collname);
      if (d->raw_default) out.expr = ctx.expr(d->raw_default);
      return true;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
      out.kind = AlterKind::AddConstraint;
      if (def_is(PG_QUERY__NODE__NODE_CONSTRAINT)) out.constraint = constraint_of(c->def->constraint, ctx);
      return out.constraint.has_value();
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: out.kind = AlterKind::DropConstraint; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: out.kind = AlterKind::ValidateConstraint; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
      out.kind = AlterKind::AddIdentity;
      if (def_is(PG_QUERY__NODE__NODE_CONSTRAINT)) out.constraint = constraint_of(c->def->constraint, ctx);
      return out.constraint.has_value();
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity:
      out.kind = AlterKind::SetIdentity;
      lower_set_identity(c, out, ctx);
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity: out.kind = AlterKind::DropIdentity; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression: out.kind = AlterKind::DropExpression; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged: out.kind = AlterKind::SetLogged; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod: out.kind = AlterKind::SetAccessMethod; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged: out.kind = AlterKind::SetUnlogged; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity: out.kind = AlterKind::EnableRls; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity: out.kind = AlterKind::DisableRls; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity: out.kind = AlterKind::ForceRls; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity: out.kind = AlterKind::NoForceRls; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig: out.kind = AlterKind::EnableTrigger; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig: out.kind = AlterKind::DisableTrigger; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig: out.kind = AlterKind::EnableAlwaysTrigger; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig: out.kind = AlterKind::EnableReplicaTrigger; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRule: out.kind = AlterKind::EnableRule; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRule: out.kind = AlterKind::DisableRule; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysRule: out.kind = AlterKind::EnableAlwaysRule; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaRule: out.kind = AlterKind::EnableReplicaRule; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
      out.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition ? AlterKind::AttachPartition : AlterKind::DetachPartition;
      if (!def_is(PG_QUERY__NODE__NODE_PARTITION_CMD) || !c->def->partition_cmd->name) return false;
      out.relation = qualname_of(c->def->partition_cmd->name, ctx);
      if (c->def->partition_cmd->bound) out.bound = partition_bound_of(c->def->partition_cmd->bound, ctx);
      return true;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit:
      out.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit ? AlterKind::Inherit : AlterKind::NoInherit;
      if (!def_is(PG_QUERY__NODE__NODE_RANGE_VAR)) return false;
      out.relation = qualname_of(c->def->range_var, ctx);
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddOf:
      out.kind = AlterKind::OfType;
      if (!def_is(PG_QUERY__NODE__NODE_TYPE_NAME)) return false;
      out.relation = qualname_of_list(strings_of(c->def->type_name->names, c->def->type_name->n_names), ctx.stmt_span);
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropOf: out.kind = AlterKind::NotOf; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity:
      out.kind = AlterKind::ReplicaIdentity;
      if (!def_is(PG_QUERY__NODE__NODE_REPLICA_IDENTITY_STMT)) return false;
      out.column = c->def->replica_identity_stmt->identity_type ? c->def->replica_identity_stmt->identity_type : "d";
      if (c->def->replica_identity_stmt->name) out.relation.name = c->def->replica_identity_stmt->name;
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
      out.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions ? AlterKind::SetOptions : AlterKind::ResetOptions;
      if (def_is(PG_QUERY__NODE__NODE_LIST)) out.options = def_options_of(c->def->list->items, c->def->list->n_items);
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
      out.kind = AlterKind::SetStatistics;
      out.column_number = c->num;
      if (def_is(PG_QUERY__NODE__NODE_INTEGER)) out.statistics = c->def->integer->ival;
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
      out.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage ? AlterKind::SetStorage : AlterKind::SetCompression;
      if (!def_is(PG_QUERY__NODE__NODE_STRING)) return false;
      out.printed = c->def->string->sval;
      out.printed = lower_ascii(out.printed);
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
      out.kind = c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions ? AlterKind::SetColumnOptions : AlterKind::ResetColumnOptions;
      if (def_is(PG_QUERY__NODE__NODE_LIST)) out.options = def_options_of(c->def->list->items, c->def->list->n_items);
      return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn: out.kind = AlterKind::ClusterOn; return true;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster: out.kind = AlterKind::DropCluster; return true;
    default: {
      const ProtobufCEnumValue* v = protobuf_c_enum_descriptor_get_value(
          &pg_query__alter_table_type__descriptor, c->subtype);
      std::string what = v ? v->name : "?";
      if (what.rfind("AT_", 0) == 0) what.erase(0, 3);
      ctx.warn(DiagKind::unsupported_clause, -1, "alter table action '" + what + "' is not modelled");
      return false;
    }
  }
}
}  // namespace

ast::Node lower_alter_table(PgQuery__AlterTableStmt* s, LowerContext& ctx) {
  ast::AlterTable at;
  at.table = qualname_of(s->relation, ctx);
  at.relkind = relkind_of(s->objtype);
  at.if_exists = s->missing_ok;
  at.only = s->relation && !s->relation->inh;
  bool only_owner = s->n_cmds > 0;
  ast::AlterOwner owner;  // ALTER TABLE/VIEW/SEQUENCE ... OWNER TO (pg_dump's form for all three)
  owner.target = at.relkind == ast::RelKind::Sequence ? 'S' : 'r';
  owner.object = at.table;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    if (s->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
    const PgQuery__AlterTableCmd* c = s->cmds[i]->alter_table_cmd;
    if (c->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) {
      if (c->newowner && c->newowner->rolename) owner.owner = c->newowner->rolename;
      continue;
    }
    only_owner = false;
    ast::AlterTableCmd cmd;
    cmd.span = ctx.stmt_span;
    if (lower_cmd(c, cmd, ctx)) at.cmds.push_back(std::move(cmd));
  }
  if (only_owner && at.relkind != ast::RelKind::Index && !owner.owner.empty()) return owner;
  if (only_owner) return ast::Ignored{ast::IgnoredWhy::OwnershipOrPrivilege};
  return at;
}

}  // namespace pgdrift
