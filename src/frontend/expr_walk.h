// Generic traversal of libpg_query's protobuf-c trees through their descriptors, so that a
// rewrite only names the node kinds it changes. Internal to the frontend.
#pragma once
#include <functional>

#include "frontend/pg_parse.h"

namespace pgdrift {

// Calls `visit` on every Node* slot directly under `msg` (single and repeated fields, the
// active member of a oneof), letting it replace the pointer.
void for_each_child_slot(ProtobufCMessage* msg, const std::function<void(PgQuery__Node*&)>& visit);

// The message inside a Node (the active oneof member), or nullptr.
ProtobufCMessage* node_message(PgQuery__Node* node);

// Pre-order visit of every message (nodes and plain fields like RangeVar) under `msg`.
void visit_messages(ProtobufCMessage* msg, const std::function<void(ProtobufCMessage*)>& visit);

// The smallest source location in the tree under `node` (-1 when none): where its text starts,
// but for parentheses the parser dropped.
int32_t min_location(PgQuery__Node* node);

// Pre-order visit of every node in the tree under `node`.
void visit_tree(PgQuery__Node* node, const std::function<void(PgQuery__Node*)>& visit);

}  // namespace pgdrift
