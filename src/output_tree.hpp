// The output folder of `-o` in batch mode.
#pragma once

#include "archive/batch.hpp"
#include "batch_parts.hpp"

#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include <sys/stat.h>

namespace archive::batch {

/// The output folder of `-o`: safe folder creation (no symbolic link followed below the root), skip-by-sha256,
/// atomic writes, removal of temporary files left by killed runs. write() is called from several workers at once.
class OutputTree {
public:
    /// Creates the folder if needed; throws Error when it cannot be created or opened.
    OutputTree(const std::string& dir, const BatchOptions& options);

    DevIno id() const { return id_; }

    /// Input folders lying in (or being) the output folder: outputs there that match the glob would be inputs.
    void add_input_folder(const std::string& folder);

    /// The output path as shown in messages.
    std::string shown(const std::string& rel) const { return escaped_path(display_ + rel, true); }

    /// Converts (or skips) one loaded input into its output file.
    Result write(const Item& item, const Input& input, WorkerState& state);

private:
    /// Opens (creating as needed) the folder `dir_rel` below the root, refusing symbolic links and non-folders on the
    /// way, so nothing is ever written outside the output folder.
    int open_dir(const std::string& dir_rel, WorkerState& state);
    /// Once per folder and run: removes ".x.json.tmp.PID" files whose process is gone (a run killed by SIGKILL).
    void remove_stale_temporaries(int dir_fd, const std::string& dir_rel);
    /// What an existing file at an output name is, read from its head and tail only.
    struct Existing {
        bool record = false; ///< it starts like an archive record (`{"schema_version": ...`): ours to replace
        std::string sha256;  ///< the input.sha256 it records; empty if none or it does not end like a whole record
    };
    static Existing read_existing(int fd, const struct stat& st);
    /// Removes the archive record at `name` (an earlier run's output of an input that now fails to convert), never
    /// another file nor the input itself; returns what to add to the failure message, empty when nothing was there.
    std::string remove_old_record(int dir_fd, const std::string& name, const std::string& rel,
                                  const DevIno& input_id) const;
    /// Writes `name` so that a reader sees the old file or the whole new one (an unnamed file linked into place,
    /// or a temporary file renamed). Returns 0 or an errno; on error nothing is left behind.
    int write_atomically(int dir_fd, const std::string& name, const std::string& data);
    /// Writes all of `data` to `fd` (through options.write when set), fsync'ed with --fsync. Returns 0 or an errno.
    int write_all(int fd, const std::string& data) const;

    Fd root_;
    DevIno id_;
    std::string display_;
    std::string canonical_;
    std::vector<std::string> overlapping_;
    const BatchOptions& options_;
    std::mutex cleaned_mutex_;
    std::unordered_set<std::string> cleaned_;
};

} // namespace archive::batch
