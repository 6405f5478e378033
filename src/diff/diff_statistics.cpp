// Extended statistics: compared by table, kinds, columns and expressions (canonical), target.
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::string shape(const Statistics& s) {  // what is compared of the definition
  std::string out = key_text(s.table);
  for (const std::string& k : s.kinds) out += "|" + k;
  for (const std::string& c : s.columns) out += "|" + c;
  for (const StoredExpr& e : s.exprs) out += "|" + e.canonical;
  return out;
}
}  // namespace

void diff_statistics(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, Statistics>(
      ac.statistics, dc.statistics, [](const Statistics& s) { return qualified(s.schema, s.name); },
      [](const Statistics& a, const Statistics& d) {
        std::vector<AttrChange> det;
        if (shape(a) != shape(d)) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "statistics", a.target < 0 ? "" : std::to_string(a.target), d.target < 0 ? "" : std::to_string(d.target));
        attr(det, "comment", a.comment, d.comment);
        return det;
      },
      out);
}

}  // namespace pgdrift::diff_detail
