// A stable topological order of plan steps: Kahn's algorithm that always takes the ready step
// with the smallest (phase, rank, position), so the same inputs give the same order. A cycle is
// broken the way pg_dump breaks one: at the step the order prefers, with a note.
#pragma once
#include <string>
#include <vector>

#include "plan/step.h"

namespace pgdrift {

struct GraphNode {
  int phase = 2, rank = 0;
  std::vector<size_t> after;  // indices of the nodes that must come first
};

// The order of the nodes (indices); `notes` gets one line per cycle broken.
std::vector<size_t> order_nodes(const std::vector<GraphNode>& nodes, const std::vector<std::string>& names,
                                std::vector<std::string>& notes);

}  // namespace pgdrift
