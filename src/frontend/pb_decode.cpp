// A decoder of protobuf's wire format into protobuf-c messages, driven by protobuf-c's descriptors,
// written for libpg_query's trees: protobuf-c's own unpack finishes every message by looking at
// each of its fields (238 for a Node, which holds one), a tenth of a small check's time; this one
// looks only at the fields the bytes name. Memory comes from a protobuf-c allocator (an arena's,
// or malloc for protobuf_c_message_unpack, pb_runtime.cpp).
// The wire format: a message is a sequence of (key, value); key = field number << 3 | wire type;
// wire types 0 varint, 1 eight bytes, 2 length-delimited (strings, bytes, messages, packed
// repeated numbers), 5 four bytes. Little-endian throughout.
#include <cstring>
#include <vector>

#include "frontend/pg_parse.h"

namespace pgdrift {

namespace {
enum Wire : unsigned { kVarint = 0, kFixed64 = 1, kDelimited = 2, kFixed32 = 5 };

struct Reader {
  const uint8_t* p;
  const uint8_t* end;
  bool ok = true;

  uint64_t varint() {
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 64 && p < end; shift += 7) {
      uint8_t b = *p++;
      v |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  // The next n bytes (nullptr, and !ok, when there are fewer).
  const uint8_t* take(uint64_t n) {
    if (n > static_cast<uint64_t>(end - p)) {
      ok = false;
      return nullptr;
    }
    const uint8_t* at = p;
    p += n;
    return at;
  }
  void skip(unsigned wire) {
    if (wire == kVarint) varint();
    else if (wire == kFixed64) take(8);
    else if (wire == kDelimited) take(varint());
    else if (wire == kFixed32) take(4);
    else ok = false;  // groups: not written by libpg_query
  }
};

bool is_number(ProtobufCType t) { return pb_wire_type(t) != kDelimited; }

// A packed run of numbers: its length, then the reader of its bytes (empty and !r.ok when short).
Reader packed_run(Reader& r) {
  uint64_t len = r.varint();
  const uint8_t* b = r.take(len);
  return Reader{b, b ? b + len : nullptr};
}

// One number of type t read as the wire type it is written with, stored at `at`.
void read_number(Reader& r, ProtobufCType t, void* at) {
  if (pb_wire_type(t) != kVarint) {
    size_t n = pb_wire_type(t) == kFixed64 ? 8 : 4;
    if (const uint8_t* b = r.take(n)) std::memcpy(at, b, n);  // little-endian, as x86-64 and arm64
    return;
  }
  uint64_t v = r.varint();
  switch (t) {
    case PROTOBUF_C_TYPE_SINT32: { int32_t x = static_cast<int32_t>((v >> 1) ^ (~(v & 1) + 1)); std::memcpy(at, &x, 4); break; }
    case PROTOBUF_C_TYPE_SINT64: { int64_t x = static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1)); std::memcpy(at, &x, 8); break; }
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_UINT64: std::memcpy(at, &v, 8); break;
    case PROTOBUF_C_TYPE_BOOL: { protobuf_c_boolean x = v != 0; std::memcpy(at, &x, sizeof x); break; }
    default: { uint32_t x = static_cast<uint32_t>(v); std::memcpy(at, &x, 4); break; }  // int32, uint32, enum
  }
}

void* allocate(ProtobufCAllocator* al, size_t n) { return al->alloc(al->allocator_data, n ? n : 1); }

ProtobufCMessage* decode(const ProtobufCMessageDescriptor* d, Reader r, ProtobufCAllocator* al);

// A length-delimited value of field f (not a packed run of numbers), stored at `at`.
void read_delimited(Reader& r, const ProtobufCFieldDescriptor& f, void* at, ProtobufCAllocator* al) {
  // the slot holds nothing to free until the value is read (it may be a new array element)
  if (f.type == PROTOBUF_C_TYPE_BYTES) *static_cast<ProtobufCBinaryData*>(at) = ProtobufCBinaryData{0, nullptr};
  else *static_cast<void**>(at) = nullptr;
  uint64_t len = r.varint();
  const uint8_t* b = r.take(len);
  if (!r.ok) return;
  if (f.type == PROTOBUF_C_TYPE_STRING) {
    auto* str = static_cast<char*>(allocate(al, len + 1));
    if (len) std::memcpy(str, b, len);
    str[len] = '\0';
    *static_cast<char**>(at) = str;
  } else if (f.type == PROTOBUF_C_TYPE_BYTES) {
    uint8_t* data = nullptr;
    if (len) {
      data = static_cast<uint8_t*>(allocate(al, len));
      std::memcpy(data, b, len);
    }
    *static_cast<ProtobufCBinaryData*>(at) = ProtobufCBinaryData{len, data};
  } else {
    ProtobufCMessage* m = decode(static_cast<const ProtobufCMessageDescriptor*>(f.descriptor), Reader{b, b + len}, al);
    if (!m) r.ok = false;
    *static_cast<ProtobufCMessage**>(at) = m;
  }
}

// One value of field f, as its type is written, stored at `at`.
void read_value(Reader& r, const ProtobufCFieldDescriptor& f, void* at, ProtobufCAllocator* al) {
  if (is_number(f.type)) read_number(r, f.type, at);
  else read_delimited(r, f, at, al);
}

// How many elements the repeated fields of the message in `r` hold (per field index).
bool count_repeated(const ProtobufCMessageDescriptor* d, Reader r, std::vector<uint32_t>& counts) {
  while (r.ok && r.p < r.end) {
    uint64_t key = r.varint();
    const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field(d, static_cast<unsigned>(key >> 3));
    unsigned wire = key & 7;
    if (!f || f->label != PROTOBUF_C_LABEL_REPEATED) {
      r.skip(wire);
      continue;
    }
    if (counts.empty()) counts.assign(d->n_fields, 0);
    uint32_t& n = counts[static_cast<size_t>(f - d->fields)];
    if (wire == kDelimited && is_number(f->type)) {  // packed
      Reader run = packed_run(r);
      for (; r.ok && run.ok && run.p < run.end; ++n) run.skip(pb_wire_type(f->type));
      r.ok = r.ok && run.ok;
    } else {
      r.skip(wire);
      ++n;
    }
  }
  return r.ok;
}

ProtobufCMessage* decode(const ProtobufCMessageDescriptor* d, Reader r, ProtobufCAllocator* al) {
  auto* m = static_cast<ProtobufCMessage*>(allocate(al, d->sizeof_message));
  d->message_init(m);
  char* base = reinterpret_cast<char*>(m);
  std::vector<uint32_t> counts;
  // Bytes that are not a well-formed message: what was decoded so far is freed (a no-op in an
  // arena), and the answer is nullptr.
  auto refuse = [&]() -> ProtobufCMessage* {
    protobuf_c_message_free_unpacked(m, al);
    return nullptr;
  };
  if (!count_repeated(d, r, counts)) return refuse();
  for (size_t i = 0; i < counts.size(); ++i)  // the arrays, filled below from index 0
    if (counts[i]) *reinterpret_cast<void**>(base + d->fields[i].offset) = allocate(al, counts[i] * pb_value_size(d->fields[i].type));
  while (r.ok && r.p < r.end) {
    uint64_t key = r.varint();
    const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field(d, static_cast<unsigned>(key >> 3));
    unsigned wire = key & 7;
    if (!f) {
      r.skip(wire);  // a field this descriptor does not know
      continue;
    }
    if (f->label == PROTOBUF_C_LABEL_REPEATED) {
      size_t& n = *reinterpret_cast<size_t*>(base + f->quantifier_offset);
      char* items = *reinterpret_cast<char**>(base + f->offset);
      size_t size = pb_value_size(f->type);
      if (wire == kDelimited && is_number(f->type)) {
        Reader run = packed_run(r);
        while (r.ok && run.ok && run.p < run.end) read_number(run, f->type, items + size * n++);
        r.ok = r.ok && run.ok;
      } else if (wire == pb_wire_type(f->type)) {
        read_value(r, *f, items + size * n++, al);
      } else {
        return refuse();
      }
      continue;
    }
    if (wire != pb_wire_type(f->type)) return refuse();
    if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) *reinterpret_cast<uint32_t*>(base + f->quantifier_offset) = f->id;
    else if (f->label == PROTOBUF_C_LABEL_OPTIONAL && f->quantifier_offset)
      *reinterpret_cast<protobuf_c_boolean*>(base + f->quantifier_offset) = 1;
    read_value(r, *f, base + f->offset, al);
  }
  return r.ok ? m : refuse();
}
}  // namespace

ProtobufCMessage* decode_message(const ProtobufCMessageDescriptor* d, const uint8_t* data, size_t len, ProtobufCAllocator* al) {
  return decode(d, Reader{data, data + len}, al);
}

PgQuery__ParseResult* decode_parse_result(const uint8_t* data, size_t len, Arena& arena) {
  return reinterpret_cast<PgQuery__ParseResult*>(decode(&pg_query__parse_result__descriptor, Reader{data, data + len}, arena.allocator()));
}

}  // namespace pgdrift
