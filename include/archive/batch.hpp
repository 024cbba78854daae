// archive batch mode: many inputs (files, folders, JSON Lines) converted in parallel, output kept in order.
//
// A producer (the folder walker or the JSON Lines reader) hands numbered items to N workers; the caller's thread
// prints the results strictly in item order. Workers never run more than `window` items ahead of the oldest result
// not yet printed, so memory stays bounded whatever the number of inputs and one slow file only delays the output.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// The default input size limit (`--max-bytes`): 16 MiB, a hundred times the largest page of the corpus (150 KB). An
/// input's peak memory is at most about 52 times its size (one short word a line; a page's usual shapes 8-10 times:
/// scripts/memory_shapes.py), so one input at the limit stays under about 0.9 GB; 64 MiB could take 3.3 GB.
inline constexpr std::uint64_t default_max_bytes = std::uint64_t{16} << 20;

/// Reads one whole input: a file (one read() after fstat, so the size limit is checked before reading) or "-" for
/// standard input (read up to max_bytes + 1 bytes, never more). Pipes are read the same way as standard input.
/// Throws Error with a message without the path: "file too large (N bytes, limit L)", "No such file or directory",
/// "not a regular file (character device)"...
std::string read_input(const std::string& path, std::uint64_t max_bytes = default_max_bytes);

/// The output path, relative to the output folder, of an input path relative to its folder argument:
/// "a/b.txt" -> "a/b.json", "README" -> "README.json".
std::string output_name(const std::string& relative_input);

/// The prefix of a folder argument's outputs under OUTDIR when several folders are given: its last component and a
/// slash ("pages/2023/" -> "2023/", "." -> the current folder's name), or empty for the root folder.
std::string folder_component(const std::string& folder);

/// A path spelled so that it reads back to exactly one name: as it is when it is well-formed UTF-8 (and, with
/// `controls`, holds no control character); otherwise each byte that is not part of a UTF-8 character (with
/// `controls`, also each byte of a C0/C1 control character or DEL) is written `\xHH` (upper-case hex) and each
/// backslash `\\`. The record's input.path uses it without `controls`; messages on the error stream with them, so
/// that a newline or a terminal escape in a file name can neither split a message nor reach the terminal.
std::string escaped_path(std::string_view path, bool controls);

/// The warning of a record whose input.path had to be spelled by escaped_path().
inline constexpr std::string_view path_not_utf8_warning =
    "file name is not UTF-8: input.path writes each byte that is not UTF-8 as \\xHH and each backslash as \\\\";

/// Replaces write(2) for the output files of a batch (a test double simulates a full disk). Same contract as write(2).
using WriteFunction = std::function<long(int fd, const char* data, std::size_t size)>;

/// What a batch run is asked to do. The CLI fills it from its flags.
struct BatchOptions {
    std::vector<std::string> inputs;            ///< FILE, DIR or "-" (standard input), in the order given
    std::string glob = "*.txt";                 ///< fnmatch(3) pattern on the names of files found in folders
    unsigned jobs = 0;                          ///< worker threads; 0 = the hardware threads
    std::optional<std::string> out_dir;         ///< mirror the inputs here as pretty JSON, instead of JSON Lines on stdout
    bool force = false;                         ///< with out_dir: rewrite outputs that already record the input's sha256
    bool fsync = false;                         ///< with out_dir: fsync each output before renaming it into place
    std::uint64_t max_bytes = default_max_bytes; ///< larger inputs fail without being read
    bool progress = false;                      ///< draw a progress bar on the error stream
    std::size_t window = 0;                     ///< items that may be in flight or waiting to be printed; 0 = 8 x jobs + 8
    const std::atomic<bool>* stop = nullptr;    ///< set (e.g. by a signal handler) to stop starting new items
    WriteFunction write;                        ///< for tests; empty = write(2)
    bool unnamed_temporaries = true;            ///< O_TMPFILE where the file system has it; false (tests) forces the
                                                ///< named temporary + rename(2) used where it has not
};

/// What a batch run did. Every input the run looked at is counted once: converted, up to date (with an output
/// folder: its output already records the input), skipped (with a warning: special files, symbolic-link loops,
/// folders reached twice, blank --jsonl-in lines) or failed.
struct BatchCounts {
    std::uint64_t converted = 0;
    std::uint64_t up_to_date = 0;
    std::uint64_t skipped = 0;
    std::uint64_t failed = 0;
    bool mirrored = false;    ///< the run wrote into an output folder (the summary then says "up to date N")
    bool interrupted = false; ///< `stop` was set before every item was done
    /// When interrupted: the inputs not done, when known (the walk had finished, or the progress bar's count had),
    /// else empty ("unknown").
    std::optional<std::uint64_t> not_done;
    /// Why the output stream refused a write ("No space left on device"), or empty. The run stopped there, and
    /// `converted` counts only the records the stream had accepted before.
    std::string output_error;
};

/// Writes `data` to `out` and flushes it. Returns empty when the stream took every byte, else why it did not (the
/// errno text of the failed write(2), e.g. "No space left on device", "Bad file descriptor", "Broken pipe").
std::string write_and_flush(std::ostream& out, std::string_view data);

/// Converts files and folders (walked recursively in sorted path order, files whose name matches `glob`;
/// directory symlinks followed once, loops reported; FIFOs, devices and sockets skipped with a message).
/// Without out_dir, writes one compact record per line on `out` in input order. With out_dir, writes
/// `out_dir/<path relative to its folder argument, .json>` (with several folder arguments, behind each one's
/// folder_component(); plain files: their file name) atomically, never outside
/// out_dir and never over an input, skipping those whose recorded input.sha256 matches (unless `force`).
/// Each input that fails is reported on `err` as `path: error: why` and the others go on.
/// Throws Error only when the run cannot start (the output folder cannot be created).
BatchCounts run_batch(const BatchOptions& options, std::ostream& out, std::ostream& err);

/// The JSON Lines mapper: reads lines `{"id": ..., "text": ...}` from file descriptor `in_fd` and writes one compact
/// record per line on `out` in the same order, with input.path = id (a string; a number is written as in the input).
/// Blank lines are ignored. A line that is not such an object gives `-:LINE: error: why` on `err` and no output line;
/// a text that cannot be converted gives `ID: error: why` and no output line. Memory is bounded by the window.
BatchCounts run_jsonl(const BatchOptions& options, int in_fd, std::ostream& out, std::ostream& err);

/// Why a --jsonl-in stream that opens with `start` is UTF-16 (a byte-order mark, or a zero byte beside the first
/// character, as PowerShell writes), or empty. Such a stream gets this one message and is not read further.
std::string utf16_jsonl(std::string_view start);

/// The final line of a batch: "converted N, skipped M, failed K" ("converted N, up to date U, skipped M, failed K"
/// with an output folder); after a stop asked for (a signal),
/// "interrupted: converted N, skipped M, failed K, not done D (run again to finish)", D "unknown" when not known.
std::string summary_line(const BatchCounts& counts);

} // namespace archive
