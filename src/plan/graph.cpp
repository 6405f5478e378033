#include "plan/graph.h"

#include <queue>
#include <stdexcept>
#include <tuple>

namespace pgdrift {

std::vector<Step> order_steps(std::vector<Step> steps, const std::vector<int>& rank) {
  size_t n = steps.size();
  std::vector<std::vector<size_t>> next(n);
  std::vector<size_t> indegree(n, 0);
  for (size_t i = 0; i < n; ++i)
    for (size_t dep : steps[i].after) {
      next[dep].push_back(i);
      ++indegree[i];
    }
  using Item = std::tuple<int, size_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> ready;
  for (size_t i = 0; i < n; ++i)
    if (indegree[i] == 0) ready.emplace(rank[i], i);
  std::vector<Step> out;
  out.reserve(n);
  while (!ready.empty()) {
    auto [r, i] = ready.top();
    ready.pop();
    out.push_back(steps[i]);
    for (size_t j : next[i])
      if (--indegree[j] == 0) ready.emplace(rank[j], j);
  }
  if (out.size() != n) throw std::logic_error("dependency cycle in the reconciler plan");
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].number = static_cast<int>(i + 1);
    out[i].after.clear();
  }
  return out;
}

}  // namespace pgdrift
