#include "catalog/extensions.h"

#include <array>

namespace pgdrift::catalog {

namespace {
struct Entry {
  ExtObject kind;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<Entry, 45> kEntries = {{
    {ExtObject::Type, "citext", "citext"},
    {ExtObject::Type, "hstore", "hstore"},
    {ExtObject::Type, "ltree", "ltree"},
    {ExtObject::Type, "lquery", "ltree"},
    {ExtObject::Type, "cube", "cube"},
    {ExtObject::Type, "isbn", "isn"},
    {ExtObject::Type, "ean13", "isn"},
    {ExtObject::Function, "uuid_generate_v1", "uuid-ossp"},
    {ExtObject::Function, "uuid_generate_v1mc", "uuid-ossp"},
    {ExtObject::Function, "uuid_generate_v3", "uuid-ossp"},
    {ExtObject::Function, "uuid_generate_v4", "uuid-ossp"},
    {ExtObject::Function, "uuid_generate_v5", "uuid-ossp"},
    {ExtObject::Function, "uuid_nil", "uuid-ossp"},
    {ExtObject::Function, "uuid_ns_dns", "uuid-ossp"},
    {ExtObject::Function, "uuid_ns_url", "uuid-ossp"},
    {ExtObject::Function, "uuid_ns_oid", "uuid-ossp"},
    {ExtObject::Function, "uuid_ns_x500", "uuid-ossp"},
    {ExtObject::Function, "gen_random_bytes", "pgcrypto"},
    {ExtObject::Function, "gen_salt", "pgcrypto"},
    {ExtObject::Function, "crypt", "pgcrypto"},
    {ExtObject::Function, "digest", "pgcrypto"},
    {ExtObject::Function, "hmac", "pgcrypto"},
    {ExtObject::Function, "encrypt", "pgcrypto"},
    {ExtObject::Function, "decrypt", "pgcrypto"},
    {ExtObject::Function, "pgp_sym_encrypt", "pgcrypto"},
    {ExtObject::Function, "pgp_sym_decrypt", "pgcrypto"},
    {ExtObject::Function, "armor", "pgcrypto"},
    {ExtObject::Function, "similarity", "pg_trgm"},
    {ExtObject::Function, "word_similarity", "pg_trgm"},
    {ExtObject::Function, "show_trgm", "pg_trgm"},
    {ExtObject::Function, "unaccent", "unaccent"},
    {ExtObject::Function, "hstore", "hstore"},
    {ExtObject::Function, "citext", "citext"},
    {ExtObject::OpClass, "gin_trgm_ops", "pg_trgm"},
    {ExtObject::OpClass, "gist_trgm_ops", "pg_trgm"},
    {ExtObject::OpClass, "gist_hstore_ops", "hstore"},
    {ExtObject::OpClass, "gin_hstore_ops", "hstore"},
    {ExtObject::OpClass, "gist_ltree_ops", "ltree"},
    {ExtObject::OpClass, "gist_int4_ops", "btree_gist"},
    {ExtObject::OpClass, "gist_int8_ops", "btree_gist"},
    {ExtObject::OpClass, "gist_text_ops", "btree_gist"},
    {ExtObject::OpClass, "gist_uuid_ops", "btree_gist"},
    {ExtObject::OpClass, "gin_int4_ops", "btree_gin"},
    {ExtObject::OpClass, "gin_text_ops", "btree_gin"},
    {ExtObject::OpClass, "gist_timestamptz_ops", "btree_gist"},
}};
}  // namespace

std::string_view extension_defining(ExtObject kind, std::string_view name) {
  for (const Entry& e : kEntries)
    if (e.kind == kind && e.name == name) return e.extension;
  return {};
}

}  // namespace pgdrift::catalog
