// Event triggers: compared by event, tags and function, and whether (and where) they fire.
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_event_triggers(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  auto change = [&](const EventTrigger* a, const EventTrigger* d, ChangeKind ck, std::vector<AttrChange> det) {
    out.push_back(object_change(a, d, quote_ident((d ? d : a)->name), ck, std::move(det)));
  };
  merge_walk<std::string, EventTrigger>(
      ac.event_triggers, dc.event_triggers,
      [&](const EventTrigger& e) { change(nullptr, &e, ChangeKind::Missing, {{"definition", e.definition(), ""}}); },
      [&](const EventTrigger& e) { change(&e, nullptr, ChangeKind::Extra, {{"definition", "", e.definition()}}); },
      [&](const EventTrigger& a, const EventTrigger& d) {
        std::vector<AttrChange> det;
        if (a.definition() != d.definition()) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "enabled", std::string(1, a.enabled), std::string(1, d.enabled));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) change(&a, &d, ChangeKind::Changed, det);
      });
}

}  // namespace pgdrift::diff_detail
