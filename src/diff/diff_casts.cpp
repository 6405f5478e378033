// Casts: compared by how they convert (function, binary coercion or I/O) and where they apply.
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_casts(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, Cast>(
      ac.casts, dc.casts, [](const Cast& c) { return "(" + c.source + " AS " + c.target + ")"; },
      [](const Cast& a, const Cast& d) {
        std::vector<AttrChange> det;
        Cast a2 = a, d2 = d;
        a2.comment = d2.comment = "";
        if (!(a2 == d2)) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "comment", a.comment, d.comment);
        return det;
      },
      out);
}

}  // namespace pgdrift::diff_detail
