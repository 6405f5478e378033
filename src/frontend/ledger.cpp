#include "frontend/ledger.h"

#include <algorithm>
#include <map>

#include "base/sql_ident.h"
#include "frontend/dump_data.h"
#include "frontend/pg_parse.h"
#include "frontend/script.h"

namespace pgdrift {

const char* ledger_kind_name(LedgerKind kind) {
  switch (kind) {
    case LedgerKind::Supabase: return "supabase";
    case LedgerKind::Prisma: return "prisma";
    case LedgerKind::Flyway: return "flyway";
    case LedgerKind::GolangMigrate: return "golang-migrate";
    case LedgerKind::Dbmate: return "dbmate";
  }
  return "dbmate";
}

std::optional<LedgerKind> ledger_kind_named(std::string_view name) {
  for (LedgerKind k : {LedgerKind::Supabase, LedgerKind::Prisma, LedgerKind::Flyway, LedgerKind::GolangMigrate,
                       LedgerKind::Dbmate})
    if (name == ledger_kind_name(k)) return k;
  if (name == "rails") return LedgerKind::Dbmate;
  return std::nullopt;
}

namespace {
using Value = std::optional<std::string>;  // nullopt: NULL

struct Row {
  std::vector<std::string> columns;  // empty: the table's own order
  std::vector<Value> values;
  SourceSpan span;
};

struct Table {
  LedgerKind kind;
  std::string name;                  // as written
  std::vector<std::string> columns;  // from its CREATE TABLE, when the source has one
  std::vector<Row> rows;
};

// The columns each tool creates, in order: for INSERTs without a column list when the source
// holds no CREATE TABLE.
std::vector<std::string> default_columns(LedgerKind kind) {
  switch (kind) {
    case LedgerKind::Supabase: return {"version", "statements", "name"};
    case LedgerKind::Prisma:
      return {"id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at",
              "applied_steps_count"};
    case LedgerKind::Flyway:
      return {"installed_rank", "version", "description", "type", "script", "checksum", "installed_by",
              "installed_on", "execution_time", "success"};
    case LedgerKind::GolangMigrate: return {"version", "dirty"};
    case LedgerKind::Dbmate: return {"version"};
  }
  return {};
}

// The ledger a table name is, by the names the tools give them.
std::optional<LedgerKind> kind_of_table(std::string_view schema, std::string_view name) {
  if (name == "schema_migrations")
    return schema == "supabase_migrations" ? LedgerKind::Supabase : LedgerKind::Dbmate;
  if (name == "_prisma_migrations") return LedgerKind::Prisma;
  if (name == "flyway_schema_history") return LedgerKind::Flyway;
  return std::nullopt;
}

// One field of COPY's text format, its backslash escapes decoded.
std::string copy_unescape(std::string_view f) {
  std::string out;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '\\' || i + 1 == f.size()) {
      out += f[i];
      continue;
    }
    char c = f[++i];
    switch (c) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      default:
        if (c >= '0' && c <= '7') {
          int v = 0, n = 0;
          for (; n < 3 && i < f.size() && f[i] >= '0' && f[i] <= '7'; ++n, ++i) v = v * 8 + (f[i] - '0');
          --i;
          out += static_cast<char>(v);
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::vector<Row> copy_rows(std::string_view data, const std::vector<std::string>& columns, const SourceSpan& span) {
  std::vector<Row> rows;
  for_each_copy_row(data, [&](std::string_view text) {
    if (text.empty()) return;
    Row row{columns, {}, span};
    size_t from = 0;
    while (true) {
      size_t tab = text.find('\t', from);
      std::string_view f = text.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from);
      row.values.push_back(f == "\\N" ? Value{} : Value{copy_unescape(f)});
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    rows.push_back(std::move(row));
  });
  return rows;
}

// A constant of an INSERT's VALUES: strings, numbers, booleans, casts of them, ARRAY[...] of
// strings; any other expression (now(), ...) is a non-NULL value pgdrift does not read.
Value constant(const PgQuery__Node* n) {
  if (!n) return std::string();
  if (n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST) return constant(n->type_cast->arg);
  if (n->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR) {
    std::vector<std::string> items;
    for (size_t i = 0; i < n->a_array_expr->n_elements; ++i) items.push_back(constant(n->a_array_expr->elements[i]).value_or(""));
    return array_literal(items);
  }
  if (n->node_case != PG_QUERY__NODE__NODE_A_CONST) return std::string("?");
  const PgQuery__AConst* c = n->a_const;
  if (c->isnull) return std::nullopt;
  switch (c->val_case) {
    case PG_QUERY__A__CONST__VAL_SVAL: return std::string(c->sval->sval);
    case PG_QUERY__A__CONST__VAL_IVAL: return std::to_string(c->ival->ival);
    case PG_QUERY__A__CONST__VAL_FVAL: return std::string(c->fval->fval);
    case PG_QUERY__A__CONST__VAL_BOOLVAL: return std::string(c->boolval->boolval ? "true" : "false");
    default: return std::string("?");
  }
}

std::vector<std::string> string_list(PgQuery__Node** items, size_t n, bool res_targets) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (res_targets && items[i]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) out.push_back(items[i]->res_target->name);
    else if (items[i]->node_case == PG_QUERY__NODE__NODE_STRING) out.push_back(items[i]->string->sval);
  }
  return out;
}

std::string qualified(const PgQuery__RangeVar* r) {
  return *r->schemaname ? std::string(r->schemaname) + "." + r->relname : std::string(r->relname);
}

// Collects the ledger tables' definitions and rows from one parsed statement.
class Collector {
 public:
  std::map<std::string, Table> tables;  // by qualified name

