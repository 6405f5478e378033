// RAII over libpg_query: parse SQL into protobuf-c trees living in an arena, and deparse
// expression trees back to SQL. Internal to the frontend.
#pragma once
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// Bump allocator backing unpacked protobuf-c trees; freed all at once.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  void* alloc(size_t size);
  template <class T> T* make(const T& init) { return new (alloc(sizeof(T))) T(init); }
  char* strdup(std::string_view s);
  ProtobufCAllocator* allocator() { return &allocator_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0, cap_ = 0;
  ProtobufCAllocator allocator_{&Arena::pb_alloc, &Arena::pb_free, this};
  static void* pb_alloc(void* self, size_t size) { return static_cast<Arena*>(self)->alloc(size); }
  static void pb_free(void*, void*) {}
};

struct ParseOutput {
  std::shared_ptr<Arena> arena;
  PgQuery__ParseResult* tree = nullptr;  // owned by arena
};

struct ParseFailure {
  std::string message;
  size_t byte_offset = 0;  // offset in the parsed text of the error position
};

// Decodes libpg_query's packed tree into `arena` (pb_decode.cpp); nullptr when the bytes are not a
// well-formed message. What protobuf-c's unpack gives, without its look at every field of every
// message.
PgQuery__ParseResult* decode_parse_result(const uint8_t* data, size_t len, Arena& arena);
// The same for any message, memory from `al` (protobuf_c_message_unpack, pb_runtime.cpp).
ProtobufCMessage* decode_message(const ProtobufCMessageDescriptor* d, const uint8_t* data, size_t len, ProtobufCAllocator* al);

// Parses `text` (NUL-terminated copy made inside). On failure returns nullopt and fills `err`.
std::optional<ParseOutput> parse_sql(std::string_view text, ParseFailure& err);

// The bytes one value of type t takes in a message (an element of a repeated field).
inline size_t pb_value_size(ProtobufCType t) {
  switch (t) {
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_DOUBLE: return 8;
    case PROTOBUF_C_TYPE_BOOL: return sizeof(protobuf_c_boolean);
    case PROTOBUF_C_TYPE_STRING: case PROTOBUF_C_TYPE_MESSAGE: return sizeof(void*);
    case PROTOBUF_C_TYPE_BYTES: return sizeof(ProtobufCBinaryData);
    default: return 4;  // int32, uint32, enums, float, fixed32 ...
  }
}

// The wire type a value of type t is written with: 0 varint, 1 eight bytes, 2 length-delimited,
// 5 four bytes.
inline unsigned pb_wire_type(ProtobufCType t) {
  switch (t) {
    case PROTOBUF_C_TYPE_SFIXED64: case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_DOUBLE: return 1;
    case PROTOBUF_C_TYPE_SFIXED32: case PROTOBUF_C_TYPE_FIXED32: case PROTOBUF_C_TYPE_FLOAT: return 5;
    case PROTOBUF_C_TYPE_STRING: case PROTOBUF_C_TYPE_BYTES: case PROTOBUF_C_TYPE_MESSAGE: return 2;
    default: return 0;
  }
}

// Calls f(field) for every field of `m` in descriptor order, leaving out the members of a oneof
// that it does not hold. A Node is one oneof of 238 members: its one is found by id, not by
// looking at all of them (the walks over trees spent most of their time doing that).
template <class F>
void for_each_set_field(const ProtobufCMessage* m, F&& f) {
  const ProtobufCMessageDescriptor* d = m->descriptor;
  if (d == &pg_query__node__descriptor) {
    auto which = static_cast<unsigned>(reinterpret_cast<const PgQuery__Node*>(m)->node_case);
    if (const ProtobufCFieldDescriptor* active = protobuf_c_message_descriptor_get_field(d, which)) f(*active);
    return;
  }
  const char* base = reinterpret_cast<const char*>(m);
  for (unsigned i = 0; i < d->n_fields; ++i) {
    const ProtobufCFieldDescriptor& fd = d->fields[i];
    if ((fd.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *reinterpret_cast<const uint32_t*>(base + fd.quantifier_offset) != fd.id)
      continue;
    f(fd);
  }
}

// Deep copy of a node into `arena` (pack + unpack).
PgQuery__Node* clone_node(const PgQuery__Node* node, Arena& arena);

// Appends bytes that are equal for two trees exactly when they print the same (source locations
// left out): a memo key.
void append_tree_key(std::string& out, const PgQuery__Node* node);

// Deparses an expression node ("SELECT <expr>" with the prefix removed).
std::string deparse_expr(const PgQuery__Node* node);
// Deparses one statement node.
std::string deparse_statement(const PgQuery__Node* stmt);

}  // namespace pgdrift
