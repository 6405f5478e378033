// Renames applied to the actual catalog before the diff (catalog/rename.h): each one is a
// change of the object under its new name, "renamed" from its old one, where the rule or the
// migration says so; merged into the object's other changes, if any.
#include <algorithm>

#include "base/sql_ident.h"
#include "catalog/rename.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

void diff_renames(const catalog::Catalog& desired, const std::vector<catalog::Rename>& renames, std::vector<Change>& out) {
  for (const catalog::Rename& r : renames) {
    bool label = r.kind == catalog::RenameKind::EnumValue;
    std::string from = label ? quote_literal(r.from) : quote_ident(r.from), to = label ? quote_literal(r.to) : quote_ident(r.to);
    std::string what = std::string(label ? "renamed label" : "renamed") + (r.inferred ? " by a migration" : "");
    AttrChange renamed{what, to, from};
    ObjectKind kind = catalog::renamed_kind(desired, r);
    std::string id = catalog::renamed_id(r);
    auto same = std::find_if(out.begin(), out.end(), [&](const Change& c) {
      return c.change == ChangeKind::Changed && c.kind == kind && c.id == id;
    });
    if (same != out.end()) {
      same->details.insert(same->details.begin(), renamed);
      continue;
    }
    Change c{kind, ChangeKind::Changed, id, catalog::renamed_group(r), {renamed}, r.at, {}, {}, {}};
    out.push_back(std::move(c));
  }
}

}  // namespace pgdrift::diff_detail
