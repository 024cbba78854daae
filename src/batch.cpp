// Batch mode: folder walking, parallel workers with ordered output, atomic mirrored writes, JSON Lines in.
//
// Threads: one producer (the folder walker or the JSON Lines reader) numbers the items; `jobs` workers convert them;
// the caller's thread prints the results strictly in number order and draws the progress bar. The producer may run
// at most `window` items ahead of the oldest result not yet printed, so memory is bounded whatever the folder size,
// and one slow file holds back the output only until it is done.
#include "archive/batch.hpp"
#include "archive/archive.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <ostream>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace archive {

namespace {

using Clock = std::chrono::steady_clock;

std::string errno_text(int e) {
    return std::error_code(e, std::generic_category()).message();
}

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

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "directory";
    if (S_ISFIFO(mode))
        return "FIFO";
    if (S_ISCHR(mode))
        return "character device";
    if (S_ISBLK(mode))
        return "block device";
    if (S_ISSOCK(mode))
        return "socket";
    if (S_ISLNK(mode))
        return "symbolic link";
    return "special file";
}

std::string too_large(std::uint64_t bytes, std::uint64_t limit) {
    return "file too large (" + std::to_string(bytes) + " bytes, limit " + std::to_string(limit) + ")";
}

std::string too_large_stream(std::uint64_t limit) {
    return "file too large (more than " + std::to_string(limit) + " bytes, limit " + std::to_string(limit) + ")";
}

/// Reads everything from `fd`: a regular file with one read() of its fstat size (the limit checked before reading);
/// anything else (pipes, terminals, /proc files whose size is 0) in growing chunks up to max_bytes + 1 bytes.
std::string read_all(int fd, const struct stat& st, std::uint64_t max_bytes) {
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        const auto size = static_cast<std::uint64_t>(st.st_size);
        if (size > max_bytes)
            throw Error(too_large(size, max_bytes));
        std::string buf(static_cast<std::size_t>(size), '\0');
        std::size_t got = 0;
        while (got < buf.size()) {
            ssize_t n = ::read(fd, buf.data() + got, buf.size() - got);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                throw Error(errno_text(errno));
            }
            if (n == 0)
                break; // the file shrank since fstat: take what is there
            got += static_cast<std::size_t>(n);
        }
        buf.resize(got);
        return buf;
    }
    const std::uint64_t cap64 = max_bytes >= (std::uint64_t{1} << 62) ? (std::uint64_t{1} << 62) : max_bytes + 1;
    const auto cap = static_cast<std::size_t>(cap64);
    std::string buf(std::min<std::size_t>(cap, 64 * 1024), '\0');
    std::size_t got = 0;
    for (;;) {
        if (got == buf.size()) {
            if (got >= cap)
                break;
            buf.resize(std::min(cap, buf.size() * 2));
        }
        ssize_t n = ::read(fd, buf.data() + got, buf.size() - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw Error(errno_text(errno));
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    if (got > max_bytes)
        throw Error(too_large_stream(max_bytes));
    buf.resize(got);
    return buf;
}

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

Input load_stdin(std::uint64_t max_bytes) {
    struct stat st {};
    if (::fstat(0, &st) != 0)
        throw Error(errno_text(errno));
    return {read_all(0, st, max_bytes), {st.st_dev, st.st_ino}};
}

/// Loads a path named on the command line: regular files and FIFOs (`<(cmd)`); no devices or sockets.
Input load_argument(const std::string& path, std::uint64_t max_bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw Error(errno_text(errno));
    if (S_ISDIR(st.st_mode))
        throw Error(errno_text(EISDIR));
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
        throw Error(std::string("not a regular file (") + kind_of(st.st_mode) + ")");
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes)
        throw Error(too_large(static_cast<std::uint64_t>(st.st_size), max_bytes));
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd)
        throw Error(errno_text(errno));
    if (::fstat(fd.get(), &st) != 0)
        throw Error(errno_text(errno));
    return {read_all(fd.get(), st, max_bytes), {st.st_dev, st.st_ino}};
}

/// Loads a file found in a folder. O_NONBLOCK: a file swapped for a FIFO since the walk must not block a worker.
Input load_walked(const std::string& path, std::uint64_t max_bytes) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!fd)
        throw Error(errno_text(errno));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        throw Error(errno_text(errno));
    if (!S_ISREG(st.st_mode))
        throw Error(std::string("not a regular file (") + kind_of(st.st_mode) + ")");
    return {read_all(fd.get(), st, max_bytes), {st.st_dev, st.st_ino}};
}

/// ".name.json.tmp.1234": the temporary name of an output being written by process 1234.
std::string temp_name(const std::string& name, long pid) {
    return "." + name + ".tmp." + std::to_string(pid);
}

