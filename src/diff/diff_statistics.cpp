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
  auto change = [&](const Statistics* a, const Statistics* d, ChangeKind ck, std::vector<AttrChange> det) {
    const Statistics& k = d ? *d : *a;
    out.push_back(object_change(a, d, qualified(k.schema, k.name), ck, std::move(det)));
  };
  merge_walk<Key, Statistics>(
      ac.statistics, dc.statistics,
      [&](const Statistics& s) { change(nullptr, &s, ChangeKind::Missing, {{"definition", s.definition(), ""}}); },
      [&](const Statistics& s) { change(&s, nullptr, ChangeKind::Extra, {{"definition", "", s.definition()}}); },
      [&](const Statistics& a, const Statistics& d) {
        std::vector<AttrChange> det;
        if (shape(a) != shape(d)) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "statistics", a.target < 0 ? "" : std::to_string(a.target), d.target < 0 ? "" : std::to_string(d.target));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) change(&a, &d, ChangeKind::Changed, det);
      });
}

}  // namespace pgdrift::diff_detail
