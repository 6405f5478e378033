// Operators: compared by function, companions (commutator, negator), estimators and flags.
// Operator families and classes: by their members (as pg_dump prints them), type, default, family, storage.
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_operators(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, Operator>(
      ac.operators, dc.operators, [](const Operator& o) { return o.id(); },
      definition_and_comment<Operator>, out);
}

void diff_opclasses(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  auto members = [](const std::map<std::string, std::string>& m) {
    std::string s;
    for (const auto& [k, text] : m) s += (s.empty() ? "" : ", ") + text;
    return s;
  };
  diff_defined<Key, OpFamily>(
      ac.opfamilies, dc.opfamilies, [](const OpFamily& f) { return f.id(); },
      [&](const OpFamily& a, const OpFamily& d) {
        std::vector<AttrChange> det;
        attr(det, "members", members(a.members), members(d.members));
        attr(det, "comment", a.comment, d.comment);
        return det;
      },
      out);
  diff_defined<Key, OpClass>(
      ac.opclasses, dc.opclasses, [](const OpClass& c) { return c.id(); },
      [&](const OpClass& a, const OpClass& d) {
        std::vector<AttrChange> det;
        attr(det, "type", a.type, d.type);
        attr(det, "default", a.is_default ? "yes" : "no", d.is_default ? "yes" : "no");
        attr(det, "family", a.family, d.family);
        attr(det, "storage", a.storage, d.storage);
        attr(det, "members", members(a.members), members(d.members));
        attr(det, "comment", a.comment, d.comment);
        return det;
      },
      out);
}

}  // namespace pgdrift::diff_detail