/// The pid of a temporary output name, or -1.
long temp_pid(std::string_view name) {
    if (name.size() < 7 || name[0] != '.')
        return -1;
    auto at = name.rfind(".tmp.");
    if (at == std::string_view::npos || at == 0 || at + 5 >= name.size())
        return -1;
    long pid = 0;
    for (char c : name.substr(at + 5)) {
        if (c < '0' || c > '9' || pid > 100000000)
            return -1;
        pid = pid * 10 + (c - '0');
    }
    return pid;
}

std::string join_path(const std::string& dir, const std::string& name) {
    if (!dir.empty() && dir.back() == '/')
        return dir + name;
    return dir + "/" + name;
}

std::string base_name(const std::string& path) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/')
        p.pop_back();
    auto slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

/// `inner` is `outer` or lies below it (both canonical).
bool same_or_inside(const std::string& inner, const std::string& outer) {
    if (outer == "/" || inner == outer)
        return true;
    return inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 && inner[outer.size()] == '/';
}

enum class Outcome { converted, skipped, failed, note };

/// Recursive folder walk in sorted path order (entries of each folder sorted byte-wise, folders entered where they
/// sort). Symbolic links are followed; a folder already on the current path is a loop and is reported, one already
/// walked through another path is skipped. One folder listing is held per level, no descriptor stays open.
class Walker {
public:
    struct Events {
        std::function<bool(const std::string& path, const std::string& rel)> file; ///< false: stop walking
        std::function<bool(const std::string& path, const std::string& why, Outcome)> problem;
    };

    Walker(std::string glob, std::optional<DevIno> skip_dir, bool check_outputs, std::function<bool()> stopped)
        : glob_(std::move(glob)), skip_dir_(skip_dir), check_outputs_(check_outputs), stopped_(std::move(stopped)) {}

    /// Walks the folder `root` (as given on the command line); false if stopped.
    bool walk(const std::string& root, const struct stat& st, const Events& events) {
        DevIno id{st.st_dev, st.st_ino};
        if (!visited_.insert(id).second)
            return events.problem(root, "folder already walked, skipped", Outcome::note);
        ancestors_.push_back(id);
        bool ok = walk_dir(root, "", events);
        ancestors_.pop_back();
        return ok;
    }

private:
    bool matches(const std::string& name) const { return ::fnmatch(glob_.c_str(), name.c_str(), 0) == 0; }

    bool walk_dir(const std::string& path, const std::string& rel, const Events& events) {
        std::vector<std::pair<std::string, unsigned char>> entries;
        {
            DIR* dir = ::opendir(path.c_str());
            if (dir == nullptr)
                return events.problem(path, "cannot read folder: " + errno_text(errno), Outcome::failed);
            errno = 0;
            while (const dirent* e = ::readdir(dir)) {
                if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                    entries.emplace_back(e->d_name, e->d_type);
                errno = 0;
            }
            int read_error = errno;
            ::closedir(dir);
            if (read_error != 0 &&
                !events.problem(path, "cannot read folder: " + errno_text(read_error), Outcome::failed))
                return false;
        }
        std::sort(entries.begin(), entries.end());

        std::unordered_map<std::string, std::string> outputs; // output name -> the file that claimed it
        for (const auto& [name, type] : entries) {
            if (stopped_())
                return false;
            if (temp_pid(name) >= 0)
                continue; // an output being written (ours or another run's), never an input
            const std::string child = join_path(path, name);
            const std::string child_rel = rel.empty() ? name : rel + "/" + name;
            struct stat st {};
            mode_t mode = 0;
            switch (type) {
            case DT_REG: mode = S_IFREG; break;
            case DT_FIFO: mode = S_IFIFO; break;
            case DT_CHR: mode = S_IFCHR; break;
            case DT_BLK: mode = S_IFBLK; break;
            case DT_SOCK: mode = S_IFSOCK; break;
            default: // DT_DIR, DT_LNK, DT_UNKNOWN: follow the link, learn the folder's identity
                if (::stat(child.c_str(), &st) != 0) {
                    int e = errno;
                    if (!matches(name))
                        continue;
                    struct stat lst {};
                    std::string why = e == ENOENT && ::lstat(child.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)
                                          ? std::string("broken symbolic link")
                                          : errno_text(e);
                    if (!events.problem(child, why, Outcome::failed))
                        return false;
                    continue;
                }
                mode = st.st_mode;
            }
            if (S_ISDIR(mode)) {
                DevIno id{st.st_dev, st.st_ino};
                if (skip_dir_ && id == *skip_dir_)
                    continue; // the output folder inside the input tree: never read our own outputs
                if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
                    if (!events.problem(child, "symbolic link loop (leads back to a parent folder), not followed",
                                        Outcome::failed))
                        return false;
                    continue;
                }
                if (!visited_.insert(id).second) {
                    if (!events.problem(child, "folder already walked through another path, skipped", Outcome::note))
                        return false;
                    continue;
                }
                ancestors_.push_back(id);
                bool ok = walk_dir(child, child_rel, events);
                ancestors_.pop_back();
                if (!ok)
                    return false;
                continue;
            }
            if (!matches(name))
                continue;
            if (!S_ISREG(mode)) {
                if (!events.problem(child, std::string("not a regular file (") + kind_of(mode) + "), skipped",
                                    Outcome::skipped))
                    return false;
                continue;
            }
            if (check_outputs_) {
                auto [it, fresh] = outputs.emplace(output_name(name), name);
                if (!fresh) {
                    if (!events.problem(child, "output name " + it->first + " already taken by " + it->second,
                                        Outcome::failed))
                        return false;
                    continue;
                }
            }
            if (!events.file(child, child_rel))
                return false;
        }
        return true;
    }

    std::string glob_;
    std::optional<DevIno> skip_dir_;
    bool check_outputs_;
    std::function<bool()> stopped_;
    std::vector<DevIno> ancestors_;
    std::unordered_set<DevIno, DevInoHash> visited_;
};

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

