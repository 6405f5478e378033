// Casts: compared by how they convert (function, binary coercion or I/O) and where they apply.
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
Change change_of(const Cast* from, const Cast* to, ChangeKind ck, std::vector<AttrChange> details) {
  const Cast& k = to ? *to : *from;
  return object_change(from, to, "(" + k.source + " AS " + k.target + ")", ck, std::move(details));
}
}  // namespace

void diff_casts(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<Key, Cast>(
      ac.casts, dc.casts,
      [&](const Cast& c) { out.push_back(change_of(nullptr, &c, ChangeKind::Missing, {{"definition", c.definition(), ""}})); },
      [&](const Cast& c) { out.push_back(change_of(&c, nullptr, ChangeKind::Extra, {{"definition", "", c.definition()}})); },
      [&](const Cast& a, const Cast& d) {
        std::vector<AttrChange> det;
        Cast a2 = a, d2 = d;
        a2.comment = d2.comment = "";
        if (!(a2 == d2)) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) out.push_back(change_of(&a, &d, ChangeKind::Changed, det));
      });
}

}  // namespace pgdrift::diff_detail
