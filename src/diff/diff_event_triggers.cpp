// Event triggers: compared by event, tags and function, and whether (and where) they fire.
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_event_triggers(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<std::string, EventTrigger>(
      ac.event_triggers, dc.event_triggers, [](const EventTrigger& e) { return quote_ident(e.name); },
      [](const EventTrigger& a, const EventTrigger& d) {
        std::vector<AttrChange> det;
        if (a.definition() != d.definition()) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "enabled", std::string(1, a.enabled), std::string(1, d.enabled));
        attr(det, "comment", a.comment, d.comment);
        return det;
      },
      out);
}

}  // namespace pgdrift::diff_detail