std::string message_line(const std::string& path, Outcome outcome, const std::string& why) {
    return path + (outcome == Outcome::failed ? ": error: " : ": warning: ") + why + "\n";
}

Result failure(const std::string& path, const std::string& why) {
    Result r;
    r.outcome = Outcome::failed;
    r.message = message_line(path, Outcome::failed, why);
    return r;
}

/// Per-worker state: the output folder last written to, kept open (inputs come in path order).
struct WorkerState {
    std::string dir_rel;
    Fd dir_fd;
    bool dir_open = false;
};

/// The output folder of `-o`: safe folder creation (no symbolic link followed below the root), skip-by-sha256,
/// atomic writes, removal of temporary files left by killed runs.
class OutputTree {
public:
    OutputTree(const std::string& dir, const BatchOptions& options) : display_(dir), options_(options) {
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (ec)
            throw Error("cannot create output folder " + dir + ": " + ec.message());
        root_ = Fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!root_)
            throw Error("cannot open output folder " + dir + ": " + errno_text(errno));
        struct stat st {};
        if (::fstat(root_.get(), &st) != 0)
            throw Error("cannot open output folder " + dir + ": " + errno_text(errno));
        id_ = {st.st_dev, st.st_ino};
        canonical_ = std::filesystem::canonical(dir, ec).string();
        if (ec)
            canonical_.clear();
        if (!display_.empty() && display_.back() != '/')
            display_ += '/';
    }

    DevIno id() const { return id_; }

    /// Input folders lying in (or being) the output folder: outputs there that match the glob would be inputs.
    void add_input_folder(const std::string& folder) {
        std::error_code ec;
        std::string c = std::filesystem::canonical(folder, ec).string();
        if (!ec && !canonical_.empty() && same_or_inside(c, canonical_))
            overlapping_.push_back(c);
    }

    std::string shown(const std::string& rel) const { return display_ + rel; }

    /// Converts (or skips) one loaded input into its output file.
    Result write(const Item& item, const Input& input, WorkerState& state) {
        const std::string& rel = item.rel_out;
        auto slash = rel.rfind('/');
        std::string dir_rel = slash == std::string::npos ? std::string() : rel.substr(0, slash);
        std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);

        if (!overlapping_.empty() && ::fnmatch(options_.glob.c_str(), name.c_str(), 0) == 0) {
            std::string dest = canonical_ + "/" + rel;
            for (const auto& folder : overlapping_)
                if (same_or_inside(dest, folder) && dest != folder)
                    return failure(item.path, "output " + shown(rel) +
                                                  " would overwrite an input (it is in an input folder and matches "
                                                  "the --glob pattern); choose another output folder");
        }

        int dir_fd = -1;
        try {
            dir_fd = open_dir(dir_rel, state);
        } catch (const Error& e) {
            return failure(item.path, "cannot write " + shown(rel) + ": " + e.what());
        }

        Fd existing(::openat(dir_fd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
        if (existing) {
            struct stat st {};
            if (::fstat(existing.get(), &st) == 0) {
                if (DevIno{st.st_dev, st.st_ino} == input.id)
                    return failure(item.path, "output " + shown(rel) + " is the input itself, not overwritten");
                if (!options_.force && S_ISREG(st.st_mode) &&
                    recorded_sha256(existing.get(), st) == sha256_hex(input.raw)) {
                    Result r;
                    r.outcome = Outcome::skipped;
                    r.bytes = input.raw.size();
                    return r;
                }
            }
        }
        existing.reset();

        std::string json = to_json(parse(input.raw, item.path), true);
        if (int e = write_atomically(dir_fd, name, json); e != 0)
            return failure(item.path, "cannot write " + shown(rel) + ": " + errno_text(e));
        Result r;
        r.outcome = Outcome::converted;
        r.bytes = input.raw.size();
        return r;
    }

private:
    /// Opens (creating as needed) the folder `dir_rel` below the root, refusing symbolic links and non-folders on the
    /// way, so nothing is ever written outside the output folder.
    int open_dir(const std::string& dir_rel, WorkerState& state) {
        if (state.dir_open && state.dir_rel == dir_rel)
            return state.dir_fd.get();
        state.dir_open = false;
        Fd cur(::openat(root_.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!cur)
            throw Error(errno_text(errno));
        std::string sofar;
        std::size_t start = 0;
        while (start < dir_rel.size()) {
            std::size_t end = dir_rel.find('/', start);
            if (end == std::string::npos)
                end = dir_rel.size();
            std::string part = dir_rel.substr(start, end - start);
            start = end + 1;
            if (part.empty())
                continue;
            if (part == "." || part == "..")
                throw Error("invalid path component '" + part + "'");
            sofar += sofar.empty() ? part : "/" + part;
            int fd = ::openat(cur.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0 && errno == ENOENT) {
                if (::mkdirat(cur.get(), part.c_str(), 0777) != 0 && errno != EEXIST)
                    throw Error("cannot create folder " + shown(sofar) + ": " + errno_text(errno));
                fd = ::openat(cur.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            }
            if (fd < 0) {
                int e = errno;
                struct stat lst {};
                if (e == ELOOP || (e == ENOTDIR && ::fstatat(cur.get(), part.c_str(), &lst, AT_SYMLINK_NOFOLLOW) == 0 &&
                                   S_ISLNK(lst.st_mode)))
                    throw Error(shown(sofar) + " is a symbolic link, not followed");
                throw Error(shown(sofar) + ": " + errno_text(e));
            }
            cur = Fd(fd);
        }
        remove_stale_temporaries(cur.get(), dir_rel);
        state.dir_fd = std::move(cur);
        state.dir_rel = dir_rel;
        state.dir_open = true;
        return state.dir_fd.get();
    }

    /// Once per folder and run: removes ".x.json.tmp.PID" files whose process is gone (a run killed by SIGKILL).
    void remove_stale_temporaries(int dir_fd, const std::string& dir_rel) {
        {
            std::lock_guard<std::mutex> lock(cleaned_mutex_);
            if (!cleaned_.insert(dir_rel).second)
                return;
        }
        int fd = ::openat(dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return;
        DIR* dir = ::fdopendir(fd);
        if (dir == nullptr) {
            ::close(fd);
            return;
        }
        const long self = static_cast<long>(::getpid());
        std::vector<std::string> stale;
        while (const dirent* e = ::readdir(dir)) {
            long pid = temp_pid(e->d_name);
            if (pid > 0 && pid != self && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
                stale.emplace_back(e->d_name);
        }
        for (const auto& name : stale)
            ::unlinkat(dir_fd, name.c_str(), 0);
        ::closedir(dir);
    }

    /// The input.sha256 recorded in an existing output, read from its head only; empty if there is none or the file
    /// does not end like a whole record.
    static std::string recorded_sha256(int fd, const struct stat& st) {
        if (st.st_size < 2)
            return {};
        char tail[2];
        if (::pread(fd, tail, 2, st.st_size - 2) != 2 || tail[0] != '}' || tail[1] != '\n')
            return {};
        // The key precedes the input path's end by far less than this; escaped quotes inside strings cannot
        // form `"sha256": "`, so the first match is the key itself.
        std::string head(static_cast<std::size_t>(std::min<off_t>(st.st_size, 64 * 1024)), '\0');
        ssize_t n = ::pread(fd, head.data(), head.size(), 0);
        if (n <= 0)
            return {};
        head.resize(static_cast<std::size_t>(n));
        static constexpr std::string_view key = "\"sha256\": \"";
        auto at = head.find(key);
        if (at == std::string::npos || at + key.size() + 65 > head.size())
            return {};
        std::string sha = head.substr(at + key.size(), 64);
        if (head[at + key.size() + 64] != '"')
            return {};
        return sha;
    }

    /// Temporary file in the same folder, then rename(2): a reader sees the old file or the whole new one.
    /// Returns 0 or an errno; on error nothing is left behind.
    int write_atomically(int dir_fd, const std::string& name, const std::string& data) {
        const std::string tmp = temp_name(name, static_cast<long>(::getpid()));
        const int flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW;
        int fd = ::openat(dir_fd, tmp.c_str(), flags, 0666);
        if (fd < 0 && errno == EEXIST) { // left by an earlier process that had our pid
            ::unlinkat(dir_fd, tmp.c_str(), 0);
            fd = ::openat(dir_fd, tmp.c_str(), flags, 0666);
        }
        if (fd < 0)
            return errno;
        int error = 0;
        std::size_t done = 0;
        while (done < data.size()) {
            long n = options_.write ? options_.write(fd, data.data() + done, data.size() - done)
                                    : static_cast<long>(::write(fd, data.data() + done, data.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                error = n < 0 ? errno : EIO;
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        if (error == 0 && options_.fsync && ::fsync(fd) != 0)
            error = errno;
        if (::close(fd) != 0 && error == 0)
            error = errno;
        if (error == 0 && ::renameat(dir_fd, tmp.c_str(), dir_fd, name.c_str()) != 0)
            error = errno;
        if (error != 0)
            ::unlinkat(dir_fd, tmp.c_str(), 0);
        return error;
    }

    Fd root_;
    DevIno id_;
    std::string display_;
    std::string canonical_;
    std::vector<std::string> overlapping_;
    const BatchOptions& options_;
    std::mutex cleaned_mutex_;
    std::unordered_set<std::string> cleaned_;
};

/// The progress bar on the error stream: files done/total, MB/s, ETA; redrawn at most ten times a second.
class ProgressBar {
public:
    ProgressBar(bool on, std::ostream& err, std::string unit) : on_(on), err_(err), unit_(std::move(unit)) {}

    std::atomic<std::uint64_t> total_items{0};
    std::atomic<std::uint64_t> total_bytes{0};
    std::atomic<bool> totals_known{false};

    void update(std::uint64_t items, std::uint64_t bytes) {
        if (!on_)
            return;
        auto now = Clock::now();
        // Nothing for runs shorter than a blink; then at most ten redraws a second.
        if (now - start_ < std::chrono::milliseconds(200) || (drawn_ && now - last_ < std::chrono::milliseconds(100)))
            return;
        last_ = now;
        double seconds = std::chrono::duration<double>(now - start_).count();
        double mbps = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
        char line[160];
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
            std::snprintf(line, sizeof line, "\r[%s] %llu/%llu %s  %.1f MB/s  ETA %s\033[K", bar.c_str(),
                          static_cast<unsigned long long>(items), static_cast<unsigned long long>(total),
                          unit_.c_str(), mbps, eta);
        } else {
            std::snprintf(line, sizeof line, "\r%llu %s  %.1f MB/s\033[K", static_cast<unsigned long long>(items),
                          unit_.c_str(), mbps);
        }
        err_ << line << std::flush;
        drawn_ = true;
    }

    /// Erases the bar (before a message, and at the end).
    void clear() {
        if (on_ && drawn_) {
            err_ << "\r\033[K" << std::flush;
            drawn_ = false;
        }
    }

private:
    bool on_;
    std::ostream& err_;
    std::string unit_;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_{};
    bool drawn_ = false;
};

/// The ordered parallel engine: a producer thread pushes items, workers convert them, the calling thread prints
/// the results in item order.
class Pipeline {
public:
    using Work = std::function<Result(Item&, WorkerState&)>;

    Pipeline(const BatchOptions& options, std::ostream& out, std::ostream& err, ProgressBar& progress, Work work)
        : options_(options), out_(out), err_(err), progress_(progress), work_(std::move(work)) {
        unsigned hw = std::thread::hardware_concurrency();
        jobs_ = options.jobs != 0 ? options.jobs : (hw != 0 ? hw : 1);
        window_ = options.window != 0 ? options.window : 32 * static_cast<std::size_t>(jobs_) + 32;
        slots_.resize(window_);
    }

    bool stop_requested() const { return options_.stop != nullptr && options_.stop->load(); }

    /// Called by the producer. Blocks while the window is full; false once the run is stopping.
    bool push(Item item) {
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] {
            return stopping_ || (produced_ < next_ + window_ && (buffered_ <= budget || produced_ == next_));
        });
        if (stopping_)
            return false;
        item.seq = produced_++;
        buffered_ += item.data.size();
        queue_.push_back(std::move(item));
        lock.unlock();
        work_ready_.notify_one();
        return true;
    }

    /// Runs `produce` on its own thread and the workers, printing results until all are printed or the run stops.
    BatchCounts run(const std::function<bool(Pipeline&)>& produce) {
        std::vector<std::thread> workers;
        workers.reserve(jobs_);
        for (unsigned j = 0; j < jobs_; ++j)
            workers.emplace_back([this] { work_loop(); });
        std::exception_ptr producer_error;
        std::thread producer([&] {
            bool complete = false;
            try {
                complete = produce(*this);
            } catch (...) {
                producer_error = std::current_exception();
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                producer_done_ = true;
                producer_complete_ = complete;
            }
            result_ready_.notify_all();
        });
        emit_loop();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stopping_ = true;
            finished_ = true;
            queue_.clear();
        }
        room_.notify_all();
        work_ready_.notify_all();
        producer.join();
        for (auto& w : workers)
            w.join();
        flush();
        progress_.clear();
        if (producer_error)
            std::rethrow_exception(producer_error);
        counts_.interrupted = interrupted_;
        return counts_;
    }

private:
    static constexpr std::uint64_t budget = 32u << 20; // bytes of results (and JSON lines) waiting in the window

    void work_loop() {
        WorkerState state;
        for (;;) {
            Item item;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                work_ready_.wait(lock, [&] { return finished_ || !queue_.empty(); });
                if (queue_.empty())
                    return;
                item = std::move(queue_.front());
                queue_.pop_front();
                ++busy_;
            }
            Result result;
            try {
                result = work_(item, state);
            } catch (const std::exception& e) {
                result = failure(item.path, e.what());
            }
            {
                std::lock_guard<std::mutex> lock(mutex_);
                --busy_;
                buffered_ -= item.data.size();
                buffered_ += result.record.size();
                slots_[item.seq % window_] = std::move(result);
            }
            result_ready_.notify_all();
        }
    }

    void emit(Result& r) {
        switch (r.outcome) {
        case Outcome::converted: ++counts_.converted; break;
        case Outcome::skipped: ++counts_.skipped; break;
        case Outcome::failed: ++counts_.failed; break;
        case Outcome::note: break;
        }
        if (r.outcome != Outcome::note) {
            ++done_items_;
            done_bytes_ += r.bytes;
        }
        if (!r.message.empty()) {
            progress_.clear();
            err_ << r.message << std::flush;
        }
        if (!r.record.empty()) {
            pending_out_ += r.record;
            if (pending_out_.size() >= 256 * 1024) {
                out_.write(pending_out_.data(), static_cast<std::streamsize>(pending_out_.size()));
                pending_out_.clear();
                unflushed_ = true;
            } else {
                unflushed_ = true;
            }
        }
    }

    void flush() {
        if (!pending_out_.empty())
            out_.write(pending_out_.data(), static_cast<std::streamsize>(pending_out_.size()));
        pending_out_.clear();
        out_.flush();
        unflushed_ = false;
    }

    void emit_loop() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            auto& slot = slots_[next_ % window_];
            if (slot) {
                Result r = std::move(*slot);
                slot.reset();
                ++next_;
                buffered_ -= r.record.size();
                lock.unlock();
                room_.notify_one();
                emit(r);
                progress_.update(done_items_, done_bytes_);
                lock.lock();
                continue;
            }
            if (producer_done_ && next_ == produced_) {
                interrupted_ = !producer_complete_;
                return;
            }
            if (stop_requested()) {
                if (!stopping_) {
                    stopping_ = true;
                    queue_.clear(); // not started: a rerun does them
                    room_.notify_all();
                }
                if (busy_ == 0 && producer_done_) {
                    // Print what was finished, in order, past the holes left by dropped items.
                    for (std::size_t k = 0; k < window_; ++k) {
                        auto& s = slots_[(next_ + k) % window_];
                        if (s) {
                            Result r = std::move(*s);
                            s.reset();
                            lock.unlock();
                            emit(r);
                            lock.lock();
                        }
                    }
                    interrupted_ = true;
                    return;
                }
            }
            if (unflushed_) {
                // Nothing ready: hand what was printed to the reader before waiting (a line-by-line driver of
                // --jsonl-in needs its record before it sends the next line).
                lock.unlock();
                flush();
                lock.lock();
                continue;
            }
            result_ready_.wait_for(lock, std::chrono::milliseconds(100));
            lock.unlock();
            progress_.update(done_items_, done_bytes_);
            lock.lock();
        }
    }

    const BatchOptions& options_;
    std::ostream& out_;
    std::ostream& err_;
    ProgressBar& progress_;
    Work work_;
    unsigned jobs_ = 1;
    std::size_t window_ = 1;

    std::mutex mutex_;
    std::condition_variable room_;         // producer waits for window room
    std::condition_variable work_ready_;   // workers wait for items
    std::condition_variable result_ready_; // the printer waits for the next result
    std::deque<Item> queue_;
    std::vector<std::optional<Result>> slots_; // result of item seq in slots_[seq % window_]
    std::size_t produced_ = 0;
    std::size_t next_ = 0;
    std::uint64_t buffered_ = 0;
    unsigned busy_ = 0;
    bool producer_done_ = false;
    bool producer_complete_ = false;
    bool stopping_ = false;
    bool finished_ = false;
    bool interrupted_ = false;

    // Printer-thread only.
    BatchCounts counts_;
    std::uint64_t done_items_ = 0;
    std::uint64_t done_bytes_ = 0;
    std::string pending_out_;
    bool unflushed_ = false;
};

