// Collations: compared by provider, locale(s) and determinism (what pg_collation keeps).
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_collations(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  auto change = [&](const Collation* a, const Collation* d, ChangeKind ck, std::vector<AttrChange> det) {
    const Collation& k = d ? *d : *a;
    out.push_back(object_change(a, d, qualified(k.schema, k.name), ck, std::move(det)));
  };
  merge_walk<Key, Collation>(
      ac.collations, dc.collations,
      [&](const Collation& c) { change(nullptr, &c, ChangeKind::Missing, {{"definition", c.definition(), ""}}); },
      [&](const Collation& c) { change(&c, nullptr, ChangeKind::Extra, {{"definition", "", c.definition()}}); },
      [&](const Collation& a, const Collation& d) {
        std::vector<AttrChange> det;
        if (a.definition() != d.definition()) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) change(&a, &d, ChangeKind::Changed, det);
      });
}

}  // namespace pgdrift::diff_detail
