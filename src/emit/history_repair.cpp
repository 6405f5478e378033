// The ledger's repair script: one transaction, one guarded statement per version that needs one.
#include <algorithm>

#include "base/checksum.h"
#include "base/sql_ident.h"
#include "base/version.h"
#include "emit/history.h"
#include "emit/sql_text.h"

namespace pgdrift {

std::string ledger_table(const Ledger& ledger) {
  std::string name = ledger.table;
  if (name.empty()) {
    switch (ledger.kind) {
      case LedgerKind::Supabase: name = "supabase_migrations.schema_migrations"; break;
      case LedgerKind::Prisma: name = "_prisma_migrations"; break;
      case LedgerKind::Flyway: name = "flyway_schema_history"; break;
      default: name = "schema_migrations";
    }
  }
  std::string out;
  size_t dot = name.find('.');
  if (dot != std::string::npos) out = quote_ident(name.substr(0, dot)) + ".";
  return out + quote_ident(dot == std::string::npos ? name : name.substr(dot + 1));
}

namespace {
using Q = std::string;
Q lit(const std::string& s) { return quote_literal(s); }

struct Repair {
  const HistoryContext& c;
  const RepairOptions& o;
  std::string table;
  std::string out;

  const LocalMigration* local(const HistoryEntry& e) const {
    return e.local >= 0 ? &c.local.files[static_cast<size_t>(e.local)] : nullptr;
  }
  const LedgerEntry* row(const HistoryEntry& e) const { return e.rows.empty() ? nullptr : &c.ledger.entries[e.rows.back()]; }
  void say(const HistoryEntry& e, const std::string& what) {
    out += "-- " + comment_text(e.version + (e.name.empty() ? "" : " " + e.name) + ": " + what) + "\n";
  }
  void sql(const std::string& s) { out += s + ";\n"; }

  // The version literal: golang-migrate's is a bigint.
  Q version(const std::string& v) const { return c.ledger.kind == LedgerKind::GolangMigrate ? v : lit(v); }

  // ---- Supabase: (version, name, statements); version is the key.
  Q statements(const LocalMigration& m) const {
    std::string items;
    for (const std::string& s : m.statements) items += (items.empty() ? "" : ", ") + lit(s);
    return "ARRAY[" + items + "]::text[]";
  }
  void supabase(const HistoryEntry& e) {
    const LocalMigration* m = local(e);
    const LedgerEntry* r = row(e);
    if (e.status == HistoryStatus::Edited) {
      say(e, "edited after apply (" + e.detail + "): recorded as the file is now");
      sql("UPDATE " + table + " SET name = " + lit(m->name) + ", statements = " + statements(*m) + " WHERE version = " +
          lit(e.version) + " AND name IS NOT DISTINCT FROM " + lit(r->name) + " AND (name, statements) IS DISTINCT FROM (" +
          lit(m->name) + ", " + statements(*m) + ")");
    } else if (e.status == HistoryStatus::Pending && o.mark_applied) {
      say(e, "pending: recorded as applied (--mark-applied)");
      sql("INSERT INTO " + table + " (version, name, statements) SELECT " + lit(e.version) + ", " + lit(m->name) + ", " +
          statements(*m) + " WHERE NOT EXISTS (SELECT FROM " + table + " WHERE version = " + lit(e.version) + ")");
    } else if (e.status == HistoryStatus::RemoteOnly && o.revert_remote_only) {
      say(e, "remote only: its row deleted (--revert-remote-only)");
      sql("DELETE FROM " + table + " WHERE version = " + lit(e.version) + " AND name IS NOT DISTINCT FROM " + lit(r->name));
    } else {
      leave(e);
    }
  }

