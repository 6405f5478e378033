// The dispatch: one case per libpg_query statement kind, each lowered in its own file.
#include "frontend/lower/lower.h"

#include <algorithm>
#include <cctype>

namespace pgdrift {

namespace {
// Statements that never change the schema pgdrift models.
bool is_not_schema(PgQuery__Node__NodeCase k) {
  switch (k) {
    case PG_QUERY__NODE__NODE_INSERT_STMT: case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT: case PG_QUERY__NODE__NODE_MERGE_STMT:
    case PG_QUERY__NODE__NODE_COPY_STMT: case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
    case PG_QUERY__NODE__NODE_VACUUM_STMT: case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
    case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT: case PG_QUERY__NODE__NODE_LOCK_STMT:
    case PG_QUERY__NODE__NODE_CHECK_POINT_STMT: case PG_QUERY__NODE__NODE_DISCARD_STMT:
    case PG_QUERY__NODE__NODE_NOTIFY_STMT: case PG_QUERY__NODE__NODE_LISTEN_STMT:
    case PG_QUERY__NODE__NODE_UNLISTEN_STMT: case PG_QUERY__NODE__NODE_PREPARE_STMT:
    case PG_QUERY__NODE__NODE_EXECUTE_STMT: case PG_QUERY__NODE__NODE_DEALLOCATE_STMT:
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT: case PG_QUERY__NODE__NODE_CLUSTER_STMT:
    case PG_QUERY__NODE__NODE_REINDEX_STMT: case PG_QUERY__NODE__NODE_CONSTRAINTS_SET_STMT:
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT: case PG_QUERY__NODE__NODE_LOAD_STMT:
    case PG_QUERY__NODE__NODE_DECLARE_CURSOR_STMT: case PG_QUERY__NODE__NODE_FETCH_STMT:
    case PG_QUERY__NODE__NODE_CLOSE_PORTAL_STMT: case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT: case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
    case PG_QUERY__NODE__NODE_DROP_ROLE_STMT: case PG_QUERY__NODE__NODE_CREATEDB_STMT:
    case PG_QUERY__NODE__NODE_DROPDB_STMT: case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT: case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT: case PG_QUERY__NODE__NODE_DROP_TABLE_SPACE_STMT:
      return true;
    default: return false;
  }
}

bool is_privilege(PgQuery__Node__NodeCase k) {
  switch (k) {
    case PG_QUERY__NODE__NODE_GRANT_STMT: case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT: case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
    case PG_QUERY__NODE__NODE_REASSIGN_OWNED_STMT: case PG_QUERY__NODE__NODE_DROP_OWNED_STMT:
    case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
      return true;
    default: return false;
  }
}

}  // namespace

ast::Node lower_statement(PgQuery__Node* n, LowerContext& ctx) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: return lower_create_table(n->create_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return lower_alter_table(n->alter_table_stmt, ctx);
    case PG_QUERY__NODE__NODE_INDEX_STMT: return lower_create_index(n->index_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: return lower_create_sequence(n->create_seq_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return lower_alter_sequence(n->alter_seq_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: return lower_create_enum(n->create_enum_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: return lower_alter_enum(n->alter_enum_stmt, ctx);
    case PG_QUERY__NODE__NODE_RENAME_STMT: return lower_rename(n->rename_stmt, ctx);
    case PG_QUERY__NODE__NODE_DROP_STMT: return lower_drop(n->drop_stmt, ctx);
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return lower_comment(n->comment_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: return lower_create_schema(n->create_schema_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: return lower_create_extension(n->create_extension_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT: return lower_create_event_trigger(n->create_event_trig_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT: return lower_alter_event_trigger(n->alter_event_trig_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT: return lower_create_statistics(n->create_stats_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_STATS_STMT: return lower_alter_statistics(n->alter_stats_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT: return lower_alter_extension(n->alter_extension_stmt, ctx);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return lower_variable_set(n->variable_set_stmt, ctx);
    case PG_QUERY__NODE__NODE_SELECT_STMT: return lower_select(n->select_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
      return lower_alter_object_schema(n->alter_object_schema_stmt, ctx);
    case PG_QUERY__NODE__NODE_DO_STMT: return lower_do(n->do_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: return lower_create_trigger(n->create_trig_stmt, ctx);
    case PG_QUERY__NODE__NODE_RULE_STMT: return lower_create_rule(n->rule_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: return lower_create_policy(n->create_policy_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: return lower_alter_policy(n->alter_policy_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT: return lower_alter_function(n->alter_function_stmt, ctx);
    case PG_QUERY__NODE__NODE_DEFINE_STMT:
      if (n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE) return lower_define(n->define_stmt, ctx);
      if (n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION) return lower_create_collation(n->define_stmt, ctx);
      if (n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR) return lower_create_operator(n->define_stmt, ctx);
      if (n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY) return lower_create_ts_dictionary(n->define_stmt, ctx);
      if (n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION) return lower_create_ts_config(n->define_stmt, ctx);
      if (n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER || n->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE)
        return lower_create_ts_plain(n->define_stmt, ctx);
      break;
    case PG_QUERY__NODE__NODE_ALTER_FOREIGN_SERVER_STMT: return lower_alter_server(n->alter_foreign_server_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT: return lower_create_user_mapping(n->create_user_mapping_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_USER_MAPPING_STMT: return lower_alter_user_mapping(n->alter_user_mapping_stmt, ctx);
    case PG_QUERY__NODE__NODE_DROP_USER_MAPPING_STMT: return lower_drop_user_mapping(n->drop_user_mapping_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_TSDICTIONARY_STMT: return lower_alter_ts_dictionary(n->alter_tsdictionary_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT: return lower_alter_ts_config(n->alter_tsconfiguration_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_CAST_STMT: return lower_create_cast(n->create_cast_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT: return lower_create_server(n->create_foreign_server_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT: return lower_create_opclass(n->create_op_class_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT: return lower_create_opfamily(n->create_op_family_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT: return lower_alter_opfamily(n->alter_op_family_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
      return lower_wrapper(n->create_fdw_stmt->fdwname, n->create_fdw_stmt->func_options, n->create_fdw_stmt->n_func_options,
                           n->create_fdw_stmt->options, n->create_fdw_stmt->n_options, false);
    case PG_QUERY__NODE__NODE_ALTER_FDW_STMT:
      return lower_wrapper(n->alter_fdw_stmt->fdwname, n->alter_fdw_stmt->func_options, n->alter_fdw_stmt->n_func_options,
                           n->alter_fdw_stmt->options, n->alter_fdw_stmt->n_options, true);
    case PG_QUERY__NODE__NODE_CREATE_AM_STMT: return lower_create_access_method(n->create_am_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT: return lower_create_language(n->create_plang_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT: return lower_create_transform(n->create_transform_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT: return lower_create_conversion(n->create_conversion_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: return lower_create_foreign_table(n->create_foreign_table_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: return lower_create_domain(n->create_domain_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT: return lower_alter_domain(n->alter_domain_stmt, ctx);
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: return lower_create_composite(n->composite_type_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: return lower_create_range(n->create_range_stmt, ctx);
    case PG_QUERY__NODE__NODE_VIEW_STMT: return lower_create_view(n->view_stmt, ctx);
    case PG_QUERY__NODE__NODE_GRANT_STMT: return lower_grant_stmt(n->grant_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT: return lower_create_publication(n->create_publication_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT: return lower_alter_publication(n->alter_publication_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
      return lower_default_privileges(n->alter_default_privileges_stmt, ctx);
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: return lower_alter_owner(n->alter_owner_stmt, ctx);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      if (n->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
        return lower_create_matview(n->create_table_as_stmt, ctx);
      return lower_create_table_as(n->create_table_as_stmt, ctx);
    case PG_QUERY__NODE__NODE_CALL_STMT:
      ctx.warn(DiagKind::dynamic_sql, -1, lower_ascii(ctx.tag) + " runs code whose effect on the schema is not simulated");
      return ast::Unsupported{};
    default: break;
  }
  // pgdrift's own runtime (the reconciler's helper functions) lives in schema pgdrift, which is
  // never part of a catalog.
  if (n->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
    auto name = strings_of(n->create_function_stmt->funcname, n->create_function_stmt->n_funcname);
    if (name.size() == 2 && name[0] == "pgdrift") return ast::Ignored{ast::IgnoredWhy::NotSchema};
    return lower_create_function(n->create_function_stmt, ctx);
  }
  if (is_not_schema(n->node_case)) {
    ctx.warn(DiagKind::ignored_stmt, -1, lower_ascii(ctx.tag) + " does not change the schema");
    return ast::Ignored{ast::IgnoredWhy::NotSchema};
  }
  if (is_privilege(n->node_case)) {
    ctx.warn(DiagKind::not_compared, -1, lower_ascii(ctx.tag) + ": ownership and privileges are not compared yet");
    return ast::Ignored{ast::IgnoredWhy::OwnershipOrPrivilege};
  }
  ctx.warn(DiagKind::unsupported_stmt, -1, lower_ascii(ctx.tag) + " is not modelled yet; statement ignored");
  return ast::Unsupported{};
}

}  // namespace pgdrift
