#include "frontend/pg_parse.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

namespace pgdrift {

namespace {
// Blocks grow from 1 KiB to 64 KiB: most statements are small, and a statement's arena lives as
// long as the catalog keeps one of its expressions.
constexpr size_t kFirstBlock = 1024, kMaxBlock = 64 * 1024;

// libpg_query reports error positions as 1-based character (not byte) positions.
size_t char_pos_to_byte(std::string_view text, int cursorpos) {
  if (cursorpos <= 1) return 0;
  int chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (++chars == cursorpos) return i;
    }
  }
  return text.size();
}
}  // namespace

void* Arena::alloc(size_t size) {
  size = (size + 15) & ~size_t{15};
  if (used_ + size > cap_) {
    size_t grown = cap_ == 0 ? kFirstBlock : std::min(cap_ * 2, kMaxBlock);
    size_t block = size > grown ? size : grown;
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block));  // not zeroed: callers initialize what they use
    used_ = 0;
    cap_ = block;
  }
  void* p = blocks_.back().get() + used_;
  used_ += size;
  return p;
}

char* Arena::strdup(std::string_view s) {
  char* p = static_cast<char*>(alloc(s.size() + 1));
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

std::optional<ParseOutput> parse_sql(std::string_view text, ParseFailure& err) {
  std::string copy(text);
  PgQueryProtobufParseResult result = pg_query_parse_protobuf(copy.c_str());
  if (result.error) {
    err.message = result.error->message ? result.error->message : "syntax error";
    err.byte_offset = char_pos_to_byte(text, result.error->cursorpos);
    pg_query_free_protobuf_parse_result(result);
    return std::nullopt;
  }
  ParseOutput out;
  out.arena = std::make_shared<Arena>();
  const auto* bytes = reinterpret_cast<const uint8_t*>(result.parse_tree.data);
  out.tree = decode_parse_result(bytes, result.parse_tree.len, *out.arena);
  pg_query_free_protobuf_parse_result(result);
  if (!out.tree) {
    err.message = "cannot decode the parse tree";
    return std::nullopt;
  }
  return out;
}

namespace {
// Deep-copies what one field (or one element of a repeated field) at `at` points to.
void copy_pointee(ProtobufCType t, void* at, Arena& arena);

ProtobufCMessage* copy_message(const ProtobufCMessage* m, Arena& arena) {
  const ProtobufCMessageDescriptor* d = m->descriptor;
  auto* out = static_cast<ProtobufCMessage*>(arena.alloc(d->sizeof_message));
  std::memcpy(out, m, d->sizeof_message);
  out->n_unknown_fields = 0;
  out->unknown_fields = nullptr;
  char* base = reinterpret_cast<char*>(out);
  for_each_set_field(out, [&](const ProtobufCFieldDescriptor& f) {
    if (f.label != PROTOBUF_C_LABEL_REPEATED) {
      copy_pointee(f.type, base + f.offset, arena);
      return;
    }
    size_t n = *reinterpret_cast<size_t*>(base + f.quantifier_offset);
    void*& items = *reinterpret_cast<void**>(base + f.offset);
    if (n == 0 || !items) return;
    size_t size = pb_value_size(f.type);
    void* copy = arena.alloc(n * size);
    std::memcpy(copy, items, n * size);
    items = copy;
    for (size_t k = 0; k < n; ++k) copy_pointee(f.type, static_cast<char*>(copy) + k * size, arena);
  });
  return out;
}

void copy_pointee(ProtobufCType t, void* at, Arena& arena) {
  if (t == PROTOBUF_C_TYPE_MESSAGE) {
    auto*& m = *static_cast<ProtobufCMessage**>(at);
    if (m) m = copy_message(m, arena);
  } else if (t == PROTOBUF_C_TYPE_STRING) {
    char*& str = *static_cast<char**>(at);
    if (str) str = arena.strdup(str);
  } else if (t == PROTOBUF_C_TYPE_BYTES) {
    auto& b = *static_cast<ProtobufCBinaryData*>(at);
    if (b.len) {
      auto* data = static_cast<uint8_t*>(arena.alloc(b.len));
      std::memcpy(data, b.data, b.len);
      b.data = data;
    }
  }
}
// The tree as bytes that are equal exactly when the trees print the same (message types, fields
// and their values in descriptor order; source locations, which deparsing never reads, left
// out): the deparse memo's key, one walk instead of protobuf-c's two (size, then pack).
void append_message(std::string& out, const ProtobufCMessage* m);

void append_value(std::string& out, ProtobufCType t, const char* at) {
  auto raw = [&out](const void* p, size_t n) { out.append(static_cast<const char*>(p), n); };
  if (t == PROTOBUF_C_TYPE_MESSAGE) {
    const ProtobufCMessage* sub = *reinterpret_cast<ProtobufCMessage* const*>(at);
    out += sub ? '\1' : '\0';
    if (sub) append_message(out, sub);
  } else if (t == PROTOBUF_C_TYPE_STRING) {
    const char* str = *reinterpret_cast<char* const*>(at);
    size_t n = str ? std::strlen(str) : 0;
    out += str ? '\1' : '\0';
    raw(&n, sizeof n);
    raw(str ? str : "", n);
  } else if (t == PROTOBUF_C_TYPE_BYTES) {
    const auto& b = *reinterpret_cast<const ProtobufCBinaryData*>(at);
    raw(&b.len, sizeof b.len);
    raw(b.data, b.len);
  } else {
    raw(at, pb_value_size(t));
  }
}

void append_message(std::string& out, const ProtobufCMessage* m) {
  const ProtobufCMessageDescriptor* d = m->descriptor;
  out.append(reinterpret_cast<const char*>(&d), sizeof d);  // one descriptor per message type
  const char* base = reinterpret_cast<const char*>(m);
  for_each_set_field(m, [&](const ProtobufCFieldDescriptor& f) {
    if (f.type == PROTOBUF_C_TYPE_INT32 && std::strcmp(f.name, "location") == 0) return;  // never printed
    if (f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) out.append(reinterpret_cast<const char*>(&f.id), sizeof f.id);
    if (f.label != PROTOBUF_C_LABEL_REPEATED) {
      append_value(out, f.type, base + f.offset);
      return;
    }
    size_t n = *reinterpret_cast<const size_t*>(base + f.quantifier_offset);
    out.append(reinterpret_cast<const char*>(&n), sizeof n);
    const char* items = *reinterpret_cast<char* const*>(base + f.offset);
    for (size_t k = 0; k < n; ++k) append_value(out, f.type, items + k * pb_value_size(f.type));
  });
}
}  // namespace

void append_tree_key(std::string& out, const PgQuery__Node* node) { append_message(out, &node->base); }

// A deep copy walked through protobuf-c's descriptors (no serialization round trip).
PgQuery__Node* clone_node(const PgQuery__Node* node, Arena& arena) {
  return reinterpret_cast<PgQuery__Node*>(copy_message(&node->base, arena));
}

std::string deparse_statement(const PgQuery__Node* stmt) {
  PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
  raw.stmt = const_cast<PgQuery__Node*>(stmt);
  PgQuery__RawStmt* raws[] = {&raw};
  // Deparsing is a function of the tree: the same tree prints the same text. Schemas repeat
  // their expressions (now(), a CHECK on every table), so about nine in ten calls are answered
  // here, keyed by append_message's bytes. Per thread: the two inputs are replayed at once.
  thread_local std::unordered_map<std::string, std::string> printed;
  std::string key;
  append_message(key, &stmt->base);
  if (auto it = printed.find(key); it != printed.end()) return it->second;
  PgQuery__ParseResult result = PG_QUERY__PARSE_RESULT__INIT;
  result.version = PG_VERSION_NUM;
  result.n_stmts = 1;
  result.stmts = raws;
  size_t len = pg_query__parse_result__get_packed_size(&result);
  std::string buf(len, '\0');
  pg_query__parse_result__pack(&result, reinterpret_cast<uint8_t*>(buf.data()));
  PgQueryProtobuf pb{len, buf.data()};
  PgQueryDeparseResult dep = pg_query_deparse_protobuf(pb);
  std::string out = dep.error ? "<cannot print statement: " + std::string(dep.error->message) + ">" : dep.query;
  pg_query_free_deparse_result(dep);
  printed.emplace(std::move(key), out);
  return out;
}

std::string deparse_expr(const PgQuery__Node* node) {
  PgQuery__ResTarget target = PG_QUERY__RES_TARGET__INIT;
  target.val = const_cast<PgQuery__Node*>(node);
  PgQuery__Node target_node = PG_QUERY__NODE__INIT;
  target_node.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
  target_node.res_target = &target;
  PgQuery__Node* targets[] = {&target_node};

  PgQuery__SelectStmt select = PG_QUERY__SELECT_STMT__INIT;
  select.n_target_list = 1;
  select.target_list = targets;
  select.op = PG_QUERY__SET_OPERATION__SETOP_NONE;
  select.limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
  PgQuery__Node select_node = PG_QUERY__NODE__INIT;
  select_node.node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
  select_node.select_stmt = &select;
  std::string out = deparse_statement(&select_node);
  if (out.rfind("SELECT ", 0) == 0) out.erase(0, 7);
  return out;
}

}  // namespace pgdrift
