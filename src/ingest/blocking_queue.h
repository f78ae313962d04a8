// A bounded multi-producer, multi-consumer queue: the back-pressure that
// keeps ingest's memory flat whatever the input size. Bounded by item
// count and by the bytes the items hold.
#ifndef TALLY_SRC_INGEST_BLOCKING_QUEUE_H_
#define TALLY_SRC_INGEST_BLOCKING_QUEUE_H_

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace tally::ingest {

template <typename T>
class BlockingQueue {
 public:
  BlockingQueue(size_t max_items, size_t max_bytes)
      : max_items_(max_items), max_bytes_(max_bytes) {}

  // Blocks while full. An item larger than the byte bound still goes in
  // when the queue is empty, so nothing can wait forever.
  void Push(T item, size_t bytes) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] {
      return items_.empty() ||
             (items_.size() < max_items_ && bytes_ + bytes <= max_bytes_);
    });
    bytes_ += bytes;
    items_.emplace_back(std::move(item), bytes);
    not_empty_.notify_one();
  }

  // Blocks until an item arrives; nullopt once closed and drained.
  std::optional<T> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    auto [item, bytes] = std::move(items_.front());
    items_.pop_front();
    bytes_ -= bytes;
    not_full_.notify_all();
    return std::move(item);
  }

  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  const size_t max_items_;
  const size_t max_bytes_;
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::pair<T, size_t>> items_;
  size_t bytes_ = 0;
  bool closed_ = false;
};

}  // namespace tally::ingest

#endif  // TALLY_SRC_INGEST_BLOCKING_QUEUE_H_
