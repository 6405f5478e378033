#include "frontend/expr_walk.h"

namespace pgdrift {

namespace {
bool is_node_field(const ProtobufCFieldDescriptor& f) {
  return f.type == PROTOBUF_C_TYPE_MESSAGE && f.descriptor == &pg_query__node__descriptor;
}

template <class F>
void for_each_message_field(ProtobufCMessage* msg, F&& f) {
  char* base = reinterpret_cast<char*>(msg);
  for_each_set_field(msg, [&](const ProtobufCFieldDescriptor& fd) {
    if (fd.type != PROTOBUF_C_TYPE_MESSAGE) return;
    if (fd.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<size_t*>(base + fd.quantifier_offset);
      auto** arr = *reinterpret_cast<ProtobufCMessage***>(base + fd.offset);
      for (size_t k = 0; k < n; ++k) f(fd, arr[k], reinterpret_cast<ProtobufCMessage**>(&arr[k]));
    } else {
      auto** slot = reinterpret_cast<ProtobufCMessage**>(base + fd.offset);
      f(fd, *slot, slot);
    }
  });
}
}  // namespace

ProtobufCMessage* node_message(PgQuery__Node* node) {
  if (!node || node->node_case == PG_QUERY__NODE__NODE__NOT_SET) return nullptr;
  ProtobufCMessage* found = nullptr;
  for_each_message_field(&node->base, [&](const ProtobufCFieldDescriptor&, ProtobufCMessage* m,
                                          ProtobufCMessage**) { found = m; });
  return found;
}

void for_each_child_slot(ProtobufCMessage* msg, const std::function<void(PgQuery__Node*&)>& visit) {
  if (!msg) return;
  for_each_message_field(msg, [&](const ProtobufCFieldDescriptor& fd, ProtobufCMessage* m,
                                  ProtobufCMessage** slot) {
    if (is_node_field(fd)) {
      visit(*reinterpret_cast<PgQuery__Node**>(slot));
    } else if (m) {
      for_each_child_slot(m, visit);  // e.g. TypeName, WindowDef: walk through
    }
  });
}

void visit_messages(ProtobufCMessage* msg, const std::function<void(ProtobufCMessage*)>& visit) {
  if (!msg) return;
  visit(msg);
  for_each_message_field(msg, [&](const ProtobufCFieldDescriptor&, ProtobufCMessage* m, ProtobufCMessage**) {
    visit_messages(m, visit);
  });
}

void visit_tree(PgQuery__Node* node, const std::function<void(PgQuery__Node*)>& visit) {
  if (!node) return;
  visit(node);
  for_each_child_slot(node_message(node), [&](PgQuery__Node*& child) { visit_tree(child, visit); });
}

}  // namespace pgdrift

namespace pgdrift {

int32_t min_location(PgQuery__Node* node) {
  int32_t best = -1;
  if (!node) return best;
  visit_messages(&node->base, [&](ProtobufCMessage* m) {
    const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field_by_name(m->descriptor, "location");
    if (!f || f->type != PROTOBUF_C_TYPE_INT32) return;
    int32_t loc = *reinterpret_cast<const int32_t*>(reinterpret_cast<const char*>(m) + f->offset);
    if (loc >= 0 && (best < 0 || loc < best)) best = loc;
  });
  return best;
}

}  // namespace pgdrift