  // ---- Prisma: rows keyed by migration_name; checksum = SHA-256 of migration.sql.
  void prisma(const HistoryEntry& e) {
    const LocalMigration* m = local(e);
    Q name = lit(e.name);
    if (e.status == HistoryStatus::Edited) {
      Q sum = lit(sha256_hex(m->text));
      say(e, "edited after apply (checksum differs): checksum of the file now");
      sql("UPDATE " + table + " SET checksum = " + sum + " WHERE migration_name = " + name +
          " AND finished_at IS NOT NULL AND rolled_back_at IS NULL AND checksum IS DISTINCT FROM " + sum);
    } else if (e.status == HistoryStatus::Failed && o.mark_applied) {
      say(e, "failed: recorded as applied (--mark-applied)");
      sql("UPDATE " + table + " SET finished_at = now(), logs = NULL, checksum = " + lit(sha256_hex(m->text)) +
          " WHERE migration_name = " + name + " AND finished_at IS NULL AND rolled_back_at IS NULL");
    } else if (e.status == HistoryStatus::Failed) {
      say(e, "failed: marked rolled back, so that prisma migrate deploy applies it again");
      sql("UPDATE " + table + " SET rolled_back_at = now() WHERE migration_name = " + name +
          " AND finished_at IS NULL AND rolled_back_at IS NULL");
    } else if (e.status == HistoryStatus::Pending && o.mark_applied) {
      say(e, "pending: recorded as applied (--mark-applied)");
      sql("INSERT INTO " + table + " (id, checksum, migration_name, started_at, finished_at, applied_steps_count) SELECT " +
          "gen_random_uuid()::text, " + lit(sha256_hex(m->text)) + ", " + name + ", now(), now(), 0 WHERE NOT EXISTS (SELECT FROM " +
          table + " WHERE migration_name = " + name + " AND finished_at IS NOT NULL AND rolled_back_at IS NULL)");
    } else if (e.status == HistoryStatus::RemoteOnly && o.revert_remote_only) {
      say(e, "remote only: its rows deleted (--revert-remote-only)");
      sql("DELETE FROM " + table + " WHERE migration_name = " + name);
    } else {
      leave(e);
    }
  }

  // ---- Flyway: (installed_rank, version, description, type, script, checksum, ..., success).
  void flyway(const HistoryEntry& e) {
    const LocalMigration* m = local(e);
    const LedgerEntry* r = row(e);
    std::string file = m ? m->display.substr(m->display.find_last_of('/') + 1) : "";
    Q match = " WHERE version = " + lit(e.version) + " AND description = " + lit(r ? r->name : "");
    Q now = m ? "(" + std::to_string(flyway_checksum(m->text)) + ", " + lit(m->name) + ", " + lit(file) + ")" : "";
    if (e.status == HistoryStatus::Edited) {
      say(e, "edited after apply (" + e.detail + "): checksum and description of the file now");
      sql("UPDATE " + table + " SET (checksum, description, script) = " + now + match +
          " AND success AND (checksum, description, script) IS DISTINCT FROM " + now);
    } else if (e.status == HistoryStatus::Failed && o.mark_applied) {
      say(e, "failed: recorded as applied (--mark-applied)");
      sql("UPDATE " + table + " SET success = true, (checksum, description, script) = " + now + match + " AND NOT success");
    } else if (e.status == HistoryStatus::Failed) {
      say(e, "failed: its row deleted (as flyway repair does), so that flyway migrate applies it again");
      sql("DELETE FROM " + table + match + " AND NOT success");
    } else if (e.status == HistoryStatus::Pending && o.mark_applied) {
      say(e, "pending: recorded as applied (--mark-applied)");
      sql("INSERT INTO " + table +
          " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) SELECT "
          "coalesce(max(installed_rank), 0) + 1, " + lit(e.version) + ", " + lit(m->name) + ", 'SQL', " + lit(file) + ", " +
          std::to_string(flyway_checksum(m->text)) + ", current_user, 0, true FROM " + table + " HAVING NOT EXISTS (SELECT FROM " +
          table + " WHERE version = " + lit(e.version) + ")");
    } else if (e.status == HistoryStatus::RemoteOnly && o.revert_remote_only) {
      say(e, "remote only: its row deleted (--revert-remote-only)");
      sql("DELETE FROM " + table + match);
    } else {
      leave(e);
    }
  }

  // ---- dbmate and Rails: (version).
  void dbmate(const HistoryEntry& e) {
    if (e.status == HistoryStatus::Pending && o.mark_applied) {
      say(e, "pending: recorded as applied (--mark-applied)");
      sql("INSERT INTO " + table + " (version) SELECT " + lit(e.version) + " WHERE NOT EXISTS (SELECT FROM " + table +
          " WHERE version = " + lit(e.version) + ")");
    } else if (e.status == HistoryStatus::RemoteOnly && o.revert_remote_only) {
      say(e, "remote only: its row deleted (--revert-remote-only)");
      sql("DELETE FROM " + table + " WHERE version = " + lit(e.version));
    } else {
      leave(e);
    }
  }

