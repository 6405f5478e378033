#include "diff/inventory.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <type_traits>

namespace pgdrift {

using namespace catalog;

std::string inventory_kind(const ObjectRef& r) {
  switch (r.kind()) {
    case ObjectKind::View: return r.as<View>()->materialized ? "materialized view" : "view";
    case ObjectKind::Enum: return "enum type";
    case ObjectKind::Domain: return "domain";
    case ObjectKind::Composite: return "composite type";
    case ObjectKind::Range: return "range type";
    case ObjectKind::DefaultPrivilege: return "default privilege";
    default: return object_kind_name(r.kind());
  }
}

namespace {
// The schema an object lives in: its own, its relation's; a schema is listed under itself.
std::string schema_of(const ObjectRef& r) {
  if (!r.relation().first.empty()) return r.relation().first;
  return visit_object(r, [](const auto& o) -> std::string {
    using T = std::decay_t<decltype(o)>;
    if constexpr (std::is_same_v<T, Schema>) return o.name;
    else if constexpr (std::is_same_v<T, Transform>) return "";  // its "schema" is its type
    else if constexpr (requires { o.schema; }) return o.schema;
    else return "";
  });
}

bool counted(ObjectKind k, const DiffOptions& options) {
  if (k == ObjectKind::Privilege || k == ObjectKind::DefaultPrivilege) return options.privileges;
  if (k == ObjectKind::Owner) return options.owners;
  return true;
}

// Rows are keyed by schema, then the kind's first place in the registry, then its name.
using RowKey = std::tuple<std::string, int, std::string>;

struct Tally {
  std::map<RowKey, InventoryRow> rows;
  InventoryRow& row(const ObjectRef& r) {
    std::string schema = schema_of(r), kind = inventory_kind(r);
    InventoryRow& out = rows[RowKey{schema, static_cast<int>(r.kind()), kind}];
    out.schema = schema;
    out.kind = kind;
    return out;
  }
};

// One side's objects: counted, and the ones the other side lacks listed.
void count_side(const Catalog& side, const Catalog& other, const DiffOptions& options, Tally& tally,
                size_t InventoryRow::*total, size_t InventoryRow::*alone, std::vector<InventoryObject>& listed) {
  for_each_object(side, [&](const ObjectRef& r) {
    if (!counted(r.kind(), options)) return;
    if (const Table* t = r.as<Table>(); t && t->external) return;  // the platform's: only what is attached to it counts
    InventoryRow& row = tally.row(r);
    ++(row.*total);
    if (find_same(other, r)) return;
    ++(row.*alone);
    listed.push_back(InventoryObject{row.schema, row.kind, object_id(r)});
  });
}

void sort_objects(std::vector<InventoryObject>& v, const std::map<std::pair<std::string, std::string>, size_t>& rank) {
  std::stable_sort(v.begin(), v.end(), [&](const InventoryObject& a, const InventoryObject& b) {
    return std::tie(rank.at({a.schema, a.kind}), a.id) < std::tie(rank.at({b.schema, b.kind}), b.id);
  });
}
}  // namespace

Inventory take_inventory(const Catalog& actual, const Catalog& desired, const ChangeSet& changes, const DiffOptions& options) {
  Tally tally;
  Inventory out;
  count_side(desired, actual, options, tally, &InventoryRow::desired, &InventoryRow::only_desired, out.only_desired);
  count_side(actual, desired, options, tally, &InventoryRow::actual, &InventoryRow::only_actual, out.only_actual);
  for (const Change& c : changes.changes)
    if (c.change == ChangeKind::Changed && c.to && counted(c.kind, options)) ++tally.row(c.to).different;
  std::map<std::pair<std::string, std::string>, size_t> rank;
  for (auto& [key, row] : tally.rows) {
    rank[{row.schema, row.kind}] = out.rows.size();
    out.rows.push_back(row);
  }
  sort_objects(out.only_desired, rank);
  sort_objects(out.only_actual, rank);
  return out;
}

}  // namespace pgdrift
