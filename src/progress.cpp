// The progress bar of batch mode: see progress.hpp.
#include "progress.hpp"

#include <algorithm>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace archive::batch {

std::string fit_progress_line(const std::string& full, const std::string& brief, unsigned columns) {
    if (columns == 0 || full.size() < columns) // the bar's text is ASCII: one byte a column
        return full;
    if (brief.size() < columns)
        return brief;
    return brief.substr(0, columns - 1);
}

unsigned terminal_columns(int fd) {
    struct winsize ws {};
    if (::ioctl(fd, TIOCGWINSZ, &ws) != 0)
        return 0;
    return ws.ws_col;
}

void ProgressBar::update(std::uint64_t items, std::uint64_t bytes) {
    if (!on_)
        return;
    auto now = Clock::now();
    // Nothing for runs shorter than a blink; then at most ten redraws a second.
    if (now - start_ < std::chrono::milliseconds(200) || (drawn_ && now - last_ < std::chrono::milliseconds(100)))
        return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double mbps = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
    char line[200];
    char brief[200] = "";
    if (totals_known.load()) {
        const std::uint64_t total = total_items.load();
        const std::uint64_t tbytes = total_bytes.load();
        constexpr int width = 24;
        int filled = total == 0 ? width : static_cast<int>(static_cast<double>(width) * static_cast<double>(items) /
                                                           static_cast<double>(total));
        filled = std::clamp(filled, 0, width);
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.append(static_cast<std::size_t>(width - filled), '-');
        double left = 0;
        if (bytes > 0 && tbytes > bytes)
            left = seconds * static_cast<double>(tbytes - bytes) / static_cast<double>(bytes);
        else if (items > 0 && total > items)
            left = seconds * static_cast<double>(total - items) / static_cast<double>(items);
        char eta[32] = "-:--";
        if (items > 0 || total == 0) {
            auto s = static_cast<long>(left + 0.5);
            std::snprintf(eta, sizeof eta, "%ld:%02ld", s / 60, s % 60);
        }
        std::snprintf(brief, sizeof brief, "%llu/%llu %s  %.1f MB/s  ETA %s", static_cast<unsigned long long>(items),
                      static_cast<unsigned long long>(total), unit_.c_str(), mbps, eta);
        std::snprintf(line, sizeof line, "[%s] %s", bar.c_str(), brief);
    } else {
        std::snprintf(line, sizeof line, "%llu %s  %.1f MB/s", static_cast<unsigned long long>(items), unit_.c_str(),
                      mbps);
        std::snprintf(brief, sizeof brief, "%s", line);
    }
    // The width is read at each redraw (at most ten a second), so a resized terminal is followed.
    err_ << '\r' << fit_progress_line(line, brief, terminal_columns(2)) << "\033[K" << std::flush;
    drawn_ = true;
}

void ProgressBar::clear() {
    if (on_ && drawn_) {
        err_ << "\r\033[K" << std::flush;
        drawn_ = false;
    }
}

} // namespace archive::batch