  // Entries left as they are, said in a comment.
  void leave(const HistoryEntry& e) {
    const LocalMigration* m = local(e);
    if (e.status == HistoryStatus::Pending)
      say(e, std::string("pending: left for the migration tool to apply") + (e.detail.empty() ? "" : " (" + e.detail + ")"));
    else if (e.status == HistoryStatus::RemoteOnly && m && m->placeholder)
      say(e, "remote only: kept, its placeholder is " + m->display);
    else if (e.status == HistoryStatus::RemoteOnly)
      say(e, "remote only: kept (--write-placeholders adds a file for it, --revert-remote-only deletes its row)");
  }
};

// golang-migrate keeps one row: the version it is at and whether that one failed half-way.
// Without --mark-applied a dirty version goes back to the one before it (migrate up retries
// it), as `migrate force` would; with it, the ledger moves to the folder's last version.
std::string golang_target(const HistoryContext& c, const RepairOptions& o) {
  const std::vector<HistoryEntry>& es = c.report.entries;
  std::string target, previous;
  for (const HistoryEntry& e : es) {
    bool local = e.local >= 0;
    if (o.mark_applied) {
      if (local) target = e.version;
      continue;
    }
    if (e.status == HistoryStatus::Applied) target = e.version;
    if (e.status == HistoryStatus::Failed) return previous;
    if (e.status == HistoryStatus::RemoteOnly) return o.revert_remote_only ? previous : e.version;
    if (local) previous = e.version;
  }
  return target;
}

void golang(Repair& r) {
  std::string target = golang_target(r.c, r.o);
  const std::vector<LedgerEntry>& rows = r.c.ledger.entries;
  bool same = rows.size() == 1 && !rows[0].dirty && version_key(LedgerKind::GolangMigrate, rows[0].version) ==
                                                        version_key(LedgerKind::GolangMigrate, target);
  if (same || (rows.empty() && target.empty())) {
    r.out += "-- the ledger is at " + (target.empty() ? std::string("no version") : target) + ", as it should be\n";
    return;
  }
  if (target.empty()) {
    r.out += "-- no version applied: the ledger emptied\n";
    r.sql("DELETE FROM " + r.table);
    return;
  }
  std::string key = version_key(LedgerKind::GolangMigrate, target);
  r.out += "-- the ledger set to version " + target + ", not dirty\n";
  r.sql("DELETE FROM " + r.table + " WHERE version <> " + key);
  r.sql("INSERT INTO " + r.table + " (version, dirty) SELECT " + key + ", false WHERE NOT EXISTS (SELECT FROM " + r.table +
        " WHERE version = " + key + ")");
  r.sql("UPDATE " + r.table + " SET dirty = false WHERE version = " + key + " AND dirty");
}
}  // namespace

std::string history_repair(const HistoryContext& c, const RepairOptions& o) {
  Repair r{c, o, ledger_table(c.ledger), ""};
  r.out = "-- " + std::string(kVersion) + " history: repair of the " + ledger_kind_name(c.ledger.kind) + " ledger " +
          r.table + "\n-- from " + c.source + " against " + c.folder +
          "\n-- idempotent: every statement matches on version and name and changes only rows that differ\n"
          "BEGIN;\n";
  if (c.ledger.kind == LedgerKind::GolangMigrate) golang(r);
  for (const HistoryEntry& e : c.ledger.kind == LedgerKind::GolangMigrate ? std::vector<HistoryEntry>{} : c.report.entries) {
    const LocalMigration* m = r.local(e);
    if (m && m->placeholder) r.say(e, "remote only: its placeholder is " + m->display);
    switch (c.ledger.kind) {
      case LedgerKind::Supabase: r.supabase(e); break;
      case LedgerKind::Prisma: r.prisma(e); break;
      case LedgerKind::Flyway: r.flyway(e); break;
      default: r.dbmate(e); break;
    }
  }
  return r.out + "COMMIT;\n";
}

}  // namespace pgdrift
