// The folder walk of batch mode.
#pragma once

#include "batch_parts.hpp"

#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <sys/stat.h>

namespace archive::batch {

/// Recursive folder walk in sorted path order (entries of each folder sorted byte-wise, folders entered where they
/// sort). Symbolic links are followed; a folder already on the current path is a loop and is reported, one already
/// walked through another path is skipped. One folder listing is held per level, no descriptor stays open.
class Walker {
public:
    struct Events {
        std::function<bool(const std::string& path, const std::string& rel)> file; ///< false: stop walking
        std::function<bool(const std::string& path, const std::string& why, Outcome)> problem;
    };

    /// Files named by `glob` are walked; the folder `skip_dir` (the output folder) is never entered; with
    /// `check_outputs`, two files of a folder that would write the same output are reported; `stopped` is polled.
    Walker(std::string glob, std::optional<DevIno> skip_dir, bool check_outputs, std::function<bool()> stopped)
        : glob_(std::move(glob)), skip_dir_(skip_dir), check_outputs_(check_outputs), stopped_(std::move(stopped)) {}

    /// Walks the folder `root` (as given on the command line); false if stopped.
    bool walk(const std::string& root, const struct stat& st, const Events& events);

private:
    bool matches(const std::string& name) const;
    bool walk_dir(const std::string& path, const std::string& rel, const Events& events);

    std::string glob_;
    std::optional<DevIno> skip_dir_;
    bool check_outputs_;
    std::function<bool()> stopped_;
    std::vector<DevIno> ancestors_;
    std::unordered_set<DevIno, DevInoHash> visited_;
};

} // namespace archive::batch
