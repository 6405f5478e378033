#include "frontend/dump_data.h"

#include <charconv>

#include "base/sql_ident.h"
#include "frontend/pg_parse.h"
#include "frontend/script.h"

namespace pgdrift {

namespace {
std::optional<CopyBlock> copy_block(const StatementText& st, const PgQuery__Node* n) {
  if (n->node_case != PG_QUERY__NODE__NODE_COPY_STMT || !n->copy_stmt->relation) return std::nullopt;
  const PgQuery__CopyStmt* c = n->copy_stmt;
  CopyBlock out{c->relation->schemaname, c->relation->relname, {}, st.data, st.span};
  for (size_t i = 0; i < c->n_attlist; ++i)
    if (c->attlist[i]->node_case == PG_QUERY__NODE__NODE_STRING) out.columns.push_back(c->attlist[i]->string->sval);
  return out;
}

// setval('schema.name', value[, is_called]) with constants only.
std::optional<SequenceValue> setval_call(const StatementText& st, const PgQuery__Node* n) {
  if (n->node_case != PG_QUERY__NODE__NODE_SELECT_STMT || n->select_stmt->n_target_list != 1) return std::nullopt;
  const PgQuery__Node* v = n->select_stmt->target_list[0]->res_target->val;
  if (!v || v->node_case != PG_QUERY__NODE__NODE_FUNC_CALL) return std::nullopt;
  const PgQuery__FuncCall* f = v->func_call;
  const PgQuery__Node* last = f->n_funcname ? f->funcname[f->n_funcname - 1] : nullptr;
  if (!last || last->node_case != PG_QUERY__NODE__NODE_STRING || std::string_view(last->string->sval) != "setval") return std::nullopt;
  if (f->n_args < 2 || f->n_args > 3) return std::nullopt;
  auto constant = [&](size_t i) -> const PgQuery__AConst* {
    return f->args[i]->node_case == PG_QUERY__NODE__NODE_A_CONST ? f->args[i]->a_const : nullptr;
  };
  const PgQuery__AConst *name = constant(0), *value = constant(1), *called = f->n_args == 3 ? constant(2) : nullptr;
  if (!name || name->val_case != PG_QUERY__A__CONST__VAL_SVAL || !value) return std::nullopt;
  SequenceValue out;
  std::vector<std::string> parts = split_name_literal(name->sval->sval);
  out.name = parts.back();
  if (parts.size() >= 2) out.schema = parts[parts.size() - 2];
  if (value->val_case == PG_QUERY__A__CONST__VAL_IVAL) out.value = value->ival->ival;
  else if (value->val_case == PG_QUERY__A__CONST__VAL_FVAL) {  // beyond int32: kept as text
    std::string_view t = value->fval->fval;
    if (std::from_chars(t.data(), t.data() + t.size(), out.value).ec != std::errc()) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (f->n_args == 3) {
    if (!called || called->val_case != PG_QUERY__A__CONST__VAL_BOOLVAL) return std::nullopt;
    out.is_called = called->boolval->boolval;
  }
  out.span = st.span;
  return out;
}
}  // namespace

DumpData read_dump_data(const SourceManager& sources, const std::vector<uint32_t>& files, DiagnosticEngine& diags) {
  DumpData out;
  for (uint32_t id : files)
    for (const StatementText& st : split_script(sources, id, diags)) {
      bool copy = starts_with_word_ci(st.text, "copy");
      if (!copy && !starts_with_word_ci(st.text, "select")) continue;
      ParseFailure err;
      std::optional<ParseOutput> parsed = parse_sql(st.text, err);
      if (!parsed || parsed->tree->n_stmts != 1 || !parsed->tree->stmts[0]->stmt) continue;
      const PgQuery__Node* n = parsed->tree->stmts[0]->stmt;
      if (copy) {
        if (auto c = copy_block(st, n)) out.copies.push_back(std::move(*c));
      } else if (auto v = setval_call(st, n)) {
        out.values.push_back(std::move(*v));
      }
    }
  return out;
}

std::optional<int64_t> column_max(std::string_view data, size_t index) {
  std::optional<int64_t> top;
  for_each_copy_row(data, [&](std::string_view row) {
    size_t from = 0;
    for (size_t i = 0; i < index && from != std::string_view::npos; ++i) {
      size_t tab = row.find('\t', from);
      from = tab == std::string_view::npos ? tab : tab + 1;
    }
    if (from == std::string_view::npos) return;
    std::string_view field = row.substr(from, row.find('\t', from) - from);
    int64_t v = 0;
    auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    if (ec == std::errc() && end == field.data() + field.size() && (!top || v > *top)) top = v;  // \N and non-integers skipped
  });
  return top;
}

}  // namespace pgdrift
