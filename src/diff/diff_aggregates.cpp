// Aggregates: compared by their arguments and options (functions and types resolved).
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::string options_text(const Aggregate& a) {
  std::string out;
  for (const auto& [n, v] : a.options) out += (out.empty() ? "" : ", ") + n + " = " + v;
  return out;
}

Change change_of(const Aggregate* from, const Aggregate* to, ChangeKind ck, std::vector<AttrChange> details) {
  const Aggregate& a = to ? *to : *from;
  return object_change(from, to, qualified(a.schema, a.name) + "(" + a.identity + ")", ck, std::move(details));
}
}  // namespace

void diff_aggregates(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<Key, Aggregate>(
      ac.aggregates, dc.aggregates,
      [&](const Aggregate& a) { out.push_back(change_of(nullptr, &a, ChangeKind::Missing, {{"options", options_text(a), ""}})); },
      [&](const Aggregate& a) { out.push_back(change_of(&a, nullptr, ChangeKind::Extra, {{"options", "", options_text(a)}})); },
      [&](const Aggregate& a, const Aggregate& d) {
        std::vector<AttrChange> det;
        attr(det, "options", options_text(a), options_text(d));
        attr(det, "ordered-set", std::to_string(a.direct_args), std::to_string(d.direct_args));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) out.push_back(change_of(&a, &d, ChangeKind::Changed, det));
      });
}

}  // namespace pgdrift::diff_detail