  void statement(const StatementText& st, const PgQuery__Node* n) {
    switch (n->node_case) {
      case PG_QUERY__NODE__NODE_CREATE_STMT: return create(n->create_stmt);
      case PG_QUERY__NODE__NODE_COPY_STMT: return copy(st, n->copy_stmt);
      case PG_QUERY__NODE__NODE_INSERT_STMT: return insert(st, n->insert_stmt);
      default: return;
    }
  }

 private:
  Table* table(const PgQuery__RangeVar* r) {
    if (!r) return nullptr;
    std::optional<LedgerKind> k = kind_of_table(r->schemaname, r->relname);
    if (!k) return nullptr;
    auto [it, added] = tables.try_emplace(qualified(r), Table{*k, qualified(r), {}, {}});
    return &it->second;
  }
  void create(const PgQuery__CreateStmt* c) {
    Table* t = table(c->relation);
    if (!t) return;
    t->columns.clear();
    for (size_t i = 0; i < c->n_table_elts; ++i)
      if (c->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) t->columns.push_back(c->table_elts[i]->column_def->colname);
  }
  void copy(const StatementText& st, const PgQuery__CopyStmt* c) {
    Table* t = table(c->relation);
    if (!t || !c->is_from) return;
    std::vector<Row> rows = copy_rows(st.data, string_list(c->attlist, c->n_attlist, false), st.span);
    t->rows.insert(t->rows.end(), rows.begin(), rows.end());
  }
  void insert(const StatementText& st, const PgQuery__InsertStmt* s) {
    Table* t = table(s->relation);
    if (!t || !s->select_stmt || s->select_stmt->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return;
    const PgQuery__SelectStmt* sel = s->select_stmt->select_stmt;
    std::vector<std::string> columns = string_list(s->cols, s->n_cols, true);
    for (size_t i = 0; i < sel->n_values_lists; ++i) {
      const PgQuery__Node* list = sel->values_lists[i];
      if (list->node_case != PG_QUERY__NODE__NODE_LIST) continue;
      Row row{columns, {}, st.span};
      for (size_t j = 0; j < list->list->n_items; ++j) row.values.push_back(constant(list->list->items[j]));
      t->rows.push_back(std::move(row));
    }
  }
};

bool truthy(const Value& v) { return v && (*v == "t" || *v == "true" || *v == "1" || *v == "TRUE"); }

// The row's fields by column name.
struct Fields {
  std::map<std::string, Value> by_name;
  Value get(const std::string& c) const {
    auto it = by_name.find(c);
    return it == by_name.end() ? Value{} : it->second;
  }
  std::string text(const std::string& c) const { return get(c).value_or(""); }
};

Fields fields_of(const Table& t, const Row& r) {
  const std::vector<std::string>& cols =
      !r.columns.empty() ? r.columns : !t.columns.empty() ? t.columns : default_columns(t.kind);
  Fields f;
  for (size_t i = 0; i < r.values.size() && i < cols.size(); ++i) f.by_name[cols[i]] = r.values[i];
  return f;
}

LedgerEntry entry_of(LedgerKind kind, const Fields& f, const SourceSpan& span) {
  LedgerEntry e;
  e.span = span;
  e.version = f.text("version");
  switch (kind) {
    case LedgerKind::Supabase:
      e.name = f.text("name");
      if (Value s = f.get("statements")) e.statements = parse_array_literal(*s);
      break;
    case LedgerKind::Prisma: {
      e.name = f.text("migration_name");
      e.version = e.name.substr(0, std::min(e.name.find('_'), e.name.size()));
      e.checksum = f.get("checksum");
      if (f.get("rolled_back_at")) e.state = LedgerState::RolledBack;
      else if (!f.get("finished_at")) e.state = LedgerState::Failed;
      break;
    }
    case LedgerKind::Flyway:
      e.name = f.text("description");
      e.checksum = f.get("checksum");
      e.script = f.text("script");
      e.type = f.text("type");
      if (!truthy(f.get("success"))) e.state = LedgerState::Failed;
      break;
    case LedgerKind::GolangMigrate:
      e.dirty = truthy(f.get("dirty"));
      if (e.dirty) e.state = LedgerState::Failed;
      break;
    case LedgerKind::Dbmate: break;
  }
  return e;
}

Ledger ledger_of(const Table& t) {
  Ledger l;
  l.kind = t.kind;
  l.table = t.name;
  for (const Row& r : t.rows) l.entries.push_back(entry_of(t.kind, fields_of(t, r), r.span));
  return l;
}

// golang-migrate's schema_migrations has a dirty column; dbmate's and Rails' do not.
void tell_golang(Table& t) {
  if (t.kind != LedgerKind::Dbmate) return;
  auto has_dirty = [](const std::vector<std::string>& c) { return std::find(c.begin(), c.end(), "dirty") != c.end(); };
  bool dirty = has_dirty(t.columns);
  for (const Row& r : t.rows) dirty = dirty || has_dirty(r.columns) || (r.columns.empty() && r.values.size() == 2);
  if (dirty) t.kind = LedgerKind::GolangMigrate;
}

// A plain list: every line that is not blank or a comment starts with a version ("1", "1.2",
// "20240101120000"), optionally followed by a name. nullopt when a line is anything else.
std::optional<std::vector<LedgerEntry>> version_list(const SourceManager& sources, uint32_t id) {
  const SourceFile& file = sources.file(id);
  std::vector<LedgerEntry> out;
  std::string_view text = file.text();
  uint32_t offset = 0;
  while (offset < text.size()) {
    size_t eol = text.find('\n', offset);
    size_t end = eol == std::string_view::npos ? text.size() : eol;
    std::string_view line = text.substr(offset, end - offset);
    uint32_t start = offset;
    offset = static_cast<uint32_t>(end + 1);
    size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string_view::npos || line.substr(b, 1) == "#" || line.substr(b, 2) == "--") continue;
    line.remove_prefix(b);
    size_t v = line.find_first_not_of("0123456789._");
    if (v == 0 || (v != std::string_view::npos && line[v] != ' ' && line[v] != '\t' && line[v] != '\r')) return std::nullopt;
    LedgerEntry e;
    e.version = std::string(line.substr(0, v));
    if (v != std::string_view::npos) {
      std::string_view rest = line.substr(v);
      size_t nb = rest.find_first_not_of(" \t\r"), ne = rest.find_last_not_of(" \t\r");
      if (nb != std::string_view::npos) e.name = std::string(rest.substr(nb, ne - nb + 1));
    }
    e.span = SourceSpan{id, static_cast<uint32_t>(start + b), static_cast<uint32_t>(end - start - b)};
    out.push_back(std::move(e));
  }
  if (out.empty()) return std::nullopt;
  return out;
}
}  // namespace

