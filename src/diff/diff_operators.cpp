// Operators: compared by function, companions (commutator, negator), estimators and flags.
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

void diff_operators(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, Operator>(
      ac.operators, dc.operators, [](const Operator& o) { return o.id(); },
      definition_and_comment<Operator>, out);
}

}  // namespace pgdrift::diff_detail
