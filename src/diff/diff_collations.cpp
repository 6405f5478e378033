// Collations: compared by provider, locale(s) and determinism (what pg_collation keeps).
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_collations(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, Collation>(
      ac.collations, dc.collations, [](const Collation& c) { return qualified(c.schema, c.name); },
      definition_and_comment<Collation>, out);
}

}  // namespace pgdrift::diff_detail