namespace {
std::optional<Ledger> plain_list(const SourceManager& sources, const std::vector<uint32_t>& files, LedgerKind kind) {
  Ledger l;
  l.kind = kind;
  l.from_list = true;
  for (uint32_t id : files) {
    std::optional<std::vector<LedgerEntry>> entries = version_list(sources, id);
    if (!entries) return std::nullopt;
    l.entries.insert(l.entries.end(), entries->begin(), entries->end());
  }
  return l;
}

std::map<std::string, Table> ledger_tables(const SourceManager& sources, const std::vector<uint32_t>& files,
                                           DiagnosticEngine& diags) {
  Collector collect;
  for (uint32_t id : files)
    for (const StatementText& st : split_script(sources, id, diags)) {
      if (!starts_with_word_ci(st.text, "copy") && !starts_with_word_ci(st.text, "insert") && !starts_with_word_ci(st.text, "create"))
        continue;
      ParseFailure err;
      std::optional<ParseOutput> parsed = parse_sql(st.text, err);
      if (!parsed || parsed->tree->n_stmts != 1 || !parsed->tree->stmts[0]->stmt) continue;
      collect.statement(st, parsed->tree->stmts[0]->stmt);
    }
  for (auto& [name, t] : collect.tables) tell_golang(t);
  return std::move(collect.tables);
}

const Table* choose(const std::map<std::string, Table>& tables, std::optional<LedgerKind> kind,
                    std::optional<LedgerKind> prefer) {
  const Table* best = nullptr;
  for (const auto& [name, t] : tables) {
    if (kind && t.kind != *kind) continue;
    bool better = !best || (prefer && t.kind == *prefer && best->kind != *prefer) ||
                  ((!prefer || (t.kind == *prefer) == (best->kind == *prefer)) && t.kind < best->kind);
    if (better) best = &t;
  }
  return best;
}
}  // namespace

