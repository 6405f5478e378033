// Stable topological order of plan steps: Kahn's algorithm, always taking the ready step
// with the smallest (rank, position), so the same inputs give the same order.
#pragma once
#include <vector>

#include "plan/step.h"

namespace pgdrift {

// Orders `steps` by their `after` edges; `rank` gives each step's priority among ready ones.
std::vector<Step> order_steps(std::vector<Step> steps, const std::vector<int>& rank);

}  // namespace pgdrift
