// The pieces of a batch run shared by its parts (walk.cpp, output_tree.cpp, progress.cpp, batch.cpp): file
// descriptors, loading inputs, paths, and the items and results passed from the producer to the workers to the
// printer. Internal: the public interface is include/archive/batch.hpp.
#pragma once

#include "archive/archive.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace archive::batch {

/// The message of an errno value ("No such file or directory").
std::string errno_text(int e);

/// An owned file descriptor.
class Fd {
public:
    explicit Fd(int fd = -1) noexcept : fd_(fd) {}
    Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            reset();
            fd_ = std::exchange(other.fd_, -1);
        }
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() { reset(); }
    int get() const noexcept { return fd_; }
    explicit operator bool() const noexcept { return fd_ >= 0; }
    void reset() noexcept {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
    }

private:
    int fd_;
};

/// "FIFO", "character device"...: what a file that is not a regular file is, for messages.
const char* kind_of(mode_t mode);

/// The identity of a file or folder.
struct DevIno {
    dev_t dev = 0;
    ino_t ino = 0;
    bool operator==(const DevIno&) const = default;
};

struct DevInoHash {
    std::size_t operator()(const DevIno& d) const noexcept {
        return std::hash<std::uint64_t>()(static_cast<std::uint64_t>(d.ino) * 1000003u ^ static_cast<std::uint64_t>(d.dev));
    }
};

/// Raw bytes of one input and the file they came from.
struct Input {
    std::string raw;
    DevIno id;
};

/// Standard input, up to max_bytes.
Input load_stdin(std::uint64_t max_bytes);
/// Loads a path named on the command line: regular files and FIFOs (`<(cmd)`); no devices or sockets.
Input load_argument(const std::string& path, std::uint64_t max_bytes);
/// Loads a file found in a folder. O_NONBLOCK: a file swapped for a FIFO since the walk must not block a worker.
Input load_walked(const std::string& path, std::uint64_t max_bytes);

/// What sets a temporary output's name apart: ".name.json" + temp_marker + pid.
inline constexpr std::string_view temp_marker = ".archive-tmp.";
/// ".name.json.archive-tmp.1234": the temporary name of an output being written by process 1234.
std::string temp_name(const std::string& name, long pid);
/// The pid of a temporary output name (exactly the shape temp_name() makes), or -1.
long temp_pid(std::string_view name);

std::string join_path(const std::string& dir, const std::string& name);
std::string base_name(const std::string& path);
/// `inner` is `outer` or lies below it (both canonical).
bool same_or_inside(const std::string& inner, const std::string& outer);

/// What became of one input: `up_to_date` is an output (with -o) that already records it; `skipped` an input left
/// alone with a warning (a special file, a link loop, a folder reached twice); `note` a message that counts as nothing.
enum class Outcome { converted, up_to_date, skipped, failed, note };

/// One unit of work, numbered by the producer.
struct Item {
    enum class Kind { walked, argument, standard_input, line, problem };
    std::size_t seq = 0;
    Kind kind = Kind::walked;
    std::string path;    ///< as printed in messages and in input.path
    std::string rel_out; ///< output path relative to the output folder (with out_dir)
    std::string data;    ///< the JSON line (line) or the message (problem)
    std::uint64_t line = 0;
    Outcome outcome = Outcome::failed; ///< of a problem
};

struct Result {
    Outcome outcome = Outcome::failed;
    std::string record;  ///< for the output stream
    std::string message; ///< a whole line for the error stream, or empty
    std::uint64_t bytes = 0;
};

/// "path: error: why\n" (failed) or "path: warning: why\n".
std::string message_line(const std::string& path, Outcome outcome, const std::string& why);
Result failure(const std::string& path, const std::string& why);

/// Per-worker state: the output folder last written to, kept open (inputs come in path order).
struct WorkerState {
    std::string dir_rel;
    Fd dir_fd;
    bool dir_open = false;
};

/// One line of --jsonl-in: its id (a string, or a number as written) and text, or why it is not such a line.
struct JsonlLine {
    std::string id;
    std::string text;
    std::string error; ///< empty when the line is good
    std::string warning; ///< what was mended to read the line (see parse_jsonl_line), or empty
};

/// Reads a line `{"id": ..., "text": ...}` (in serialize.cpp, with the rest of the JSON handling). A line that is
/// no JSON only for characters that are not well-formed Unicode (raw bytes that are no UTF-8, a surrogate escaped
/// alone) is read with each made U+FFFD, and `warning` says so.
JsonlLine parse_jsonl_line(const std::string& line);

} // namespace archive::batch