/// Counts the files of the inputs for the progress bar's total, on its own thread.
void count_inputs(const BatchOptions& options, std::optional<DevIno> skip, ProgressBar& progress,
                  const std::atomic<bool>& done) {
    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
    auto stopped = [&] { return done.load() || (options.stop != nullptr && options.stop->load()); };
    Walker walker(options.glob, skip, false, stopped);
    Walker::Events events;
    events.file = [&](const std::string& path, const std::string&) {
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0)
            bytes += static_cast<std::uint64_t>(st.st_size);
        ++items;
        return true;
    };
    events.problem = [&](const std::string&, const std::string&, Outcome o) {
        if (o != Outcome::note)
            ++items;
        return true;
    };
    for (const auto& input : options.inputs) {
        if (stopped())
            return;
        struct stat st {};
        if (input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            if (!walker.walk(input, st, events))
                return;
        } else {
            ++items;
            if (input != "-")
                bytes += static_cast<std::uint64_t>(st.st_size);
        }
    }
    progress.total_items = items;
    progress.total_bytes = bytes;
    progress.totals_known = true;
}

} // namespace

std::string read_input(const std::string& path, std::uint64_t max_bytes) {
    return path == "-" ? load_stdin(max_bytes).raw : load_argument(path, max_bytes).raw;
}

