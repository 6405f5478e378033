// A progress line on stderr while large inputs are read: only when stderr is a terminal and the
// inputs of the run together exceed 20 MB; silent otherwise (pipes, CI logs, small projects).
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>

#include "frontend/frontend.h"

namespace pgdrift::cli {

class Progress {
 public:
  static constexpr uint64_t kThreshold = 20ull << 20;
  // `total`: the bytes of every input read; `slots`: the inputs read at the same time.
  Progress(uint64_t total, size_t slots);
  // What the frontend calls for input `i` (an empty function when disabled).
  ParseProgress slot(size_t i);
  // Erases the line, before anything else is printed.
  void finish();

 private:
  uint64_t total_;
  bool enabled_;
  std::unique_ptr<std::atomic<uint64_t>[]> done_;
  size_t slots_;
  std::mutex mu_;
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;
  void draw(bool force);
};

}  // namespace pgdrift::cli
