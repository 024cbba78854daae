// The progress bar of batch mode.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace archive::batch {

/// The line of the bar that fits `columns` terminal columns (0: width unknown, `full` as it is): `full` when it is
/// narrower than the terminal (the last column left free, so that no terminal wraps), else `brief` (the same
/// without the bar itself), else `brief` cut. A line that wraps would leave a fragment at every redraw.
std::string fit_progress_line(const std::string& full, const std::string& brief, unsigned columns);

/// The columns of the terminal on file descriptor `fd`, 0 when it is none or does not say.
unsigned terminal_columns(int fd);

/// The progress bar on the error stream: files done/total, MB/s, ETA; nothing for runs shorter than a blink, then
/// redrawn at most ten times a second. Totals are filled in by a counting thread when known.
class ProgressBar {
public:
    using Clock = std::chrono::steady_clock;

    ProgressBar(bool on, std::ostream& err, std::string unit) : on_(on), err_(err), unit_(std::move(unit)) {}

    std::atomic<std::uint64_t> total_items{0};
    std::atomic<std::uint64_t> total_bytes{0};
    std::atomic<bool> totals_known{false};

    /// Redraws the bar if it is on and due.
    void update(std::uint64_t items, std::uint64_t bytes);
    /// Erases the bar (before a message, and at the end).
    void clear();

private:
    bool on_;
    std::ostream& err_;
    std::string unit_;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_{};
    bool drawn_ = false;
};

} // namespace archive::batch
