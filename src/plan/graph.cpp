#include "plan/graph.h"

#include <queue>
#include <tuple>

namespace pgdrift {

std::vector<size_t> order_nodes(const std::vector<GraphNode>& nodes, const std::vector<std::string>& names,
                                std::vector<std::string>& notes) {
  size_t n = nodes.size();
  std::vector<std::vector<size_t>> next(n);
  std::vector<size_t> waiting(n, 0);
  for (size_t i = 0; i < n; ++i)
    for (size_t dep : nodes[i].after)
      if (dep != i) {
        next[dep].push_back(i);
        ++waiting[i];
      }
  using Item = std::tuple<int, int, size_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> ready;
  auto push = [&](size_t i) { ready.emplace(nodes[i].phase, nodes[i].rank, i); };
  for (size_t i = 0; i < n; ++i)
    if (waiting[i] == 0) push(i);
  std::vector<size_t> out;
  std::vector<bool> placed(n, false);
  out.reserve(n);
  while (out.size() < n) {
    if (ready.empty()) {  // a cycle: release the waiting node the order prefers
      size_t best = n;
      for (size_t i = 0; i < n; ++i)
        if (!placed[i] && (best == n || std::tie(nodes[i].phase, nodes[i].rank, i) < std::tie(nodes[best].phase, nodes[best].rank, best)))
          best = i;
      notes.push_back("dependency cycle broken at " + names[best]);
      waiting[best] = 0;
      push(best);
    }
    auto [phase, rank, i] = ready.top();
    ready.pop();
    if (placed[i]) continue;
    placed[i] = true;
    out.push_back(i);
    for (size_t j : next[i])
      if (!placed[j] && waiting[j] > 0 && --waiting[j] == 0) push(j);
  }
  return out;
}

}  // namespace pgdrift
