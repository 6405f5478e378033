// Partitions and inheritance (replay_partition.cpp).
#pragma once
#include <set>

#include "catalog/replay.h"

namespace pgdrift::catalog {

// Tables whose parent (partition or inheritance) is `parent`.
std::vector<Table*> children_of(Replayer& r, const Key& parent);

// Columns and CHECK constraints a new child takes from its parent; a partition also gets the
// parent's indexes and PRIMARY KEY / UNIQUE constraints (attach_objects).
void inherit_from(Replayer& r, Table& child, const Table& parent, bool partition);
void attach_objects(Replayer& r, Table& child, const Table& parent);

// A copy of an index / a PRIMARY KEY or UNIQUE constraint under the child's implicit name
// (nothing when the child already has one of the same shape).
void clone_index(Replayer& r, Table& child, const Index& ix);
void clone_key_constraint(Replayer& r, Table& child, const Constraint& c);

// After an index or a constraint was added to `parent` (without ONLY): the clones PostgreSQL
// makes on its children.
void partition_index_added(Replayer& r, const Table& parent, const Index& ix);
void partition_constraint_added(Replayer& r, const Table& parent, const Constraint& c);

// ALTER TABLE parent without ONLY: the same change on every child (replay_alter_children.cpp).
void recurse_to_children(Replayer& r, Table& parent, const ast::AlterTableCmd& c,
                         const std::set<std::string>& constraints_before);
// ATTACH / DETACH PARTITION (t is the parent), INHERIT / NO INHERIT (t is the child).
void replay_relation_cmd(Replayer& r, Table& t, const ast::AlterTableCmd& c);

// "RANGE (created)", "LIST (lower(name))": the key as compared.
std::string partition_key_text(Replayer& r, const Table& t, const ast::PartitionSpec& spec);
// "FOR VALUES FROM ('2024-01-01 00:00:00') TO (MAXVALUE)", "DEFAULT": literals by value.
std::string partition_bound_text(Replayer& r, const Table& parent, const ast::PartitionBound& b);

}  // namespace pgdrift::catalog
