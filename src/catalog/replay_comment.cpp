// COMMENT ON ... IS ...
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
std::string* comment_slot(Replayer& r, const ast::Comment& n) {
  switch (n.kind) {
    case ast::ObjKind::Schema: {
      auto it = r.cat.schemas.find(n.object.name);
      return it == r.cat.schemas.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::OpClass: case ast::ObjKind::OpFamily: {
      for (const std::string& p : n.object.schema.empty() ? r.search_path : std::vector<std::string>{n.object.schema}) {
        if (n.kind == ast::ObjKind::OpClass)
          if (auto it = r.cat.opclasses.find({p, n.object.name}); it != r.cat.opclasses.end()) return &it->second.comment;
        if (n.kind == ast::ObjKind::OpFamily)
          if (auto it = r.cat.opfamilies.find({p, n.object.name}); it != r.cat.opfamilies.end()) return &it->second.comment;
      }
      return nullptr;
    }
    case ast::ObjKind::AccessMethod: case ast::ObjKind::Language: case ast::ObjKind::Transform:
    case ast::ObjKind::Conversion: case ast::ObjKind::TsParser: case ast::ObjKind::TsTemplate:
      return plain_comment_slot(r, n);
    case ast::ObjKind::Wrapper: {
      auto it = r.cat.wrappers.find(n.object.name);
      return it == r.cat.wrappers.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Server: {
      auto it = r.cat.servers.find(n.object.name);
      return it == r.cat.servers.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Operator: {
      auto it = n.op ? r.cat.operators.find(operator_key(r, *n.op)) : r.cat.operators.end();
      return it == r.cat.operators.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Statistics: {
      auto k = r.find_statistics(n.object);
      return k ? &r.cat.statistics.at(*k).comment : nullptr;
    }
    case ast::ObjKind::EventTrigger: {
      auto it = r.cat.event_triggers.find(n.object.name);
      return it == r.cat.event_triggers.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Collation: {
      auto k = r.find_collation(n.object);
      return k ? &r.cat.collations.at(*k).comment : nullptr;
    }
    case ast::ObjKind::TsDictionary: {
      auto k = r.find_ts_dictionary(n.object);
      return k ? &r.cat.ts_dictionaries.at(*k).comment : nullptr;
    }
    case ast::ObjKind::TsConfig: {
      auto k = r.find_ts_config(n.object);
      return k ? &r.cat.ts_configs.at(*k).comment : nullptr;
    }
    case ast::ObjKind::Cast: {
      auto it = n.cast ? r.cat.casts.find(cast_key(r, n.cast->first, n.cast->second)) : r.cat.casts.end();
      return it == r.cat.casts.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Publication: {
      auto it = r.cat.publications.find(n.object.name);
      return it == r.cat.publications.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Extension: {
      auto it = r.cat.extensions.find(n.object.name);
      return it == r.cat.extensions.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Table: case ast::ObjKind::ForeignTable: {
      auto k = r.find_table(n.object);
      return k ? &r.cat.tables.at(*k).comment : nullptr;
    }
    case ast::ObjKind::View: case ast::ObjKind::MatView: {
      auto k = r.find_view(n.object);
      return k ? &r.cat.views.at(*k).comment : nullptr;
    }
    case ast::ObjKind::Column: {
      auto k = r.find_table(n.object);
      if (!k) return nullptr;
      auto& cols = r.cat.tables.at(*k).columns;
      auto it = cols.find(n.sub);
      return it == cols.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Constraint: {
      auto k = r.find_table(n.object);
      if (!k) return nullptr;
      auto& cons = r.cat.tables.at(*k).constraints;
      auto it = cons.find(n.sub);
      return it == cons.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Index: {
      auto k = r.find_index(n.object);
      return k ? &r.cat.indexes.at(*k).comment : nullptr;
    }
    case ast::ObjKind::Sequence: {
      auto k = r.find_sequence(n.object);
      return k ? &r.cat.sequences.at(*k).comment : nullptr;
    }
    case ast::ObjKind::Aggregate: {
      auto k = n.func ? find_aggregate(r, *n.func) : std::nullopt;
      return k ? &r.cat.aggregates.at(*k).comment : nullptr;
    }
    case ast::ObjKind::Function: case ast::ObjKind::Procedure: {
      auto k = n.func ? r.find_function(*n.func) : std::nullopt;
      return k ? &r.cat.functions.at(*k).comment : nullptr;
    }
    case ast::ObjKind::Rule: {
      std::map<std::string, Rule>* rules = rules_of(r, n.object, true);
      auto it = rules ? rules->find(n.sub) : std::map<std::string, Rule>::iterator{};
      return rules && it != rules->end() ? &it->second.comment : nullptr;
    }
    case ast::ObjKind::Trigger: case ast::ObjKind::Policy: {
      auto k = r.find_table(n.object);
      if (!k && n.kind == ast::ObjKind::Trigger)
        if (auto v = r.find_view(n.object)) {  // a view's trigger
          auto it = r.cat.views.at(*v).triggers.find(n.sub);
          return it == r.cat.views.at(*v).triggers.end() ? nullptr : &it->second.comment;
        }
      if (!k) return nullptr;
      Table& t = r.cat.tables.at(*k);
      if (n.kind == ast::ObjKind::Trigger) {
        auto it = t.triggers.find(n.sub);
        return it == t.triggers.end() ? nullptr : &it->second.comment;
      }
      auto it = t.policies.find(n.sub);
      return it == t.policies.end() ? nullptr : &it->second.comment;
    }
    case ast::ObjKind::Type: {
      auto k = r.find_type(n.object);
      if (!k) return nullptr;
      if (auto it = r.cat.enums.find(*k); it != r.cat.enums.end()) return &it->second.comment;
      if (auto it = r.cat.domains.find(*k); it != r.cat.domains.end()) return &it->second.comment;
      if (auto it = r.cat.composites.find(*k); it != r.cat.composites.end()) return &it->second.comment;
      if (auto it = r.cat.ranges.find(*k); it != r.cat.ranges.end()) return &it->second.comment;
      return nullptr;
    }
    default: return nullptr;
  }
}
// COMMENT ON COLUMN of a view: kept in the view's map (absent when removed).
bool view_column_comment(Replayer& r, const ast::Comment& n) {
  if (n.kind != ast::ObjKind::Column || r.find_table(n.object)) return false;
  auto v = r.find_view(n.object);
  if (!v) return false;
  View& view = r.cat.views.at(*v);
  if (std::find(view.columns.begin(), view.columns.end(), n.sub) == view.columns.end()) return false;
  if (n.text) view.column_comments[n.sub] = *n.text;
  else view.column_comments.erase(n.sub);
  return true;
}
}  // namespace

void replay_comment(Replayer& r, const ast::Comment& n) {
  if (view_column_comment(r, n)) return;
  std::string* slot = comment_slot(r, n);
  if (!slot) {
    // plpgsql is built in: pg_dump may carry its comment; there is nothing to compare.
    if (n.kind == ast::ObjKind::Extension && n.object.name == "plpgsql") return;
    std::string what = n.object.schema.empty() ? quote_ident(n.object.name) : qualified(n.object.schema, n.object.name);
    if (!n.sub.empty()) what += "." + quote_ident(n.sub);
    r.warn(DiagKind::unknown_object, "comment on " + what + " that does not exist; statement ignored");
    return;
  }
  *slot = n.text.value_or("");
}

}  // namespace pgdrift::catalog
