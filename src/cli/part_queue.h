// Parts of a program handed from the thread that parses it to the thread that replays it, in
// order. Unbounded: the parser never waits for the replay.
#pragma once
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "frontend/ast.h"

namespace pgdrift::cli {

class PartQueue {
 public:
  void push(std::vector<ast::Stmt>&& part) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
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
  // The next part; nullopt once the queue is closed and empty.
  std::optional<std::vector<ast::Stmt>> pop() {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_.wait(lock, [&] { return closed_ || !parts_.empty(); });
    if (parts_.empty()) return std::nullopt;
    std::vector<ast::Stmt> part = std::move(parts_.front());
    parts_.pop_front();
    return part;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::vector<ast::Stmt>> parts_;
  bool closed_ = false;
};

}  // namespace pgdrift::cli