std::string output_name(const std::string& relative_input) {
    auto slash = relative_input.rfind('/');
    std::size_t name_at = slash == std::string::npos ? 0 : slash + 1;
    auto dot = relative_input.rfind('.');
    if (dot == std::string::npos || dot <= name_at) // no extension, or a dot file like ".profile"
        return relative_input + ".json";
    return relative_input.substr(0, dot) + ".json";
}

std::string summary_line(const BatchCounts& counts) {
    return "converted " + std::to_string(counts.converted) + ", skipped " + std::to_string(counts.skipped) +
           ", failed " + std::to_string(counts.failed);
}

BatchCounts run_batch(const BatchOptions& options, std::ostream& out, std::ostream& err) {
    std::optional<OutputTree> tree;
    std::optional<DevIno> skip;
    if (options.out_dir) {
        tree.emplace(*options.out_dir, options);
        skip = tree->id();
        for (const auto& input : options.inputs) {
            struct stat st {};
            if (input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
                tree->add_input_folder(input);
        }
    }

    ProgressBar progress(options.progress, err, "files");
    std::atomic<bool> counted{false};
    std::thread counter;
    if (options.progress)
        counter = std::thread([&] { count_inputs(options, skip, progress, counted); });

    const std::uint64_t max_bytes = options.max_bytes;
    Pipeline::Work work = [&](Item& item, WorkerState& state) -> Result {
        if (item.kind == Item::Kind::problem) {
            Result r;
            r.outcome = item.outcome;
            r.message = message_line(item.path, item.outcome, item.data);
            return r;
        }
        try {
            Input input = item.kind == Item::Kind::standard_input ? load_stdin(max_bytes)
                          : item.kind == Item::Kind::argument     ? load_argument(item.path, max_bytes)
                                                                  : load_walked(item.path, max_bytes);
            if (tree)
                return tree->write(item, input, state);
            Result r;
            r.outcome = Outcome::converted;
            r.bytes = input.raw.size();
            r.record = to_json(parse(input.raw, item.path), false);
            return r;
        } catch (const Error& e) {
            return failure(item.path, e.what());
        }
    };

    Pipeline pipeline(options, out, err, progress, work);
    auto stopped = [&] { return pipeline.stop_requested(); };
    // Outputs of different arguments may meet (two folders holding the same relative path): remember them all.
    const bool cross_check = tree && options.inputs.size() > 1;
    std::unordered_set<std::uint64_t> claimed;

    auto produce = [&](Pipeline& p) -> bool {
        Walker walker(options.glob, skip, tree.has_value(), stopped);
        auto push_file = [&](Item item) {
            if (cross_check && !claimed.insert(std::hash<std::string>()(item.rel_out)).second) {
                item.data = "output " + tree->shown(item.rel_out) + " already comes from an earlier input, not written";
                item.kind = Item::Kind::problem;
                item.outcome = Outcome::failed;
            }
            return p.push(std::move(item));
        };
        Walker::Events events;
        events.file = [&](const std::string& path, const std::string& rel) {
            Item item;
            item.kind = Item::Kind::walked;
            item.path = path;
            item.rel_out = output_name(rel);
            return push_file(std::move(item));
        };
        events.problem = [&](const std::string& path, const std::string& why, Outcome outcome) {
            Item item;
            item.kind = Item::Kind::problem;
            item.path = path;
            item.data = why;
            item.outcome = outcome;
            return p.push(std::move(item));
        };
        for (const auto& input : options.inputs) {
            if (stopped())
                return false;
            Item item;
            item.path = input;
            if (input == "-") {
                if (tree)
                    item = Item{0, Item::Kind::problem, "-", "", "standard input cannot be mirrored into an output "
                                                                 "folder", 0, Outcome::failed};
                else
                    item.kind = Item::Kind::standard_input;
                if (!p.push(std::move(item)))
                    return false;
                continue;
            }
            struct stat st {};
            if (::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
                if (!walker.walk(input, st, events))
                    return false;
                continue;
            }
            item.kind = Item::Kind::argument; // errors (missing file...) are reported by the worker, in order
            item.rel_out = output_name(base_name(input));
            if (!push_file(std::move(item)))
                return false;
        }
        return true;
    };

    BatchCounts counts;
    try {
        counts = pipeline.run(produce);
    } catch (...) {
        counted = true;
        if (counter.joinable())
            counter.join();
        throw;
    }
    counted = true;
    if (counter.joinable())
        counter.join();
    return counts;
}

BatchCounts run_jsonl(const BatchOptions& options, int in_fd, std::ostream& out, std::ostream& err) {
    const std::uint64_t max_bytes = options.max_bytes;
    // A JSON line holds its text escaped: allow twice the text limit for the line.
    const std::uint64_t line_limit =
        max_bytes >= (std::uint64_t{1} << 60) ? (std::uint64_t{1} << 61) : 2 * max_bytes + 65536;

    ProgressBar progress(options.progress, err, "records");
    Pipeline::Work work = [&](Item& item, WorkerState&) -> Result {
        if (item.kind == Item::Kind::problem) {
            Result r;
            r.outcome = item.outcome;
            r.message = message_line(item.path, item.outcome, item.data);
            return r;
        }
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(item.data);
        } catch (const nlohmann::json::parse_error& e) {
            return failure(item.path, "invalid JSON at byte " + std::to_string(e.byte) +
                                          " (a line must be {\"id\": ..., \"text\": \"...\"})");
        }
        if (!j.is_object())
            return failure(item.path, "not a JSON object (a line must be {\"id\": ..., \"text\": \"...\"})");
        auto id = j.find("id");
        std::string name;
        if (id == j.end() || !(id->is_string() || id->is_number()))
            return failure(item.path, "\"id\" missing or neither a string nor a number");
        name = id->is_string() ? id->get<std::string>() : id->dump();
        auto text = j.find("text");
        if (text == j.end() || !text->is_string())
            return failure(item.path, "\"text\" missing or not a string");
        const auto& raw = text->get_ref<const std::string&>();
        if (raw.size() > max_bytes)
            return failure(name, "text too large (" + std::to_string(raw.size()) + " bytes, limit " +
                                     std::to_string(max_bytes) + ")");
        Result r;
        r.bytes = raw.size();
        try {
            r.record = to_json(parse(raw, name), false);
            r.outcome = Outcome::converted;
        } catch (const Error& e) {
            return failure(name, e.what());
        }
        return r;
    };

    Pipeline pipeline(options, out, err, progress, work);
    auto produce = [&](Pipeline& p) -> bool {
        std::string chunk(64 * 1024, '\0');
        std::string line;
        bool overlong = false;
        std::uint64_t line_no = 0;
        auto finish_line = [&]() -> bool {
            ++line_no;
            Item item;
            item.path = "-:" + std::to_string(line_no);
            item.line = line_no;
            if (overlong) {
                item.kind = Item::Kind::problem;
                item.data = "line too long (more than " + std::to_string(line_limit) + " bytes)";
                overlong = false;
                line.clear();
                return p.push(std::move(item));
            }
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            bool blank = line.find_first_not_of(" \t") == std::string::npos;
            if (blank) {
                line.clear();
                return true;
            }
            item.kind = Item::Kind::line;
            item.data = std::move(line);
            line = std::string();
            return p.push(std::move(item));
        };
        for (;;) {
            if (p.stop_requested())
                return false;
            pollfd pfd{in_fd, POLLIN, 0};
            int ready = ::poll(&pfd, 1, 100);
            if (ready == 0 || (ready < 0 && errno == EINTR))
                continue;
            ssize_t n = ::read(in_fd, chunk.data(), chunk.size());
            if (n < 0) {
                if (errno == EINTR || errno == EAGAIN)
                    continue;
                Item item;
                item.kind = Item::Kind::problem;
                item.path = "-";
                item.data = "cannot read: " + errno_text(errno);
                p.push(std::move(item));
                return true;
            }
            if (n == 0)
                break;
            std::string_view data(chunk.data(), static_cast<std::size_t>(n));
            while (!data.empty()) {
                auto nl = data.find('\n');
                std::string_view part = data.substr(0, nl);
                if (!overlong) {
                    if (line.size() + part.size() > line_limit) {
                        overlong = true;
                        line = std::string();
                    } else {
                        line.append(part);
                    }
                }
                if (nl == std::string_view::npos)
                    break;
                data.remove_prefix(nl + 1);
                if (!finish_line())
                    return false;
            }
        }
        if (!line.empty() || overlong)
            return finish_line();
        return true;
    };
    return pipeline.run(produce);
}

} // namespace archive