std::optional<Ledger> read_ledger(const SourceManager& sources, const std::vector<uint32_t>& files,
                                  std::optional<LedgerKind> kind, std::optional<LedgerKind> prefer,
                                  DiagnosticEngine& diags) {
  if (std::optional<Ledger> list = plain_list(sources, files, kind.value_or(prefer.value_or(LedgerKind::Dbmate))))
    return list;
  std::map<std::string, Table> tables = ledger_tables(sources, files, diags);
  if (diags.has_errors()) return std::nullopt;
  const Table* t = choose(tables, kind, prefer);
  SourceSpan where = files.empty() ? SourceSpan{} : SourceSpan{files.front(), 0, 0};
  if (!t) {
    std::string which = kind ? std::string("the ") + ledger_kind_name(*kind) + " ledger"
                             : "a migration ledger (supabase_migrations.schema_migrations, _prisma_migrations, "
                               "flyway_schema_history or schema_migrations)";
    diags.report(DiagKind::no_ledger, where,
                 "no rows or definition of " + which + " here, and not a list of versions");
    return std::nullopt;
  }
  if (t->rows.empty())
    diags.report(DiagKind::empty_ledger, where,
                 "the ledger " + t->name + " has no rows here: a --schema-only dump holds no data (use a full dump or "
                 "pg_dump --data-only --table=" + t->name + ")");
  return ledger_of(*t);
}

}  // namespace pgdrift
