// The inventory of two catalogs: per schema and kind, how many objects each side has, how many
// only one side has and how many differ; then the one-sided objects ("75 tables in prod that
// git never had").
#pragma once
#include <string>
#include <vector>

#include "diff/change.h"

namespace pgdrift {

struct InventoryRow {
  std::string schema;  // "" for objects outside schemas (casts, servers, publications)
  std::string kind;    // "table", "materialized view", "enum type", ...
  size_t desired = 0, actual = 0, only_desired = 0, only_actual = 0, different = 0;
};

struct InventoryObject {
  std::string schema, kind, id;
};

struct Inventory {
  std::vector<InventoryRow> rows;  // by schema, then kind in registry order
  std::vector<InventoryObject> only_desired, only_actual;  // in the same order, then by id
};

// Objects are matched as the diff matches them (same kind and name); "different" counts the
// objects with a change of their own (a table whose column differs counts under "column").
// Privileges and owners are counted only when `options` compares them.
Inventory take_inventory(const catalog::Catalog& actual, const catalog::Catalog& desired, const ChangeSet& changes,
                         const DiffOptions& options);

// The kind as the inventory names it: the registry's name, with views, materialized views and
// the four type kinds told apart.
std::string inventory_kind(const catalog::ObjectRef& r);

}  // namespace pgdrift
