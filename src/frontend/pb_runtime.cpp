// The protobuf-c runtime that libpg_query and pgdrift call, written here instead of linking
// libprotobuf-c: libpg_query hands every parsed statement over as protobuf bytes (sized, then
// packed) and takes every tree to deparse back the same way, and protobuf-c's generic code looks
// at each field of every message to do it, 238 of them for each Node, which holds one. That was a
// third of a small check's time. These functions take the same descriptors (generated into
// libpg_query) and give the same bytes; a oneof costs one look. The unit test compares them
// byte for byte with the real libprotobuf-c, loaded on the side (tests/unit/test_pb_runtime.cpp).
// Wire format: key = field number << 3 | wire type, then the value; varints little-endian base
// 128; proto3 leaves out fields that hold their zero value unless they are a oneof's member.
#include <cstdlib>
#include <cstring>
#include <vector>

#include "frontend/pg_parse.h"

extern "C" {
const char protobuf_c_empty_string[] = "";
}

namespace pgdrift {
namespace {

size_t varint_size(uint64_t v) {
  size_t n = 1;
  while (v >= 0x80) v >>= 7, ++n;
  return n;
}

uint8_t* put_varint(uint8_t* out, uint64_t v) {
  while (v >= 0x80) *out++ = static_cast<uint8_t>(v | 0x80), v >>= 7;
  *out++ = static_cast<uint8_t>(v);
  return out;
}

template <class T> T load(const void* at) {
  T v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

// A number as its varint (int32 and enums sign-extended to 64 bits, as protobuf writes them).
uint64_t varint_of(ProtobufCType t, const void* at) {
  switch (t) {
    case PROTOBUF_C_TYPE_INT32: case PROTOBUF_C_TYPE_ENUM: return static_cast<uint64_t>(static_cast<int64_t>(load<int32_t>(at)));
    case PROTOBUF_C_TYPE_SINT32: { int32_t v = load<int32_t>(at); return static_cast<uint32_t>((static_cast<uint32_t>(v) << 1) ^ static_cast<uint32_t>(v >> 31)); }
    case PROTOBUF_C_TYPE_UINT32: return load<uint32_t>(at);
    case PROTOBUF_C_TYPE_SINT64: { int64_t v = load<int64_t>(at); return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
    case PROTOBUF_C_TYPE_BOOL: return load<protobuf_c_boolean>(at) ? 1 : 0;
    default: return load<uint64_t>(at);  // int64, uint64
  }
}

// A message's length prefix needs its size before its bytes. Sizes are measured once for the
// whole tree, bottom-up, into a list in the order a pre-order walk meets the messages, then read
// back in that order while packing (measuring again at every level costs the tree's depth times
// over, which protobuf-c does).
using Sizes = std::vector<size_t>;

size_t measure(const ProtobufCMessage* m, Sizes& sizes);

size_t number_size(ProtobufCType t, const void* at) {
  unsigned wire = pb_wire_type(t);
  return wire == 1 ? 8 : wire == 5 ? 4 : varint_size(varint_of(t, at));
}

// The bytes one value takes after its key (a length prefix included).
size_t payload_size(ProtobufCType t, const void* at, Sizes& sizes) {
  if (pb_wire_type(t) != 2) return number_size(t, at);
  size_t n = 0;
  if (t == PROTOBUF_C_TYPE_STRING) {
    const char* s = load<const char*>(at);
    n = s ? std::strlen(s) : 0;
  } else if (t == PROTOBUF_C_TYPE_BYTES) {
    n = load<ProtobufCBinaryData>(at).len;
  } else {
    const auto* sub = load<const ProtobufCMessage*>(at);
    n = sub ? measure(sub, sizes) : 0;
  }
  return varint_size(n) + n;
}

uint8_t* emit(const ProtobufCMessage* m, const size_t*& next, uint8_t* out);

uint8_t* emit_payload(ProtobufCType t, const void* at, const size_t*& next, uint8_t* out) {
  switch (pb_wire_type(t)) {
    case 1: std::memcpy(out, at, 8); return out + 8;  // little-endian, as x86-64 and arm64
    case 5: std::memcpy(out, at, 4); return out + 4;
    case 0: return put_varint(out, varint_of(t, at));
    default: break;
  }
  if (t == PROTOBUF_C_TYPE_STRING) {
    const char* s = load<const char*>(at);
    size_t n = s ? std::strlen(s) : 0;
    out = put_varint(out, n);
    if (n) std::memcpy(out, s, n);
    return out + n;
  }
  if (t == PROTOBUF_C_TYPE_BYTES) {
    auto b = load<ProtobufCBinaryData>(at);
    out = put_varint(out, b.len);
    if (b.len) std::memcpy(out, b.data, b.len);
    return out + b.len;
  }
  const auto* sub = load<const ProtobufCMessage*>(at);
  if (!sub) return put_varint(out, 0);
  return emit(sub, next, put_varint(out, *next));
}

// Whether a proto3 field without presence holds its zero value (then it is not written).
bool zeroish(ProtobufCType t, const void* at) {
  switch (t) {
    case PROTOBUF_C_TYPE_STRING: { const char* s = load<const char*>(at); return !s || !*s; }
    case PROTOBUF_C_TYPE_BYTES: return load<ProtobufCBinaryData>(at).len == 0;
    case PROTOBUF_C_TYPE_MESSAGE: return load<const void*>(at) == nullptr;
    case PROTOBUF_C_TYPE_FLOAT: return load<float>(at) == 0;
    case PROTOBUF_C_TYPE_DOUBLE: return load<double>(at) == 0;
    default: return pb_value_size(t) == 8 ? load<uint64_t>(at) == 0 : load<uint32_t>(at) == 0;
  }
}

// Whether field f of the message at `base` is written at all (repeated fields: when not empty).
bool written(const ProtobufCFieldDescriptor& f, const char* base) {
  const char* at = base + f.offset;
  if (f.label == PROTOBUF_C_LABEL_REPEATED) return load<size_t>(base + f.quantifier_offset) != 0;
  if (f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF)  // (a member that points nowhere is not written)
    return load<uint32_t>(base + f.quantifier_offset) == f.id &&
           !((f.type == PROTOBUF_C_TYPE_STRING || f.type == PROTOBUF_C_TYPE_MESSAGE) && load<const void*>(at) == nullptr);
  if (f.label == PROTOBUF_C_LABEL_REQUIRED) return true;
  if (f.label == PROTOBUF_C_LABEL_OPTIONAL) {
    if (f.type == PROTOBUF_C_TYPE_STRING || f.type == PROTOBUF_C_TYPE_MESSAGE)
      return load<const void*>(at) != nullptr && load<const void*>(at) != f.default_value;
    return load<protobuf_c_boolean>(base + f.quantifier_offset) != 0;
  }
  return !zeroish(f.type, at);  // proto3
}

bool packed(const ProtobufCFieldDescriptor& f) { return (f.flags & PROTOBUF_C_FIELD_FLAG_PACKED) && pb_wire_type(f.type) != 2; }

size_t field_size(const ProtobufCFieldDescriptor& f, const char* base, Sizes& sizes) {
  size_t key = varint_size(uint64_t{f.id} << 3);
  if (f.label != PROTOBUF_C_LABEL_REPEATED) return key + payload_size(f.type, base + f.offset, sizes);
  size_t n = load<size_t>(base + f.quantifier_offset), size = pb_value_size(f.type), sum = 0;
  const char* items = load<const char*>(base + f.offset);
  for (size_t k = 0; k < n; ++k) sum += payload_size(f.type, items + k * size, sizes);
  return packed(f) ? key + varint_size(sum) + sum : n * key + sum;
}

uint8_t* emit_field(const ProtobufCFieldDescriptor& f, const char* base, const size_t*& next, uint8_t* out) {
  uint64_t key = uint64_t{f.id} << 3;
  if (f.label != PROTOBUF_C_LABEL_REPEATED)
    return emit_payload(f.type, base + f.offset, next, put_varint(out, key | pb_wire_type(f.type)));
  size_t n = load<size_t>(base + f.quantifier_offset), size = pb_value_size(f.type);
  const char* items = load<const char*>(base + f.offset);
  if (packed(f)) {  // numbers only
    size_t sum = 0;
    for (size_t k = 0; k < n; ++k) sum += number_size(f.type, items + k * size);
    out = put_varint(put_varint(out, key | 2), sum);
    for (size_t k = 0; k < n; ++k) out = emit_payload(f.type, items + k * size, next, out);
    return out;
  }
  for (size_t k = 0; k < n; ++k) out = emit_payload(f.type, items + k * size, next, put_varint(out, key | pb_wire_type(f.type)));
  return out;
}

size_t measure(const ProtobufCMessage* m, Sizes& sizes) {
  size_t slot = sizes.size();
  sizes.push_back(0);
  const char* base = reinterpret_cast<const char*>(m);
  size_t sum = 0;
  for_each_set_field(m, [&](const ProtobufCFieldDescriptor& f) {
    if (written(f, base)) sum += field_size(f, base, sizes);
  });
  for (unsigned i = 0; i < m->n_unknown_fields; ++i) {
    const ProtobufCMessageUnknownField& u = m->unknown_fields[i];
    sum += varint_size(uint64_t{u.tag} << 3) + u.len;
  }
  sizes[slot] = sum;
  return sum;
}

// Packs m, whose size is *next (the sizes of the messages under it follow).
uint8_t* emit(const ProtobufCMessage* m, const size_t*& next, uint8_t* out) {
  ++next;
  const char* base = reinterpret_cast<const char*>(m);
  for_each_set_field(m, [&](const ProtobufCFieldDescriptor& f) {
    if (written(f, base)) out = emit_field(f, base, next, out);
  });
  for (unsigned i = 0; i < m->n_unknown_fields; ++i) {
    const ProtobufCMessageUnknownField& u = m->unknown_fields[i];
    out = put_varint(out, (uint64_t{u.tag} << 3) | u.wire_type);
    std::memcpy(out, u.data, u.len);
    out += u.len;
  }
  return out;
}

// protobuf-c's callers size a message, allocate that much, then pack it (libpg_query does so
// with every parse tree): the sizes measured for the first call serve the second when it packs
// the same message next on the same thread. Once only: any other call measures again.
struct Measured {
  const ProtobufCMessage* root = nullptr;
  Sizes sizes;
};
thread_local Measured last;

size_t message_size(const ProtobufCMessage* m) {
  last.sizes.clear();
  last.root = m;
  return measure(m, last.sizes);
}

uint8_t* pack_message(const ProtobufCMessage* m, uint8_t* out) {
  if (last.root != m) {
    last.sizes.clear();
    measure(m, last.sizes);
  }
  last.root = nullptr;
  const size_t* next = last.sizes.data();
  return emit(m, next, out);
}

void* system_alloc(void*, size_t n) { return std::malloc(n); }
void system_free(void*, void* p) { std::free(p); }
ProtobufCAllocator system_allocator{system_alloc, system_free, nullptr};

// Frees what decode_message allocated for m (strings, bytes, arrays, messages), then m.
void free_message(ProtobufCMessage* m, ProtobufCAllocator* al) {
  char* base = reinterpret_cast<char*>(m);
  auto release = [&](const ProtobufCFieldDescriptor& f, void* at) {
    if (f.type == PROTOBUF_C_TYPE_STRING) {
      char* s = load<char*>(at);
      if (s && s != f.default_value && s != protobuf_c_empty_string) al->free(al->allocator_data, s);
    } else if (f.type == PROTOBUF_C_TYPE_BYTES) {
      auto b = load<ProtobufCBinaryData>(at);
      if (b.data && (!f.default_value || b.data != static_cast<const ProtobufCBinaryData*>(f.default_value)->data))
        al->free(al->allocator_data, b.data);
    } else if (f.type == PROTOBUF_C_TYPE_MESSAGE) {
      if (auto* sub = load<ProtobufCMessage*>(at)) free_message(sub, al);
    }
  };
  for_each_set_field(m, [&](const ProtobufCFieldDescriptor& f) {
    if (f.label != PROTOBUF_C_LABEL_REPEATED) return release(f, base + f.offset);
    size_t n = load<size_t>(base + f.quantifier_offset), size = pb_value_size(f.type);
    char* items = load<char*>(base + f.offset);
    for (size_t k = 0; k < n; ++k) release(f, items + k * size);
    if (items) al->free(al->allocator_data, items);
  });
  al->free(al->allocator_data, m);
}

}  // namespace
}  // namespace pgdrift

extern "C" {

size_t protobuf_c_message_get_packed_size(const ProtobufCMessage* message) { return pgdrift::message_size(message); }

size_t protobuf_c_message_pack(const ProtobufCMessage* message, uint8_t* out) {
  return static_cast<size_t>(pgdrift::pack_message(message, out) - out);
}

size_t protobuf_c_message_pack_to_buffer(const ProtobufCMessage* message, ProtobufCBuffer* buffer) {
  size_t n = pgdrift::message_size(message);
  auto* bytes = static_cast<uint8_t*>(std::malloc(n ? n : 1));
  pgdrift::pack_message(message, bytes);
  buffer->append(buffer, n, bytes);
  std::free(bytes);
  return n;
}

ProtobufCMessage* protobuf_c_message_unpack(const ProtobufCMessageDescriptor* descriptor, ProtobufCAllocator* allocator,
                                            size_t len, const uint8_t* data) {
  return pgdrift::decode_message(descriptor, data, len, allocator ? allocator : &pgdrift::system_allocator);
}

void protobuf_c_message_free_unpacked(ProtobufCMessage* message, ProtobufCAllocator* allocator) {
  if (message) pgdrift::free_message(message, allocator ? allocator : &pgdrift::system_allocator);
}

const ProtobufCFieldDescriptor* protobuf_c_message_descriptor_get_field(const ProtobufCMessageDescriptor* desc, unsigned value) {
  // fields are sorted by number, most often 1, 2, 3 ... (a Node's 238 are)
  if (value >= 1 && value <= desc->n_fields && desc->fields[value - 1].id == value) return &desc->fields[value - 1];
  unsigned lo = 0, hi = desc->n_fields;
  while (lo < hi) {
    unsigned mid = (lo + hi) / 2;
    if (desc->fields[mid].id < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < desc->n_fields && desc->fields[lo].id == value ? &desc->fields[lo] : nullptr;
}

const ProtobufCFieldDescriptor* protobuf_c_message_descriptor_get_field_by_name(const ProtobufCMessageDescriptor* desc,
                                                                                const char* name) {
  unsigned lo = 0, hi = desc->n_fields;  // fields_sorted_by_name: indexes in name order
  while (lo < hi) {
    unsigned mid = (lo + hi) / 2;
    const ProtobufCFieldDescriptor& f = desc->fields[desc->fields_sorted_by_name[mid]];
    int c = std::strcmp(f.name, name);
    if (c == 0) return &f;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return nullptr;
}

const ProtobufCEnumValue* protobuf_c_enum_descriptor_get_value(const ProtobufCEnumDescriptor* desc, int value) {
  for (unsigned i = 0; i < desc->n_values; ++i)
    if (desc->values[i].value == value) return &desc->values[i];
  return nullptr;
}

}  // extern "C"
