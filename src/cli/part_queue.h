// Parts of a program handed from the thread that parses it to the thread that replays it, in
// order. Bounded: the parser waits while kCapacity parts are queued, so the statements alive at
// once stay a few parts however far the parse could run ahead of the replay (at 5,000 tables it
// ran dozens of parts ahead: memory touched once, page faults paid for nothing).
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "frontend/ast.h"

namespace pgdrift::cli {

class PartQueue {
 public:
  static constexpr size_t kCapacity = 2;

  // Waits for room; drops the part once the consumer has given up (abandon).
  void push(std::vector<ast::Stmt>&& part) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      room_.wait(lock, [&] { return abandoned_ || parts_.size() < kCapacity; });
      if (abandoned_) return;
      parts_.push_back(std::move(part));
    }
    ready_.notify_one();
  }
  // No part comes after this one.
  void close() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
    }
    ready_.notify_one();
  }
  // The consumer takes no more parts (it failed): a waiting push returns.
  void abandon() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      abandoned_ = true;
      parts_.clear();
    }
    room_.notify_all();
  }
  // The next part; nullopt once the queue is closed and empty.
  std::optional<std::vector<ast::Stmt>> pop() {
    std::optional<std::vector<ast::Stmt>> part;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      ready_.wait(lock, [&] { return closed_ || !parts_.empty(); });
      if (parts_.empty()) return std::nullopt;
      part = std::move(parts_.front());
      parts_.pop_front();
    }
    room_.notify_one();
    return part;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::deque<std::vector<ast::Stmt>> parts_;
  bool closed_ = false;
  bool abandoned_ = false;
};

}  // namespace pgdrift::cli
